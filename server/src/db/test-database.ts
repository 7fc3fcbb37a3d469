/**
 * A fresh, migrated database per test file: a new database on the PostgreSQL server named by
 * DATABASE_URL (CI), or an in-memory PGlite when it is unset.
 */
import { randomBytes } from "node:crypto";
import { Client } from "pg";
import type { DataSource } from "typeorm";
import { createDataSource, type DataSourceSettings } from "./data-source";

export interface TestDatabase {
  dataSource: DataSource;
  databaseUrl?: string;
  destroy(): Promise<void>;
}

export async function createTestDatabase(settings: Pick<DataSourceSettings, "onQuery"> = {}): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const dataSource = createDataSource({ dataDir: "memory://", ...settings });
    await dataSource.initialize();
    await dataSource.runMigrations();
    return { dataSource, destroy: () => dataSource.destroy() };
  }
  const name = `pb_t_${randomBytes(6).toString("hex")}`;
  await withAdminClient(serverUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  const databaseUrl = withDatabaseName(serverUrl, name);
  const dataSource = createDataSource({ databaseUrl, ...settings });
  await dataSource.initialize();
  await dataSource.runMigrations();
  return {
    dataSource,
    databaseUrl,
    async destroy() {
      if (dataSource.isInitialized) await dataSource.destroy();
      await withAdminClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

export function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function withAdminClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
