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
import { Client, Pool } from "pg";
import { closedLoopCommits, createCommitBaselineTable, openLoopCommits } from "../commit-baseline";
import { RoundSamples, type Samples } from "../stats";
import { runFanoutSegment, fanoutSettings } from "./fanout";
import { quiesceLoadGenerator, ratioRow, rotation, startSystems, stopSystems, tailRows, traceFrames, type ScenarioContext } from "./scenario";

const OPEN_LOOP_CONNECTIONS = 4;

type AckSystem = "planbridge" | "baseline" | "baseline-open-loop";

export async function ackScenario(context: ScenarioContext): Promise<void> {
  const settings = fanoutSettings(context.options.quick);
  const frames = traceFrames(context, Math.max(settings.warmupUpdates, settings.segmentUpdates));
  const client = new Client({ connectionString: context.databaseUrl });
  await client.connect();
  const pool = new Pool({ connectionString: context.databaseUrl, max: OPEN_LOOP_CONNECTIONS });
  const systems = await startSystems(context, ["planbridge"]);
  try {
    await createCommitBaselineTable(client);
    const planbridge = systems[0];
    const segment = async (system: AckSystem, updates: number): Promise<Samples | null> => {
      const baselineUpdates = context.trace.updates.slice(0, updates);
      if (system === "baseline") {
        quiesceLoadGenerator();
        return closedLoopCommits(client, baselineUpdates, settings.rate);
      }
      if (system === "baseline-open-loop") {
        quiesceLoadGenerator();
        return openLoopCommits(pool, baselineUpdates, settings.rate);
      }
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
