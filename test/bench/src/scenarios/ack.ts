/**
 * ack: planbridge's send-to-durable-acknowledgement latency while one writer replays the trace,
 * against the floor any durable server pays: a single-row INSERT (autocommit, so INSERT + COMMIT in
 * one round trip) with `pg` into a table shaped like the update log, on the same database, at the
 * same rate, alternating segment by segment.
 */
import { performance } from "node:perf_hooks";
import { Client } from "pg";
import { Samples, summarize } from "../stats";
import { updateFrame } from "../wire/yjs-messages";
import { runFanoutSegment, fanoutSettings } from "./fanout";
import { latencyRows, ratioRow, startSystems, stopSystems, type ScenarioContext } from "./scenario";

const BASELINE_TABLE = "bench_commit_baseline";
const BASELINE_PLAN_ID = "00000000-0000-4000-8000-000000000000";

/**
 * One INSERT per update at the replay's pace, each waiting for the previous one: a commit round trip
 * on an idle connection, never a queue behind earlier statements.
 */
async function commitSegment(client: Client, updates: Uint8Array[], rate: number): Promise<Samples> {
  const samples = new Samples();
  const interval = 1000 / rate;
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

export async function ackScenario(context: ScenarioContext): Promise<void> {
  const settings = fanoutSettings(context.options.quick);
  const frames = context.trace.updates.map(updateFrame);
  const client = new Client({ connectionString: context.databaseUrl });
  await client.connect();
  const systems = await startSystems(context, ["planbridge"]);
  try {
    await client.query(
      `CREATE TABLE IF NOT EXISTS ${BASELINE_TABLE} (id bigserial PRIMARY KEY, plan_id uuid NOT NULL, "update" bytea NOT NULL, created_at timestamptz NOT NULL DEFAULT now())`,
    );
    const planbridge = systems[0];
    const ack = new Samples();
    const commit = new Samples();
    await commitSegment(client, context.trace.updates.slice(0, settings.warmupUpdates), settings.rate);
    if (planbridge) await runFanoutSegment(planbridge, frames.slice(0, settings.warmupUpdates), 1, settings.rate);
    for (let round = 0; round < settings.rounds; round++) {
      commit.append(await commitSegment(client, context.trace.updates.slice(0, settings.segmentUpdates), settings.rate));
      if (planbridge) {
        const result = await runFanoutSegment(planbridge, frames.slice(0, settings.segmentUpdates), 1, settings.rate);
        ack.append(result.ack);
        if (result.ack.length < settings.segmentUpdates) context.log(`  planbridge: ${settings.segmentUpdates - result.ack.length} updates never acknowledged`);
      }
    }
    const params = { rate: settings.rate, updates: settings.segmentUpdates * settings.rounds, trace: context.trace.name };
    const commitSummary = summarize(commit.toArray());
    for (const row of latencyRows("ack", "baseline", commitSummary, { ...params, what: "INSERT+COMMIT" })) context.emit(row);
    if (planbridge) {
      const ackSummary = summarize(ack.toArray());
      for (const row of latencyRows("ack", "planbridge", ackSummary, params)) context.emit(row);
      context.emit(ratioRow("ack", "planbridge", "p99_vs_commit", ackSummary.p99 / commitSummary.p99, params));
    }
  } finally {
    await stopSystems(systems);
    await client.end();
  }
}
