/** The bench's own PostgreSQL database: created fresh for a run and dropped afterwards. */
import { randomBytes } from "node:crypto";
import { Client } from "pg";
import { withDatabaseName } from "@planbridge/server/dist/db/test-database";

export interface BenchDatabase {
  url: string;
  serverVersion: string;
  drop(): Promise<void>;
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function createBenchDatabase(serverUrl: string): Promise<BenchDatabase> {
  const name = `planbridge_bench_${randomBytes(5).toString("hex")}`;
  const serverVersion = await withClient(serverUrl, async (client) => {
    await client.query(`CREATE DATABASE ${name}`);
    const result = await client.query<{ server_version: string }>("SHOW server_version");
    return result.rows[0]?.server_version ?? "unknown";
  });
  return {
    url: withDatabaseName(serverUrl, name),
    serverVersion,
    drop: () => withClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}
