import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../db/test-database";
import { AppendError, AppendWorker } from "./append-worker";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.destroy();
});

function workerFor(database: TestDatabase): AppendWorker {
  if (!database.databaseUrl) throw new Error("the append worker needs a PostgreSQL server (DATABASE_URL)");
  return new AppendWorker({ connectionString: database.databaseUrl, connections: 2 });
}

// Only on a PostgreSQL server: on the embedded database (PGlite) appends run in-process, with no worker.
it.runIf(process.env.DATABASE_URL)("runs statements on its thread, reports SQLSTATEs, and survives its thread dying", async () => {
  const worker = workerFor(db);
  try {
    const rows = await worker.query<{ bytes: Uint8Array; n: number }>("SELECT $1::bytea AS bytes, 7 AS n", [Buffer.from([1, 2, 3])], "probe");
    expect(rows).toEqual([{ bytes: new Uint8Array([1, 2, 3]), n: 7 }]);
    // The named statement is reused on the second call (same name, same text).
    expect(await worker.query<{ n: number }>("SELECT $1::bytea AS bytes, 7 AS n", [Buffer.from([4])], "probe")).toHaveLength(1);

    const refused = await worker.query("INSERT INTO doc_updates (plan_id, \"update\") VALUES ($1, $2)", ["00000000-0000-4000-8000-000000000000", Buffer.from([0])]).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppendError);
    expect((refused as AppendError).code).toBe("23503"); // foreign key: no such plan

    // The thread dies with an append in flight: that append fails, the next one starts a new thread.
    const thread = (worker as unknown as { worker: { terminate(): Promise<number> } | null }).worker;
    expect(thread).not.toBeNull();
    const inFlight = worker.query("SELECT pg_sleep(0.2)", []);
    await thread?.terminate();
    await expect(inFlight).rejects.toThrow(/append worker exited/);
    expect(await worker.query<{ n: number }>("SELECT 1 AS n", [])).toEqual([{ n: 1 }]);
  } finally {
    await worker.close();
  }
});
