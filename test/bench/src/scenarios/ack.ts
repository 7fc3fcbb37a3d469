/**
 * ack: planbridge's send-to-durable-acknowledgement latency while one writer replays the trace,
 * against the floor any durable server pays: a single-row INSERT (autocommit, so INSERT + COMMIT in
 * one round trip) with `pg` into a table shaped like the update log, on the same database, at the
 * same rate, alternating segment by segment. Two baselines:
 * - `baseline` (closed loop): each INSERT waits for the previous one and is timed from its own send,
 *   so a PostgreSQL stall costs it one sample (kept so the ratio stays comparable with earlier runs);
 * - `baseline-open-loop`: INSERTs issued on the replay's schedule whatever the previous ones are doing
 *   (on a pool of OPEN_LOOP_CONNECTIONS connections, queued when all are busy, so the baseline is not
 *   bound by one connection's round trips) and timed from the scheduled send, so a PostgreSQL stall
 *   costs every INSERT scheduled during it, as it costs planbridge every update sent during it.
 */
import { performance } from "node:perf_hooks";
import { Client, Pool } from "pg";
import { RoundSamples, Samples } from "../stats";
import { runFanoutSegment, fanoutSettings } from "./fanout";
import { quiesceLoadGenerator, ratioRow, rotation, startSystems, stopSystems, tailRows, traceFrames, type ScenarioContext } from "./scenario";

const BASELINE_TABLE = "bench_commit_baseline";
const BASELINE_PLAN_ID = "00000000-0000-4000-8000-000000000000";
const OPEN_LOOP_CONNECTIONS = 4;

/**
 * One INSERT per update at the replay's pace, each waiting for the previous one: a commit round trip
 * on an idle connection, never a queue behind earlier statements.
 */
async function commitSegment(client: Client, updates: Uint8Array[], rate: number): Promise<Samples> {
  const samples = new Samples();
  const interval = 1000 / rate;
  quiesceLoadGenerator();
  const start = performance.now();
  for (let index = 0; index < updates.length; index++) {
    const wait = start + index * interval - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const sentAt = performance.now();
    await client.query(`INSERT INTO ${BASELINE_TABLE} (plan_id, "update") VALUES ($1, $2)`, [BASELINE_PLAN_ID, Buffer.from(updates[index])]);
    samples.push(performance.now() - sentAt);
  }
  return samples;
}

/**
 * The same INSERTs issued open loop: each is handed to the pool at its scheduled time (queued when
 * every connection is busy) and timed from that schedule.
 */
async function openLoopCommitSegment(pool: Pool, updates: Uint8Array[], rate: number): Promise<Samples> {
  const samples = new Samples();
  const interval = 1000 / rate;
  quiesceLoadGenerator();
  const start = performance.now() + 1;
  const pending: Promise<void>[] = [];
  for (let index = 0; index < updates.length; index++) {
    const scheduled = start + index * interval;
    const wait = scheduled - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    pending.push(
      pool
        .query(`INSERT INTO ${BASELINE_TABLE} (plan_id, "update") VALUES ($1, $2)`, [BASELINE_PLAN_ID, Buffer.from(updates[index])])
        .then(() => samples.push(performance.now() - scheduled)),
    );
  }
  await Promise.all(pending);
  return samples;
}

type AckSystem = "planbridge" | "baseline" | "baseline-open-loop";

export async function ackScenario(context: ScenarioContext): Promise<void> {
  const settings = fanoutSettings(context.options.quick);
  const frames = traceFrames(context, Math.max(settings.warmupUpdates, settings.segmentUpdates));
  const client = new Client({ connectionString: context.databaseUrl });
  await client.connect();
  const pool = new Pool({ connectionString: context.databaseUrl, max: OPEN_LOOP_CONNECTIONS });
  const systems = await startSystems(context, ["planbridge"]);
  try {
    await client.query(
      `CREATE TABLE IF NOT EXISTS ${BASELINE_TABLE} (id bigserial PRIMARY KEY, plan_id uuid NOT NULL, "update" bytea NOT NULL, created_at timestamptz NOT NULL DEFAULT now())`,
    );
    const planbridge = systems[0];
    const segment = async (system: AckSystem, updates: number): Promise<Samples | null> => {
      if (system === "baseline") return commitSegment(client, context.trace.updates.slice(0, updates), settings.rate);
      if (system === "baseline-open-loop") return openLoopCommitSegment(pool, context.trace.updates.slice(0, updates), settings.rate);
      if (!planbridge) return null;
      const result = await runFanoutSegment(planbridge, frames.slice(0, updates), 1, settings.rate);
      if (result.ack.length < updates) context.log(`  planbridge: ${updates - result.ack.length} updates never acknowledged`);
      return result.ack;
    };
    const order: AckSystem[] = ["baseline", "baseline-open-loop", "planbridge"];
    const samples = new Map<AckSystem, RoundSamples>(order.map((system) => [system, new RoundSamples()]));
    for (const system of order) await segment(system, settings.warmupUpdates);
    for (let round = 0; round < settings.rounds; round++) {
      for (const system of rotation(order, round)) {
        const result = await segment(system, settings.segmentUpdates);
        if (result) samples.get(system)?.addRound(result);
      }
    }
    const params = { rate: settings.rate, updates: settings.segmentUpdates * settings.rounds, trace: context.trace.name };
    const what: Record<AckSystem, Record<string, string>> = {
      baseline: { what: "INSERT+COMMIT" },
      "baseline-open-loop": { what: "INSERT+COMMIT open loop, from schedule" },
      planbridge: {},
    };
    const p99 = new Map<AckSystem, number>();
    for (const system of order) {
      const rounds = samples.get(system);
      if (!rounds || rounds.roundCount === 0) continue;
      p99.set(system, rounds.tails().p99);
      for (const row of tailRows("ack", system, rounds, { ...params, ...what[system] })) context.emit(row);
    }
    const own = p99.get("planbridge");
    if (own !== undefined) {
      context.emit(ratioRow("ack", "planbridge", "p99_vs_commit", own / (p99.get("baseline") ?? Number.NaN), params));
      context.emit(ratioRow("ack", "planbridge", "p99_vs_open_loop_commit", own / (p99.get("baseline-open-loop") ?? Number.NaN), params));
    }
  } finally {
    await stopSystems(systems);
    await client.end();
    await pool.end();
  }
}
