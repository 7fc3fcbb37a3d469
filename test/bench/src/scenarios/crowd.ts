/**
 * crowd: 200 editors in one plan, each typing about 5 keystrokes/s into their own paragraph and
 * updating their cursor (awareness) once a second. Latency per keystroke: send until every other
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
import { latencyRows, startSystems, stopSystems, type ScenarioContext } from "./scenario";

export const KEYSTROKES_PER_SECOND = 5;
export const CLIENT_ID_BASE = 1_000_000;
const TYPED = "The EMEA council wants the partner webinar tactic to start after the sales-prep window. ";

export interface CrowdSettings {
  editors: number;
  seconds: number;
  warmupSeconds: number;
}

export function crowdSettings(quick: boolean): CrowdSettings {
  return quick ? { editors: 200, seconds: 3, warmupSeconds: 1 } : { editors: 200, seconds: 20, warmupSeconds: 3 };
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

export async function runCrowd(system: CollabSystem, settings: CrowdSettings, frames: Uint8Array[][]): Promise<{ latencies: Samples; lost: number }> {
  const { editors } = settings;
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
  clients.forEach((client, receiver) => {
    client.onUpdate = (frame, now) => {
      const sender = readUpdateClient(frame.decoder) - CLIENT_ID_BASE;
      if (sender < 0 || sender >= editors || sender === receiver) return; // own echo (reference)
      const keystroke = received[receiver * editors + sender]++;
      const slot = sender * keystrokes + keystroke;
      if (--remaining[slot] === 0) {
        delivered++;
        if (keystroke >= warmupKeystrokes) latencies.push(now - sendTimes[slot]);
      }
    };
  });
  try {
    await typeAll(clients, frames, sendTimes);
    const deadline = performance.now() + 5000;
    while (delivered < editors * keystrokes && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    return { latencies, lost: editors * keystrokes - delivered };
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

export async function crowdScenario(context: ScenarioContext): Promise<void> {
  const settings = crowdSettings(context.options.quick);
  const keystrokes = settings.seconds * KEYSTROKES_PER_SECOND;
  const frames = Array.from({ length: settings.editors }, (_, editor) => editorFrames(editor, keystrokes));
  const systems = await startSystems(context, COLLAB_SYSTEMS);
  try {
    const params = { editors: settings.editors, keystrokes_per_s: KEYSTROKES_PER_SECOND, seconds: settings.seconds, awareness_hz: 1 };
    for (const system of systems) {
      const { latencies, lost } = await runCrowd(system, settings, frames);
      if (lost > 0) context.log(`  ${system.name}: ${lost} keystrokes never reached every editor`);
      for (const row of latencyRows("crowd", system.name, summarize(latencies.toArray()), params)) context.emit(row);
      context.emit({ scenario: "crowd", system: system.name, metric: "lost_keystrokes", value: lost, unit: "count", params });
    }
  } finally {
    await stopSystems(systems);
  }
}
