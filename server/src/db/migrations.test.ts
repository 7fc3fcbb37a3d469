import { afterEach, describe, expect, it } from "vitest";
import type { DataSource } from "typeorm";
import { createDataSource } from "./data-source";
import { migrations } from "./migrations";
import { createTestDatabase, type TestDatabase } from "./test-database";

const EXPECTED_TABLES = ["organizations", "users", "sessions", "plans", "plan_members", "comment_threads", "comments", "notifications"];

async function tableNames(dataSource: DataSource): Promise<string[]> {
  const rows: { table_name: string }[] = await dataSource.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
  );
  return rows.map((row) => row.table_name);
}

async function checkUpAndDown(dataSource: DataSource) {
  expect(await tableNames(dataSource)).toEqual(expect.arrayContaining(EXPECTED_TABLES));
  const applied: { name: string }[] = await dataSource.query(`SELECT name FROM migrations ORDER BY id`);
  expect(applied.map((row) => row.name)).toEqual(migrations.map((migration) => migration.name));
  for (let i = 0; i < migrations.length; i += 1) await dataSource.undoLastMigration();
  expect(await tableNames(dataSource)).toEqual(["migrations"]);
  await dataSource.runMigrations();
  expect(await tableNames(dataSource)).toEqual(expect.arrayContaining(EXPECTED_TABLES));
}

let database: TestDatabase | undefined;
afterEach(async () => {
  await database?.destroy();
  database = undefined;
});

describe("migrations", () => {
  it("run on an empty embedded PGlite database, revert, and run again", async () => {
    const dataSource = createDataSource({ dataDir: "memory://" });
    await dataSource.initialize();
    try {
      await dataSource.runMigrations();
      await checkUpAndDown(dataSource);
    } finally {
      await dataSource.destroy();
    }
  });

  // PostgreSQL is exercised when DATABASE_URL names a server (always in CI, see .ci/run).
  it.runIf(Boolean(process.env.DATABASE_URL))("run on an empty PostgreSQL database, revert, and run again", async () => {
    database = await createTestDatabase();
    await checkUpAndDown(database.dataSource);
  });
});
