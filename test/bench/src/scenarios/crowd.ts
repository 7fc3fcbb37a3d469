/**
 * crowd: a ladder of crowds (25 to 200 editors) in one plan, each typing about 5 keystrokes/s into
 * their own paragraph and updating their cursor (awareness) once a second. Latency per keystroke: send until every other
 * editor holds it. Each editor's updates only depend on its own earlier ones, so they are
 * precomputed; receipts are matched per sender by order, the sender read from the update's client id.
 */
import { performance } from "node:perf_hooks";
import * as Y from "yjs";
import { Samples, summarize } from "../stats";
import { TRACE_FRAGMENT } from "../trace/trace-updates";
import { BenchClient, closeAll } from "../wire/bench-client";
import { awarenessFrame, readUpdateClient, updateFrame } from "../wire/yjs-messages";
import { COLLAB_SYSTEMS, type CollabSystem } from "../systems/collab-system";
import type { SystemName } from "../report/results";
import { latencyRows, loadAverage, startSystems, stopSystems, type ScenarioContext } from "./scenario";

export const KEYSTROKES_PER_SECOND = 5;
export const CLIENT_ID_BASE = 1_000_000;
const TYPED = "The EMEA council wants the partner webinar tactic to start after the sales-prep window. ";

/** A step passes when its keystroke p99 (send until every other editor has it) stays under this. */
export const P99_LIMIT_MS = 50;
/** The old harness waited this long after the last keystroke and called the rest lost. */
const LATE_AFTER_MS = 5000;

export interface CrowdSettings {
  ladder: number[];
  seconds: number;
  warmupSeconds: number;
  /** After typing stops, keep draining until nothing arrives for this long (or maxDrainMs passes). */
  quietMs: number;
  maxDrainMs: number;
  /** `--quick`: a system stops climbing at its first step over the limit (the higher ones take long to drain). */
  stopAtFirstMiss: boolean;
}

export function crowdSettings(quick: boolean): CrowdSettings {
  return quick
    ? { ladder: [25, 50, 100, 200], seconds: 3, warmupSeconds: 1, quietMs: 3000, maxDrainMs: 60_000, stopAtFirstMiss: true }
    : { ladder: [25, 50, 100, 200], seconds: 10, warmupSeconds: 2, quietMs: 5000, maxDrainMs: 120_000, stopAtFirstMiss: false };
}

interface CrowdResult {
  latencies: Samples;
  /** Keystrokes that reached every other editor, but only more than LATE_AFTER_MS after the last was typed. */
  late: number;
  /** Keystrokes some editor still did not have when the drain ended (nothing arrived for quietMs). */
  lost: number;
  /** Receipts missing (keystroke x editor pairs) at the end of the drain. */
  missingReceipts: number;
  /** Editors whose socket the server closed during the run, by close code. */
  closed: Map<number, number>;
  drainMs: number;
}

/** Keystroke frames of one editor: its first update creates its paragraph, each later one adds a letter. */
export function editorFrames(editor: number, keystrokes: number): Uint8Array[] {
  const doc = new Y.Doc();
  doc.clientID = CLIENT_ID_BASE + editor;
  const frames: Uint8Array[] = [];
  doc.on("update", (update: Uint8Array) => frames.push(updateFrame(update)));
  const text = new Y.XmlText();
  const paragraph = new Y.XmlElement("paragraph");
  paragraph.insert(0, [text]);
  doc.getXmlFragment(TRACE_FRAGMENT).insert(0, [paragraph]);
  for (let index = 1; index < keystrokes; index++) text.insert(text.length, TYPED[index % TYPED.length]);
  return frames;
}

async function runCrowd(system: CollabSystem, editors: number, settings: CrowdSettings, allFrames: Uint8Array[][]): Promise<CrowdResult> {
  const frames = allFrames.slice(0, editors);
  const keystrokes = frames[0].length;
  const plan = await system.openPlan({ editors });
  const clients: BenchClient[] = [];
  for (let index = 0; index < editors; index++) clients.push(await BenchClient.connect(plan.editor(index)));
  const sendTimes = new Float64Array(editors * keystrokes);
  const remaining = new Uint16Array(editors * keystrokes).fill(editors - 1);
  const received = new Uint32Array(editors * editors);
  const latencies = new Samples();
  const warmupKeystrokes = settings.warmupSeconds * KEYSTROKES_PER_SECOND;
  let delivered = 0;
  let receipts = 0;
  let late = 0;
  let typingEnded = Number.POSITIVE_INFINITY;
  let lastReceipt = Number.NEGATIVE_INFINITY;
  clients.forEach((client, receiver) => {
    client.onUpdate = (frame, now) => {
      const sender = readUpdateClient(frame.decoder) - CLIENT_ID_BASE;
      if (sender < 0 || sender >= editors || sender === receiver) return; // own echo (reference)
      const keystroke = received[receiver * editors + sender]++;
      if (keystroke >= keystrokes) return; // more frames than keystrokes: counted as missing below
      receipts++;
      lastReceipt = now;
      const slot = sender * keystrokes + keystroke;
      if (--remaining[slot] === 0) {
        delivered++;
        if (now > typingEnded + LATE_AFTER_MS) late++;
        if (keystroke >= warmupKeystrokes) latencies.push(now - sendTimes[slot]);
      }
    };
  });
  try {
    await typeAll(clients, frames, sendTimes);
    typingEnded = performance.now();
    // Drain: a keystroke is lost only if it has not arrived once nothing has arrived for quietMs.
    const total = editors * keystrokes;
    while (delivered < total) {
      const now = performance.now();
      if (now - Math.max(lastReceipt, typingEnded) > settings.quietMs || now - typingEnded > settings.maxDrainMs) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const closed = new Map<number, number>();
    for (const client of clients) if (client.closeCode !== null) closed.set(client.closeCode, (closed.get(client.closeCode) ?? 0) + 1);
    return {
      latencies,
      late,
      lost: total - delivered,
      missingReceipts: total * (editors - 1) - receipts,
      closed,
      drainMs: performance.now() - typingEnded,
    };
  } finally {
    await closeAll(clients);
  }
}

/** Keystroke j of all editors is spread evenly over one 200 ms period; awareness goes with every 5th. */
function typeAll(clients: BenchClient[], frames: Uint8Array[][], sendTimes: Float64Array): Promise<void> {
  const editors = clients.length;
  const keystrokes = frames[0].length;
  const total = editors * keystrokes;
  const interval = 1000 / (KEYSTROKES_PER_SECOND * editors);
  const start = performance.now() + 1;
  let next = 0;
  return new Promise((resolve) => {
    const pump = () => {
      const due = Math.min(total, Math.floor((performance.now() - start) / interval) + 1);
      for (; next < due; next++) {
        const editor = next % editors;
        const keystroke = Math.floor(next / editors);
        const client = clients[editor];
        sendTimes[editor * keystrokes + keystroke] = performance.now();
        client.send(frames[editor][keystroke]);
        if (keystroke % KEYSTROKES_PER_SECOND === 0) {
          const cursor = { user: { name: `Editor ${editor}` }, cursor: { anchor: keystroke, head: keystroke } };
          client.send(awarenessFrame(CLIENT_ID_BASE + editor, keystroke + 1, cursor));
        }
      }
      if (next < total) setTimeout(pump, Math.max(0, start + next * interval - performance.now()));
      else resolve();
    };
    setTimeout(pump, 1);
  });
}

/**
 * The ladder: each system types with 25, 50, 100 and 200 editors (a fresh plan per step); the figure is
 * the largest crowd whose p99 stayed under 50 ms. Keystrokes that only arrive after the old 5 s window
 * are `late`, those still missing after the drain `lost` (a correctness bug in whoever dropped them).
 */
export async function crowdScenario(context: ScenarioContext): Promise<void> {
  const settings = crowdSettings(context.options.quick);
  const frames = crowdFrames(settings);
  const systems = await startSystems(context, COLLAB_SYSTEMS);
  try {
    const params = { ladder: settings.ladder.join("/"), keystrokes_per_s: KEYSTROKES_PER_SECOND, seconds: settings.seconds, p99_limit_ms: P99_LIMIT_MS };
    for (const system of systems) {
      const best = await climbLadder(context, system, settings, frames, { scenario: "crowd", system: system.name, params: {} });
      context.emit({ scenario: "crowd", system: system.name, metric: "max_editors_p99_under_50ms", value: best, unit: "editors", params });
    }
  } finally {
    await stopSystems(systems);
  }
}

/** Every editor's keystroke frames for the largest crowd of the ladder (smaller crowds take a prefix). */
export function crowdFrames(settings: CrowdSettings): Uint8Array[][] {
  const keystrokes = settings.seconds * KEYSTROKES_PER_SECOND;
  return Array.from({ length: Math.max(...settings.ladder) }, (_, editor) => editorFrames(editor, keystrokes));
}

export interface LadderRows {
  scenario: string;
  system: SystemName;
  params: Record<string, string | number | boolean>;
  /** Prefix of the metric names (the scale-out scenario reports `crowd_p99_ms`...). */
  metricPrefix?: string;
}

/**
 * One system up the ladder (a fresh plan per step), emitting each step's rows; returns the largest crowd
 * whose p99 stayed under P99_LIMIT_MS with nothing lost. `--quick` stops at the first step that misses.
 */
export async function climbLadder(
  context: ScenarioContext,
  system: CollabSystem,
  settings: CrowdSettings,
  frames: Uint8Array[][],
  rows: LadderRows,
): Promise<number> {
  const prefix = rows.metricPrefix ?? "";
  let best = 0;
  for (const editors of settings.ladder) {
    const result = await runCrowd(system, editors, settings, frames);
    const summary = summarize(result.latencies.toArray());
    const closed = [...result.closed].map(([code, count]) => `${count} closed with ${code}`).join(", ");
    context.log(
      `  ${rows.system}${system.processes ? ` x${system.processes} processes` : ""}, ${editors} editors: p99 ${summary.p99.toFixed(1)} ms, ` +
        `${result.late} late, ${result.lost} lost (${result.missingReceipts} receipts missing after a ` +
        `${(result.drainMs / 1000).toFixed(1)} s drain)${closed ? `, ${closed}` : ""}`,
    );
    const params = { ...rows.params, editors, keystrokes_per_s: KEYSTROKES_PER_SECOND, seconds: settings.seconds, awareness_hz: 1, load_avg: loadAverage() };
    for (const row of latencyRows(rows.scenario, rows.system, summary, params, prefix)) context.emit(row);
    for (const [metric, value] of [["late_keystrokes", result.late], ["lost_keystrokes", result.lost]] as const) {
      context.emit({ scenario: rows.scenario, system: rows.system, metric: prefix + metric, value, unit: "count", params });
    }
    if (summary.p99 < P99_LIMIT_MS && result.lost === 0) best = Math.max(best, editors);
    else if (settings.stopAtFirstMiss) break;
  }
  return best;
}
