/**
 * A child process that does what planbridge's durable path adds to the machine, without a collaboration
 * server: the `ack` scenario's open-loop commit baseline (one INSERT + COMMIT per update, `pg`, here on a
 * pool of two connections as planbridge's append pool) on the replay's schedule. The fanout scenario runs
 * it beside the reference server (`reference-with-commits`), so the reference's fan-out is measured on a
 * machine that also commits every update, as planbridge's is.
 *
 * Protocol (IPC): argv = database URL, rate (updates/s), count. The child prepares its connections and
 * sends "ready"; on "go" it issues `count` INSERTs open loop at `rate` and exits once all have returned.
 */
import { Pool } from "pg";
import { createCommitBaselineTable, openLoopCommits } from "../commit-baseline";

const CONNECTIONS = 2;
/** Roughly a keystroke's update. */
const UPDATE_BYTES = 40;

async function main(): Promise<void> {
  const [databaseUrl, rateText, countText] = process.argv.slice(2);
  const rate = Number(rateText);
  const count = Number(countText);
  if (!databaseUrl || !(rate > 0) || !(count > 0)) throw new Error("usage: commit-load <database url> <rate> <count>");
  const pool = new Pool({ connectionString: databaseUrl, max: CONNECTIONS });
  pool.on("error", () => undefined);
  await createCommitBaselineTable(pool);
  await Promise.all(Array.from({ length: CONNECTIONS }, () => pool.query("SELECT 1")));
  process.once("message", () => {
    const updates = Array.from({ length: count }, () => new Uint8Array(UPDATE_BYTES).fill(1));
    openLoopCommits(pool, updates, rate)
      .then(() => pool.end())
      .then(() => process.exit(0), fail);
  });
  process.send?.("ready");
}

function fail(error: unknown): void {
  console.error(error);
  process.exit(1);
}

main().catch(fail);
