/**
 * fanout: one writer replays the trace at a fixed rate to 1 and 10 readers; latency from send until
 * every reader holds the update. Systems alternate segment by segment on fresh plans after a warm-up.
 */
import { RoundSamples, type Samples } from "../stats";
import { BenchClient, closeAll } from "../wire/bench-client";
import { updateFrame } from "../wire/yjs-messages";
import type { CollabSystem, CollabSystemName } from "../systems/collab-system";
import { COLLAB_SYSTEMS } from "../systems/collab-system";
import { replay } from "./replay";
import { ratioRow, rotation, startSystems, stopSystems, tailRows, type ScenarioContext } from "./scenario";

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

/** One segment: a fresh plan, a writer and `readers` readers, the first `updates` trace updates. */
export async function runFanoutSegment(
  system: CollabSystem,
  frames: Uint8Array[],
  readerCount: number,
  rate: number,
): Promise<{ fanout: Samples; ack: Samples; lost: number }> {
  const plan = await system.openPlan({ editors: readerCount + 1 });
  const writer = await BenchClient.connect(plan.editor(0));
  const readers: BenchClient[] = [];
  for (let index = 1; index <= readerCount; index++) readers.push(await BenchClient.connect(plan.editor(index)));
  try {
    return await replay(writer, readers, frames, {
      rate,
      contentSentBefore: writer.contentSent,
      expectAcks: system.name === "planbridge",
    });
  } finally {
    await closeAll([writer, ...readers]);
  }
}

export async function fanoutScenario(context: ScenarioContext): Promise<void> {
  const settings = fanoutSettings(context.options.quick);
  const frames = context.trace.updates.map(updateFrame);
  const systems = await startSystems(context, COLLAB_SYSTEMS);
  try {
    for (const readers of [1, 10]) {
      const params = { readers, rate: settings.rate, updates: settings.segmentUpdates * settings.rounds, trace: context.trace.name };
      const samples = new Map<CollabSystemName, RoundSamples>(systems.map((system) => [system.name, new RoundSamples()]));
      for (const system of systems) await runFanoutSegment(system, frames.slice(0, settings.warmupUpdates), readers, settings.rate);
      for (let round = 0; round < settings.rounds; round++) {
        for (const system of rotation(systems, round)) {
          const result = await runFanoutSegment(system, frames.slice(0, settings.segmentUpdates), readers, settings.rate);
          samples.get(system.name)?.addRound(result.fanout);
          if (result.lost > 0) context.log(`  ${system.name}: ${result.lost} updates never reached every reader`);
        }
      }
      const p99 = new Map<CollabSystemName, number>();
      for (const system of systems) {
        const rounds = samples.get(system.name) ?? new RoundSamples();
        p99.set(system.name, rounds.tails().p99);
        for (const row of tailRows("fanout", system.name, rounds, params)) context.emit(row);
      }
      for (const system of systems) {
        const own = p99.get(system.name) ?? Number.NaN;
        if (system.name !== "relay" && p99.has("relay")) {
          context.emit(ratioRow("fanout", system.name, "p99_vs_relay", own / (p99.get("relay") ?? Number.NaN), params));
        }
        if (system.name === "planbridge" && p99.has("reference")) {
          context.emit(ratioRow("fanout", system.name, "p99_vs_reference", own / (p99.get("reference") ?? Number.NaN), params));
        }
      }
    }
  } finally {
    await stopSystems(systems);
  }
}
