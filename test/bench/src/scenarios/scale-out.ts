/**
 * scale-out: planbridge as one process and as three processes sharing plans over Redis (clients spread
 * round-robin over the processes, as a load balancer without sticky sessions spreads them), side by
 * side: the crowd (200 editors) latency, the throughput ramp, and the fan-out p99 of one writer on
 * process A to readers on B and C only (every update crosses Redis) beside the same readers on the
 * writer's own single process.
 */
import { Samples, summarize } from "../stats";
import { BenchClient, closeAll } from "../wire/bench-client";
import { startPlanbridgeCluster, type CollabSystem } from "../systems/collab-system";
import { climbLadder, crowdFrames, crowdSettings, P99_LIMIT_MS as CROWD_P99_LIMIT_MS } from "./crowd";
import { fanoutSettings } from "./fanout";
import { replay } from "./replay";
import { errorMessage, latencyRows, ratioRow, rotation, traceFrames, type ScenarioContext } from "./scenario";
import { P99_LIMIT_MS, rampDetail, rampSystem, runStep, throughputSettings, WRITER_RATE, WriterFrames } from "./throughput";

const CLUSTER_PROCESSES = 3;
const FANOUT_READERS = 10;

export async function scaleOutScenario(context: ScenarioContext): Promise<void> {
  const systems: CollabSystem[] = [];
  try {
    systems.push(await startPlanbridgeCluster({ databaseUrl: context.databaseUrl }, 1));
    systems.push(await startPlanbridgeCluster({ databaseUrl: context.databaseUrl, redisUrl: process.env.REDIS_URL }, CLUSTER_PROCESSES));
  } catch (error) {
    await Promise.all(systems.map((system) => system.stop()));
    throw new Error(`planbridge processes did not start: ${errorMessage(error)}`, { cause: error });
  }
  try {
    await crowd(context, systems);
    await throughput(context, systems);
    await crossProcessFanout(context, systems);
  } finally {
    await Promise.all(systems.map((system) => system.stop()));
  }
}

const processesOf = (system: CollabSystem) => system.processes ?? 1;

async function crowd(context: ScenarioContext, systems: readonly CollabSystem[]): Promise<void> {
  const settings = crowdSettings(context.options.quick);
  const frames = crowdFrames(settings);
  for (const system of systems) {
    const params = { processes: processesOf(system) };
    const best = await climbLadder(context, system, settings, frames, { scenario: "scale-out", system: "planbridge", params, metricPrefix: "crowd_" });
    const ladder = { ...params, ladder: settings.ladder.join("/"), p99_limit_ms: CROWD_P99_LIMIT_MS };
    context.emit({ scenario: "scale-out", system: "planbridge", metric: "crowd_max_editors_p99_under_50ms", value: best, unit: "editors", params: ladder });
  }
}

async function throughput(context: ScenarioContext, systems: readonly CollabSystem[]): Promise<void> {
  const settings = throughputSettings(context.options.quick);
  const frames = new WriterFrames(Math.ceil(WRITER_RATE * settings.stepSeconds) + 1);
  for (const system of systems) await runStep(system, new WriterFrames(501), 500, 1); // warm-up
  for (const system of systems) {
    const result = await rampSystem(context, system, settings, frames);
    const params = { processes: processesOf(system), p99_limit_ms: P99_LIMIT_MS, step_s: settings.stepSeconds, writers: `rate/${WRITER_RATE}` };
    context.emit({
      scenario: "scale-out",
      system: "planbridge",
      metric: "sustained_updates_per_s",
      value: result.sustained,
      unit: "updates/s",
      params: rampDetail(result, params),
    });
  }
}

/**
 * Editor i connects to process i mod n, so the writer (editor 0) is on process A and readers take the
 * indexes that are not multiples of n: all of them on B and C. On one process the same indexes are
 * all on the writer's process.
 */
async function crossProcessFanout(context: ScenarioContext, systems: readonly CollabSystem[]): Promise<void> {
  const settings = fanoutSettings(context.options.quick);
  const frames = traceFrames(context, Math.max(settings.warmupUpdates, settings.segmentUpdates));
  const readerIndexes = Array.from({ length: FANOUT_READERS * 2 }, (_, i) => i + 1)
    .filter((index) => index % CLUSTER_PROCESSES !== 0)
    .slice(0, FANOUT_READERS);
  const samples = new Map(systems.map((system) => [system, new Samples()]));
  for (const system of systems) await fanoutSegment(system, frames.slice(0, settings.warmupUpdates), readerIndexes, settings.rate);
  for (let round = 0; round < settings.rounds; round++) {
    for (const system of rotation(systems, round)) {
      const result = await fanoutSegment(system, frames.slice(0, settings.segmentUpdates), readerIndexes, settings.rate);
      samples.get(system)?.append(result.fanout);
      if (result.lost > 0) context.log(`  x${processesOf(system)}: ${result.lost} updates never reached every reader`);
    }
  }
  const p99 = new Map<number, number>();
  for (const system of systems) {
    const params = { processes: processesOf(system), readers: FANOUT_READERS, rate: settings.rate, updates: settings.segmentUpdates * settings.rounds };
    const summary = summarize(samples.get(system)?.toArray() ?? []);
    p99.set(params.processes, summary.p99);
    for (const row of latencyRows("scale-out", "planbridge", summary, params, "fanout_")) context.emit(row);
  }
  const single = p99.get(1);
  const cluster = p99.get(CLUSTER_PROCESSES);
  if (single && cluster !== undefined) {
    context.emit(ratioRow("scale-out", "planbridge", "fanout_p99_cross_process_vs_single", cluster / single, { readers: FANOUT_READERS }));
  }
}

async function fanoutSegment(system: CollabSystem, frames: Uint8Array[], readerIndexes: readonly number[], rate: number) {
  const plan = await system.openPlan({ editors: Math.max(...readerIndexes) + 1 });
  const writer = await BenchClient.connect(plan.editor(0));
  const readers: BenchClient[] = [];
  for (const index of readerIndexes) readers.push(await BenchClient.connect(plan.editor(index)));
  try {
    return await replay(writer, readers, frames, { rate, contentSentBefore: writer.contentSent, expectAcks: true });
  } finally {
    await closeAll([writer, ...readers]);
  }
}
