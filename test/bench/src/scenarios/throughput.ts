/**
 * throughput: open loop, one writer and one reader on a fresh plan per step; the offered rate grows
 * until p99 latency (send schedule to the reader's receipt, and for planbridge also to the durable
 * ack) passes 100 ms or updates go missing. The figure is the highest rate that still passed.
 */
import { summarize } from "../stats";
import { BenchClient, closeAll } from "../wire/bench-client";
import { updateFrame } from "../wire/yjs-messages";
import { COLLAB_SYSTEMS, type CollabSystem } from "../systems/collab-system";
import { replay, type ReplayResult } from "./replay";
import { ratioRow, startSystems, stopSystems, type ScenarioContext } from "./scenario";

const P99_LIMIT_MS = 100;

interface ThroughputSettings {
  startRate: number;
  growth: number;
  stepSeconds: number;
  maxSteps: number;
}

function settingsFor(quick: boolean): ThroughputSettings {
  return quick
    ? { startRate: 1000, growth: 2, stepSeconds: 1, maxSteps: 7 }
    : { startRate: 1000, growth: 1.5, stepSeconds: 3, maxSteps: 12 };
}

async function runStep(system: CollabSystem, frames: Uint8Array[], rate: number): Promise<ReplayResult | Error> {
  const plan = await system.openPlan({ editors: 2 });
  const writer = await BenchClient.connect(plan.editor(0));
  const reader = await BenchClient.connect(plan.editor(1));
  try {
    return await replay(writer, [reader], frames, {
      rate,
      fromSchedule: true,
      graceMs: 2000,
      expectAcks: system.name === "planbridge",
    });
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  } finally {
    await closeAll([writer, reader]);
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

export async function throughputScenario(context: ScenarioContext): Promise<void> {
  const settings = settingsFor(context.options.quick);
  const frames = context.trace.updates.map(updateFrame);
  const systems = await startSystems(context, COLLAB_SYSTEMS);
  try {
    for (const system of systems) await runStep(system, frames.slice(0, 500), 500); // warm-up
    const sustained = new Map(systems.map((system) => [system.name, 0]));
    let running = [...systems];
    let rate = settings.startRate;
    for (let step = 0; step < settings.maxSteps && running.length > 0; step++) {
      const count = Math.min(frames.length, Math.round(rate * settings.stepSeconds));
      for (const system of [...running]) {
        // A failed step is run once more before the ramp stops: one stray pause (GC, a neighbour on
        // the machine) should not end a system's ramp, a real limit fails twice.
        for (let attempt = 1; attempt <= 2; attempt++) {
          const result = await runStep(system, frames.slice(0, count), rate);
          const verdict = stepPasses(result, system.name === "planbridge");
          const outcome = verdict.ok ? "ok" : attempt === 1 ? "retry" : "stop";
          context.log(`  ${system.name} @ ${Math.round(rate)}/s: ${outcome} (${verdict.why})`);
          if (verdict.ok && !(result instanceof Error)) {
            sustained.set(system.name, Math.round(Math.min(rate, result.sentRate)));
            break;
          }
          if (attempt === 2) running = running.filter((other) => other !== system);
        }
      }
      rate *= settings.growth;
    }
    const params = { p99_limit_ms: P99_LIMIT_MS, step_s: settings.stepSeconds, writers: 1, readers: 1 };
    for (const system of systems) {
      const value = sustained.get(system.name) ?? 0;
      const capped = running.includes(system) ? { ...params, capped_by_harness: true } : params;
      context.emit({ scenario: "throughput", system: system.name, metric: "sustained_updates_per_s", value, unit: "updates/s", params: capped });
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
