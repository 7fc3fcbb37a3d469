/**
 * fanout: one writer replays the trace at a fixed rate to 1 and 10 readers; latency from send until
 * every reader holds the update. Systems alternate segment by segment on fresh plans after a warm-up.
 */
import type { ResultRow, SystemName } from "../report/results";
import { round, RoundSamples, type Samples } from "../stats";
import { startCommitLoad } from "../systems/commit-load";
import { CpuPerUpdate, DatabaseCpu } from "../systems/cpu-time";
import { BenchClient, closeAll } from "../wire/bench-client";
import type { CollabSystem } from "../systems/collab-system";
import { COLLAB_SYSTEMS } from "../systems/collab-system";
import { replay } from "./replay";
import { ratioRow, rotation, startSystems, stopSystems, tailRows, traceFrames, type ScenarioContext } from "./scenario";

interface FanoutSettings {
  rate: number;
  warmupUpdates: number;
  segmentUpdates: number;
  rounds: number;
}

export function fanoutSettings(quick: boolean): FanoutSettings {
  return quick
    ? { rate: 500, warmupUpdates: 300, segmentUpdates: 600, rounds: 3 }
    : { rate: 250, warmupUpdates: 500, segmentUpdates: 1200, rounds: 5 };
}

export interface FanoutSegment {
  fanout: Samples;
  ack: Samples;
  lost: number;
  /** CPU microseconds the server used during the replay (until the last update reached every reader and was acked). */
  serverCpuMicros: number;
  /** The same for the database's backends, when `databaseCpu` was given and PostgreSQL runs here. */
  databaseCpuMicros: number | null;
}

/** One segment: a fresh plan, a writer and `readers` readers, the first `updates` trace updates. */
export async function runFanoutSegment(
  system: CollabSystem,
  frames: Uint8Array[],
  readerCount: number,
  rate: number,
  measure: { databaseCpu?: DatabaseCpu; commitLoadDatabaseUrl?: string } = {},
): Promise<FanoutSegment> {
  const plan = await system.openPlan({ editors: readerCount + 1 });
  const writer = await BenchClient.connect(plan.editor(0));
  const readers: BenchClient[] = [];
  for (let index = 1; index <= readerCount; index++) readers.push(await BenchClient.connect(plan.editor(index)));
  try {
    const serverBefore = await system.server.cpuMicros();
    const databaseBefore = (await measure.databaseCpu?.micros()) ?? null;
    const commitLoad = measure.commitLoadDatabaseUrl ? await startCommitLoad(measure.commitLoadDatabaseUrl, rate, frames.length) : null;
    const result = await replay(writer, readers, frames, {
      rate,
      contentSentBefore: writer.contentSent,
      expectAcks: system.name === "planbridge",
    });
    await commitLoad?.done;
    const serverCpuMicros = (await system.server.cpuMicros()) - serverBefore;
    const databaseAfter = (await measure.databaseCpu?.micros()) ?? null;
    const databaseCpuMicros = databaseBefore === null || databaseAfter === null ? null : databaseAfter - databaseBefore;
    return { ...result, serverCpuMicros, databaseCpuMicros };
  } finally {
    await closeAll([writer, ...readers]);
  }
}

/** A column of the fanout table: a system, or the reference while a child commits every update. */
interface Lane {
  name: SystemName;
  system: CollabSystem;
  withCommits: boolean;
}

function lanesOf(systems: readonly CollabSystem[]): Lane[] {
  const lanes: Lane[] = systems.map((system) => ({ name: system.name, system, withCommits: false }));
  const reference = systems.find((system) => system.name === "reference");
  if (reference) lanes.push({ name: "reference-with-commits", system: reference, withCommits: true });
  return lanes;
}

export async function fanoutScenario(context: ScenarioContext): Promise<void> {
  const settings = fanoutSettings(context.options.quick);
  const frames = traceFrames(context, Math.max(settings.warmupUpdates, settings.segmentUpdates));
  const systems = await startSystems(context, COLLAB_SYSTEMS);
  const lanes = lanesOf(systems);
  const databaseCpu = await DatabaseCpu.connect(context.databaseUrl);
  const segment = (lane: Lane, updates: number, readers: number) =>
    runFanoutSegment(lane.system, frames.slice(0, updates), readers, settings.rate, {
      databaseCpu,
      commitLoadDatabaseUrl: lane.withCommits ? context.databaseUrl : undefined,
    });
  try {
    for (const readers of [1, 10]) {
      const params = { readers, rate: settings.rate, updates: settings.segmentUpdates * settings.rounds, trace: context.trace.name };
      const samples = new Map<SystemName, RoundSamples>(lanes.map((lane) => [lane.name, new RoundSamples()]));
      const cpu = new Map<SystemName, CpuPerUpdate>(lanes.map((lane) => [lane.name, new CpuPerUpdate()]));
      for (const lane of lanes) await segment(lane, settings.warmupUpdates, readers);
      for (let round = 0; round < settings.rounds; round++) {
        for (const lane of rotation(lanes, round)) {
          const result = await segment(lane, settings.segmentUpdates, readers);
          samples.get(lane.name)?.addRound(result.fanout);
          cpu.get(lane.name)?.add(settings.segmentUpdates, result.serverCpuMicros, result.databaseCpuMicros);
          if (result.lost > 0) context.log(`  ${lane.name}: ${result.lost} updates never reached every reader`);
        }
      }
      const p99 = new Map<SystemName, number>();
      for (const lane of lanes) {
        const rounds = samples.get(lane.name) ?? new RoundSamples();
        p99.set(lane.name, rounds.tails().p99);
        for (const row of tailRows("fanout", lane.name, rounds, params)) context.emit(row);
        for (const row of cpuRows(lane, cpu.get(lane.name), params)) context.emit(row);
      }
      const ratio = (name: SystemName, metric: string, over: SystemName) => {
        const own = p99.get(name);
        const other = p99.get(over);
        if (own !== undefined && other !== undefined) context.emit(ratioRow("fanout", name, metric, own / other, params));
      };
      for (const lane of lanes) if (lane.name !== "relay") ratio(lane.name, "p99_vs_relay", "relay");
      ratio("planbridge", "p99_vs_reference", "reference");
      ratio("planbridge", "p99_vs_reference_with_commits", "reference-with-commits");
    }
  } finally {
    await databaseCpu.close();
    await stopSystems(systems);
  }
}

/**
 * Server CPU per update, and for planbridge the database backends' CPU per update (the commit load's
 * backends come and go with its child, so they are not counted; the other systems use no database).
 */
function cpuRows(lane: Lane, cpu: CpuPerUpdate | undefined, params: ResultRow["params"]): ResultRow[] {
  if (!cpu) return [];
  const rows: ResultRow[] = [{ scenario: "fanout", system: lane.name, metric: "server_cpu_us_per_update", value: round(cpu.server), unit: "us", params }];
  const database = cpu.database;
  if (lane.name === "planbridge" && database !== null) {
    rows.push({ scenario: "fanout", system: lane.name, metric: "db_cpu_us_per_update", value: round(database), unit: "us", params });
  }
  return rows;
}
