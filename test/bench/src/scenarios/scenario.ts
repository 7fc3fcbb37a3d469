/** What every scenario gets, and the helpers they share for running systems side by side. */
import type { BenchOptions } from "../cli";
import type { ResultRow, SystemName } from "../report/results";
import os from "node:os";
import type { RoundSamples, Summary } from "../stats";
import { round } from "../stats";
import type { TraceUpdates } from "../trace/trace-updates";
import { updateFrame } from "../wire/yjs-messages";
import { startSystem, type CollabSystem, type CollabSystemName } from "../systems/collab-system";

export interface ScenarioContext {
  options: BenchOptions;
  trace: TraceUpdates;
  /** The bench's own database (created for this run, dropped at the end). */
  databaseUrl: string;
  emit(row: ResultRow): void;
  log(message: string): void;
}

export type Scenario = (context: ScenarioContext) => Promise<void>;

/**
 * Starts the systems a scenario compares. A system that cannot start (planbridge not built, database
 * down) is reported and left out, so the others are still measured.
 */
export async function startSystems(context: ScenarioContext, names: readonly CollabSystemName[]): Promise<CollabSystem[]> {
  const systems: CollabSystem[] = [];
  for (const name of names) {
    try {
      systems.push(await startSystem(name, { databaseUrl: context.databaseUrl }));
    } catch (error) {
      context.log(`  ${name} did not start: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return systems;
}

export async function stopSystems(systems: CollabSystem[]): Promise<void> {
  await Promise.all(systems.map((system) => system.stop()));
}

/**
 * Collects the load generator's own garbage before a measured segment. The bench process holds the
 * whole trace (hundreds of MB of small arrays); a young-generation collection that promotes a burst
 * of them took 3 to 35 ms, and one that fell inside a segment stalled every reader and ack of
 * whichever system was being measured (server traces showed acks sent on time and received up to
 * 35 ms later). Collecting before every segment, of every system alike, keeps the load generator's
 * pauses out of all of them. The servers are left alone: their collections are their own cost.
 */
export function quiesceLoadGenerator(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** The first `count` trace updates as frames: only what a scenario replays, not the whole trace. */
export function traceFrames(context: ScenarioContext, count: number): Uint8Array[] {
  return context.trace.updates.slice(0, count).map(updateFrame);
}

/** Rotates the order every round so no system always runs first (after a warm-up it matters less, but it is free). */
export function rotation<T>(items: readonly T[], round: number): T[] {
  const shift = round % Math.max(1, items.length);
  return [...items.slice(shift), ...items.slice(0, shift)];
}

export function latencyRows(
  scenario: string,
  system: SystemName,
  summary: Summary,
  params: ResultRow["params"],
  prefix = "",
): ResultRow[] {
  return [
    { scenario, system, metric: `${prefix}p50_ms`, value: round(summary.p50), unit: "ms", params },
    { scenario, system, metric: `${prefix}p99_ms`, value: round(summary.p99), unit: "ms", params },
  ];
}

/** The 1-minute load average now: tails are only comparable between runs on an equally quiet machine. */
export function loadAverage(): number {
  return round(os.loadavg()[0], 2);
}

/**
 * Latency rows of a scenario run in rounds: p50 over all samples, p99 as the median of the rounds'
 * p99s with `p99_ms_min` and `p99_ms_max` beside it, and the load average when it was measured.
 */
export function tailRows(scenario: string, system: SystemName, samples: RoundSamples, params: ResultRow["params"]): ResultRow[] {
  const tails = samples.tails();
  const withRounds = { ...params, rounds: samples.roundCount, load_avg: loadAverage() };
  return [
    { scenario, system, metric: "p50_ms", value: round(tails.p50), unit: "ms", params: withRounds },
    { scenario, system, metric: "p99_ms", value: round(tails.p99), unit: "ms", params: withRounds },
    { scenario, system, metric: "p99_ms_min", value: round(tails.p99Min), unit: "ms", params: withRounds },
    { scenario, system, metric: "p99_ms_max", value: round(tails.p99Max), unit: "ms", params: withRounds },
  ];
}

export function ratioRow(scenario: string, system: SystemName, metric: string, value: number, params: ResultRow["params"]): ResultRow {
  return { scenario, system, metric, value: round(value, 2), unit: "x", params };
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
