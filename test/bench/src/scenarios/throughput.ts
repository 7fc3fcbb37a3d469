/**
 * throughput: open loop, several writers co-editing one fresh plan per step (each in its own
 * paragraph, each at most WRITER_RATE updates/s, within planbridge's default per-connection limit)
 * and one reader; the offered total rate grows until p99 latency (send schedule to the reader's
 * receipt, and for planbridge also to the durable ack) passes 100 ms or updates go missing. The
 * figure is the highest rate that still passed.
 */
import { summarize } from "../stats";
import { BenchClient, closeAll } from "../wire/bench-client";
import { COLLAB_SYSTEMS, type CollabSystem } from "../systems/collab-system";
import { replayCoEditing } from "./co-editing-replay";
import { CLIENT_ID_BASE, editorFrames } from "./crowd";
import type { ReplayResult } from "./replay";
import { ratioRow, startSystems, stopSystems, type ScenarioContext } from "./scenario";

/**
 * Updates per second one writer sends: below LIMITS.messagesPerSecond (1000) with room for timer
 * jitter, so no writer is ever rate limited and the figure measures the server, not the limit.
 */
export const WRITER_RATE = 800;
export const P99_LIMIT_MS = 100;

export interface ThroughputSettings {
  startRate: number;
  growth: number;
  stepSeconds: number;
  maxSteps: number;
  /** Past the last passing rate, the gap to the first failing one is walked in this many steps. */
  refineSteps: number;
}

export function throughputSettings(quick: boolean): ThroughputSettings {
  return quick
    ? { startRate: 1000, growth: 2, stepSeconds: 1, maxSteps: 7, refineSteps: 4 }
    : { startRate: 1000, growth: 1.5, stepSeconds: 3, maxSteps: 12, refineSteps: 5 };
}

export async function runStep(system: CollabSystem, frames: WriterFrames, rate: number, seconds: number): Promise<ReplayResult | Error> {
  const writerCount = Math.ceil(rate / WRITER_RATE);
  const perWriter = Math.max(1, Math.round((rate * seconds) / writerCount));
  const plan = await system.openPlan({ editors: writerCount + 1 });
  const clients: BenchClient[] = [];
  try {
    for (let index = 0; index <= writerCount; index++) clients.push(await BenchClient.connect(plan.editor(index)));
    const [reader, ...writers] = clients;
    return await replayCoEditing(writers, reader, writers.map((_, writer) => frames.get(writer).slice(0, perWriter)), {
      rate,
      clientIdBase: CLIENT_ID_BASE,
      graceMs: 2000,
      expectAcks: system.name === "planbridge",
    });
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  } finally {
    await closeAll(clients);
  }
}

/** Each writer's keystroke frames, made on first use (the same frames for every system). */
export class WriterFrames {
  private readonly cache = new Map<number, Uint8Array[]>();
  constructor(private readonly keystrokes: number) {}

  get(writer: number): Uint8Array[] {
    let frames = this.cache.get(writer);
    if (!frames) {
      frames = editorFrames(writer, this.keystrokes);
      this.cache.set(writer, frames);
    }
    return frames;
  }
}

function stepPasses(result: ReplayResult | Error, expectAcks: boolean): { ok: boolean; why: string } {
  if (result instanceof Error) return { ok: false, why: result.message };
  const fanoutP99 = summarize(result.fanout.toArray()).p99;
  if (result.lost > 0) return { ok: false, why: `${result.lost} updates lost` };
  if (fanoutP99 > P99_LIMIT_MS) return { ok: false, why: `fan-out p99 ${fanoutP99.toFixed(1)} ms` };
  if (expectAcks) {
    if (result.unacked > 0) return { ok: false, why: `${result.unacked} updates not acknowledged` };
    const ackP99 = summarize(result.ack.toArray()).p99;
    if (ackP99 > P99_LIMIT_MS) return { ok: false, why: `ack p99 ${ackP99.toFixed(1)} ms` };
  }
  return { ok: true, why: `fan-out p99 ${fanoutP99.toFixed(1)} ms` };
}

/** Runs one rate up to twice: one stray pause (GC, a neighbour on the machine) should not end a ramp, a real limit fails twice. */
async function tryRate(
  context: ScenarioContext,
  system: CollabSystem,
  frames: WriterFrames,
  rate: number,
  seconds: number,
): Promise<{ ok: true; sustained: number } | { ok: false; why: string }> {
  let why = "";
  for (let attempt = 1; attempt <= 2; attempt++) {
    const result = await runStep(system, frames, rate, seconds);
    const verdict = stepPasses(result, system.name === "planbridge");
    context.log(`  ${system.name} @ ${Math.round(rate)}/s: ${verdict.ok ? "ok" : attempt === 1 ? "retry" : "stop"} (${verdict.why})`);
    if (verdict.ok && !(result instanceof Error)) return { ok: true, sustained: Math.round(Math.min(rate, result.sentRate)) };
    why = verdict.why;
  }
  return { ok: false, why };
}

export interface RampResult {
  /** Highest rate that passed (updates/s actually sent). */
  sustained: number;
  /** The first rate that failed twice and why; absent when the top step passed (capped by the harness). */
  failure?: { rate: number; why: string };
}

/** One system up the ramp, then finer steps between its last passing rate and its first failing one. */
export async function rampSystem(context: ScenarioContext, system: CollabSystem, settings: ThroughputSettings, frames: WriterFrames): Promise<RampResult> {
  const rates: number[] = [];
  for (let step = 0, rate = settings.startRate; step < settings.maxSteps; step++, rate *= settings.growth) rates.push(rate);
  let sustained = 0;
  let lastPassed = 0;
  let failure: RampResult["failure"];
  for (const rate of rates) {
    const outcome = await tryRate(context, system, frames, rate, settings.stepSeconds);
    if (!outcome.ok) {
      failure = { rate, why: outcome.why };
      break;
    }
    lastPassed = rate;
    sustained = outcome.sustained;
  }
  if (!failure || lastPassed === 0) return { sustained, failure };
  const step = (failure.rate - lastPassed) / settings.refineSteps;
  for (let rate = lastPassed + step; rate < failure.rate - 1; rate += step) {
    const outcome = await tryRate(context, system, frames, rate, settings.stepSeconds);
    if (!outcome.ok) return { sustained, failure: { rate, why: outcome.why } };
    sustained = outcome.sustained;
  }
  return { sustained, failure };
}

/** Row params saying where a ramp stopped. */
export function rampDetail(result: RampResult, params: Record<string, string | number | boolean>): Record<string, string | number | boolean> {
  const { failure } = result;
  return failure ? { ...params, failed_at: Math.round(failure.rate), failed_on: failure.why } : { ...params, capped_by_harness: true };
}

export async function throughputScenario(context: ScenarioContext): Promise<void> {
  const settings = throughputSettings(context.options.quick);
  const systems = await startSystems(context, COLLAB_SYSTEMS);
  try {
    for (const system of systems) await runStep(system, new WriterFrames(501), 500, 1); // warm-up
    const frames = new WriterFrames(Math.ceil(WRITER_RATE * settings.stepSeconds) + 1);
    const params = { p99_limit_ms: P99_LIMIT_MS, step_s: settings.stepSeconds, writers: `rate/${WRITER_RATE}`, readers: 1 };
    const sustained = new Map<string, number>();
    for (const system of systems) {
      const result = await rampSystem(context, system, settings, frames);
      sustained.set(system.name, result.sustained);
      const detail = rampDetail(result, params);
      context.emit({ scenario: "throughput", system: system.name, metric: "sustained_updates_per_s", value: result.sustained, unit: "updates/s", params: detail });
    }
    const reference = sustained.get("reference");
    const planbridge = sustained.get("planbridge");
    if (reference && planbridge !== undefined) {
      context.emit(ratioRow("throughput", "planbridge", "vs_reference", planbridge / reference, params));
    }
  } finally {
    await stopSystems(systems);
  }
}
