/**
 * memory: a fresh server process per system; RSS and heap (after GC) before and after opening
 * 100 small plans (each with one connected editor), then one plan holding the whole trace.
 * Every plan holds the same content on both systems: planbridge creates it from its template,
 * the reference receives the same template state from the editor.
 */
import * as Y from "yjs";
import { createPlanDoc } from "@planbridge/plan-schema";
import type { MemoryReport } from "../servers/child-ipc";
import { round } from "../stats";
import { BenchClient, closeAll } from "../wire/bench-client";
import { updateFrame } from "../wire/yjs-messages";
import type { CollabSystem } from "../systems/collab-system";
import { ratioRow, startSystems, stopSystems, type ScenarioContext } from "./scenario";

const SMALL_PLANS = 100;
const KB = 1024;
const MB = 1024 * 1024;

interface MemoryFigures {
  smallRssPerPlan: number;
  smallHeapPerPlan: number;
  traceRss: number;
  traceHeap: number;
}

/** Opens a plan and brings it to `state` (planbridge plans already hold the template). */
async function openPlanWith(system: CollabSystem, state: Uint8Array | null): Promise<BenchClient> {
  const plan = await system.openPlan();
  const client = await BenchClient.connect(plan.editor(0));
  if (state) {
    await new Promise<void>((resolve) => {
      // The reference echoes the update back; planbridge acks it once stored. Either means it was applied.
      client.onUpdate = () => resolve();
      client.onOther = () => resolve();
      client.send(updateFrame(state));
    });
    client.onUpdate = null;
    client.onOther = null;
  }
  return client;
}

async function measure(system: CollabSystem, templateState: Uint8Array, traceState: Uint8Array): Promise<MemoryFigures> {
  const warmup = await openPlanWith(system, system.name === "planbridge" ? null : templateState);
  await warmup.close();
  const before: MemoryReport = await system.server.memory();
  const clients: BenchClient[] = [];
  for (let index = 0; index < SMALL_PLANS; index++) {
    clients.push(await openPlanWith(system, system.name === "planbridge" ? null : templateState));
  }
  const small = await system.server.memory();
  clients.push(await openPlanWith(system, traceState));
  const withTrace = await system.server.memory();
  await closeAll(clients);
  return {
    smallRssPerPlan: (small.rss - before.rss) / SMALL_PLANS,
    smallHeapPerPlan: (small.heapUsed - before.heapUsed) / SMALL_PLANS,
    traceRss: withTrace.rss - small.rss,
    traceHeap: withTrace.heapUsed - small.heapUsed,
  };
}

export async function memoryScenario(context: ScenarioContext): Promise<void> {
  const templateState = Y.encodeStateAsUpdate(createPlanDoc());
  const figures = new Map<string, MemoryFigures>();
  for (const name of ["reference", "planbridge"] as const) {
    const systems = await startSystems(context, [name]);
    try {
      for (const system of systems) figures.set(name, await measure(system, templateState, context.trace.finalState));
    } finally {
      await stopSystems(systems);
    }
  }
  const small = { plans: SMALL_PLANS, editors_per_plan: 1 };
  const large = { trace: context.trace.name, state_bytes: context.trace.finalState.length };
  for (const [name, value] of figures) {
    const system = name as "reference" | "planbridge";
    context.emit({ scenario: "memory", system, metric: "rss_per_small_plan_kb", value: round(value.smallRssPerPlan / KB, 1), unit: "KiB", params: small });
    context.emit({ scenario: "memory", system, metric: "heap_per_small_plan_kb", value: round(value.smallHeapPerPlan / KB, 1), unit: "KiB", params: small });
    context.emit({ scenario: "memory", system, metric: "rss_trace_plan_mb", value: round(value.traceRss / MB, 2), unit: "MiB", params: large });
    context.emit({ scenario: "memory", system, metric: "heap_trace_plan_mb", value: round(value.traceHeap / MB, 2), unit: "MiB", params: large });
  }
  const reference = figures.get("reference");
  const planbridge = figures.get("planbridge");
  if (reference && planbridge) {
    context.emit(ratioRow("memory", "planbridge", "rss_per_small_plan_vs_reference", planbridge.smallRssPerPlan / reference.smallRssPerPlan, small));
    context.emit(ratioRow("memory", "planbridge", "heap_per_small_plan_vs_reference", planbridge.smallHeapPerPlan / reference.smallHeapPerPlan, small));
    context.emit(ratioRow("memory", "planbridge", "heap_trace_plan_vs_reference", planbridge.traceHeap / reference.traceHeap, large));
  }
}
