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
}

export function throughputSettings(quick: boolean): ThroughputSettings {
  return quick
    ? { startRate: 1000, growth: 2, stepSeconds: 1, maxSteps: 7 }
    : { startRate: 1000, growth: 1.5, stepSeconds: 3, maxSteps: 12 };
}

async function runStep(system: CollabSystem, frames: WriterFrames, rate: number, seconds: number): Promise<ReplayResult | Error> {
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

/**
 * Raises the offered rate step by step for every system until each fails twice at a step. Returns the
 * highest passing rate per system, and the systems that never failed (capped by the harness).
 */
export async function rampRates(
  systems: readonly CollabSystem[],
  settings: ThroughputSettings,
  frames: WriterFrames,
  log: (message: string) => void,
): Promise<{ sustained: Map<CollabSystem, number>; uncapped: CollabSystem[] }> {
  for (const system of systems) await runStep(system, frames, 500, 1); // warm-up
  const sustained = new Map(systems.map((system) => [system, 0]));
  let running = [...systems];
  let rate = settings.startRate;
  for (let step = 0; step < settings.maxSteps && running.length > 0; step++) {
    for (const system of [...running]) {
      // A failed step is run once more before the ramp stops: one stray pause (GC, a neighbour on
      // the machine) should not end a system's ramp, a real limit fails twice.
      for (let attempt = 1; attempt <= 2; attempt++) {
        const result = await runStep(system, frames, rate, settings.stepSeconds);
        const verdict = stepPasses(result, system.name === "planbridge");
        const outcome = verdict.ok ? "ok" : attempt === 1 ? "retry" : "stop";
        log(`  ${system.name}${system.processes ? ` x${system.processes}` : ""} @ ${Math.round(rate)}/s: ${outcome} (${verdict.why})`);
        if (verdict.ok && !(result instanceof Error)) {
          sustained.set(system, Math.round(Math.min(rate, result.sentRate)));
          break;
        }
        if (attempt === 2) running = running.filter((other) => other !== system);
      }
    }
    rate *= settings.growth;
  }
  return { sustained, uncapped: running };
}

export async function throughputScenario(context: ScenarioContext): Promise<void> {
  const settings = throughputSettings(context.options.quick);
  const frames = new WriterFrames(Math.ceil(WRITER_RATE * settings.stepSeconds) + 1);
  const systems = await startSystems(context, COLLAB_SYSTEMS);
  try {
    const { sustained, uncapped } = await rampRates(systems, settings, frames, (message) => context.log(message));
    const params = { p99_limit_ms: P99_LIMIT_MS, step_s: settings.stepSeconds, writers: `rate/${WRITER_RATE}`, readers: 1 };
    const byName = new Map(systems.map((system) => [system.name, sustained.get(system) ?? 0]));
    for (const system of systems) {
      const value = sustained.get(system) ?? 0;
      const capped = uncapped.includes(system) ? { ...params, capped_by_harness: true } : params;
      context.emit({ scenario: "throughput", system: system.name, metric: "sustained_updates_per_s", value, unit: "updates/s", params: capped });
    }
    const reference = byName.get("reference");
    const planbridge = byName.get("planbridge");
    if (reference && planbridge !== undefined) {
      context.emit(ratioRow("throughput", "planbridge", "vs_reference", planbridge / reference, params));
    }
  } finally {
    await stopSystems(systems);
  }
}
