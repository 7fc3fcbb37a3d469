/**
 * The floor any durable server pays per update: a single-row INSERT (autocommit, so INSERT + COMMIT in
 * one round trip) with `pg` into a table shaped like `doc_updates`. The `ack` scenario times it against
 * planbridge's acks; the commit-load child (`servers/commit-load.ts`) runs it beside the reference.
 */
import { performance } from "node:perf_hooks";
import type { Client, Pool } from "pg";
import { Samples } from "./stats";

export const COMMIT_BASELINE_TABLE = "bench_commit_baseline";
const BASELINE_PLAN_ID = "00000000-0000-4000-8000-000000000000";
const INSERT = `INSERT INTO ${COMMIT_BASELINE_TABLE} (plan_id, "update") VALUES ($1, $2)`;

export async function createCommitBaselineTable(db: Client | Pool): Promise<void> {
  await db.query(
    `CREATE TABLE IF NOT EXISTS ${COMMIT_BASELINE_TABLE} (id bigserial PRIMARY KEY, plan_id uuid NOT NULL, "update" bytea NOT NULL, created_at timestamptz NOT NULL DEFAULT now())`,
  );
}

/**
 * One INSERT per update at `rate`, each waiting for the previous one (closed loop): a commit round trip
 * on an idle connection, never a queue behind earlier statements; timed from its own send.
 */
export async function closedLoopCommits(client: Client, updates: Uint8Array[], rate: number): Promise<Samples> {
  const samples = new Samples();
  const interval = 1000 / rate;
  const start = performance.now();
  for (let index = 0; index < updates.length; index++) {
    const wait = start + index * interval - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const sentAt = performance.now();
    await client.query(INSERT, [BASELINE_PLAN_ID, Buffer.from(updates[index])]);
    samples.push(performance.now() - sentAt);
  }
  return samples;
}

/**
 * The same INSERTs issued open loop: each is handed to the pool at its scheduled time (queued when
 * every connection is busy) and timed from that schedule.
 */
export async function openLoopCommits(pool: Pool, updates: Uint8Array[], rate: number): Promise<Samples> {
  const samples = new Samples();
  const interval = 1000 / rate;
  const start = performance.now() + 1;
  const pending: Promise<void>[] = [];
  for (let index = 0; index < updates.length; index++) {
    const scheduled = start + index * interval;
    const wait = scheduled - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    pending.push(pool.query(INSERT, [BASELINE_PLAN_ID, Buffer.from(updates[index])]).then(() => samples.push(performance.now() - scheduled)));
  }
  await Promise.all(pending);
  return samples;
}
