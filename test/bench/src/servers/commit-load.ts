/**
 * A child process that does what planbridge's durable path adds to the machine, without a collaboration
 * server: one INSERT + COMMIT (a row shaped like `doc_updates`, `pg`, a pool of two connections as
 * planbridge's append pool) per update, on the replay's schedule. The fanout scenario runs it beside
 * the reference server (`reference-with-commits`), so the reference's fan-out is measured on a machine
 * that also commits every update, as planbridge's is.
 *
 * Protocol (IPC): argv = database URL, rate (updates/s), count. The child prepares its connections and
 * sends "ready"; on "go" it issues `count` INSERTs open loop at `rate` and exits once all have returned.
 */
import { performance } from "node:perf_hooks";
import { Pool } from "pg";

export const COMMIT_LOAD_TABLE = "bench_commit_load";
const PLAN_ID = "00000000-0000-4000-8000-000000000000";
/** Roughly a keystroke's update. */
const UPDATE_BYTES = 40;

async function main(): Promise<void> {
  const [databaseUrl, rateText, countText] = process.argv.slice(2);
  const rate = Number(rateText);
  const count = Number(countText);
  if (!databaseUrl || !(rate > 0) || !(count > 0)) throw new Error("usage: commit-load <database url> <rate> <count>");
  const pool = new Pool({ connectionString: databaseUrl, max: 2 });
  pool.on("error", () => undefined);
  await pool.query(
    `CREATE TABLE IF NOT EXISTS ${COMMIT_LOAD_TABLE} (id bigserial PRIMARY KEY, plan_id uuid NOT NULL, "update" bytea NOT NULL, created_at timestamptz NOT NULL DEFAULT now())`,
  );
  await Promise.all([pool.query("SELECT 1"), pool.query("SELECT 1")]);
  process.once("message", () => {
    void run(pool, rate, count).then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
  process.send?.("ready");
}

async function run(pool: Pool, rate: number, count: number): Promise<void> {
  const update = Buffer.alloc(UPDATE_BYTES, 1);
  const start = performance.now();
  const pending: Promise<unknown>[] = [];
  for (let index = 0; index < count; index++) {
    const wait = start + (index * 1000) / rate - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    pending.push(
      pool.query({
        name: "commit_load",
        text: `INSERT INTO ${COMMIT_LOAD_TABLE} (plan_id, "update") VALUES ($1, $2) RETURNING id, plan_id`,
        values: [PLAN_ID, update],
      }),
    );
  }
  await Promise.all(pending);
  await pool.end();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
