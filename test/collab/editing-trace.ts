/**
 * The clownschool concurrent editing trace (3 authors, 23k transactions) as one Yjs update per
 * transaction, and a seeded random causal interleaving that sends them through real clients: shared by
 * the convergence fuzz of one server and of several processes (scale-out).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import * as Y from "yjs";
import type { TestClient } from "./collab-harness";

export interface TraceUpdate {
  agent: number;
  update: Uint8Array;
  /** The state vector a client must have before it can send this update. */
  required: Map<number, number>;
}

export interface Trace {
  endContent: string;
  numAgents: number;
  txns: { parents: number[]; agent: number; patches: [number, number, string][] }[];
}

const TRACE_PATH = path.resolve(__dirname, "../../../shared/data/editing-traces/clownschool.json.gz");
/** The trace is typed into one text run of a section's fragment: the server refuses text outside the plan layout. */
const FRAGMENT = "section:trace";
const BASE_CLIENT = 1000;

/** The text run every agent edits, created once by a separate client so all agents share it. */
function createBase(): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = BASE_CLIENT;
  doc.getXmlFragment(FRAGMENT).insert(0, [new Y.XmlText()]);
  return Y.encodeStateAsUpdate(doc);
}
export const BASE = createBase();

export function traceText(doc: Y.Doc): Y.XmlText {
  return doc.getXmlFragment(FRAGMENT).get(0) as Y.XmlText;
}

/**
 * Turns the trace into one Yjs update per transaction. Each agent edits its own Y.Doc (client id =
 * agent + 1); before a transaction, the agent's doc receives exactly the other agents' transactions
 * that are its ancestors (each agent's transactions form a chain, so ancestors are per-agent prefixes).
 * Also records the state vector a client must have before it can produce that update.
 */
export function replayTrace({ txns, numAgents }: Trace): TraceUpdate[] {
  const docs = Array.from({ length: numAgents }, (_, agent) => {
    const doc = new Y.Doc();
    doc.clientID = agent + 1;
    Y.applyUpdate(doc, BASE, "remote");
    return doc;
  });
  const byAgent: number[][] = Array.from({ length: numAgents }, () => []); // global txn indexes
  const delivered: number[][] = docs.map(() => new Array<number>(numAgents).fill(0));
  const versions: number[][] = [];
  const result: TraceUpdate[] = [];
  txns.forEach((txn, index) => {
    const version = new Array<number>(numAgents).fill(0);
    for (const parent of txn.parents) {
      versions[parent].forEach((count, agent) => (version[agent] = Math.max(version[agent], count)));
    }
    const doc = docs[txn.agent];
    const missing: number[] = [];
    for (let other = 0; other < numAgents; other++) {
      if (other === txn.agent) continue;
      for (let i = delivered[txn.agent][other]; i < version[other]; i++) missing.push(byAgent[other][i]);
      delivered[txn.agent][other] = Math.max(delivered[txn.agent][other], version[other]);
    }
    // In trace order, so no update waits for a missing dependency (pending structs make this quadratic).
    for (const earlier of missing.sort((a, b) => a - b)) Y.applyUpdate(doc, result[earlier].update, "remote");
    const required = new Map(Y.decodeStateVector(Y.encodeStateVector(doc)));
    let captured: Uint8Array | null = null;
    const capture = (update: Uint8Array, origin: unknown) => origin === "local" && (captured = update);
    doc.on("update", capture);
    doc.transact(() => {
      const text = traceText(doc);
      for (const [pos, deleteCount, insert] of txn.patches) {
        if (deleteCount > 0) text.delete(pos, deleteCount);
        if (insert.length > 0) text.insert(pos, insert);
      }
    }, "local");
    doc.off("update", capture);
    byAgent[txn.agent].push(index);
    version[txn.agent] = byAgent[txn.agent].length;
    versions[index] = version;
    result.push({ agent: txn.agent, update: captured ?? new Uint8Array([0, 0]), required });
  });
  docs.forEach((doc) => doc.destroy());
  return result;
}


function hasState(doc: Y.Doc, required: Map<number, number>): boolean {
  for (const [client, clock] of required) if (Y.getState(doc.store, client) < clock) return false;
  return true;
}

/**
 * Longest wait for a dependency to arrive from another client. Across processes an edit arrives after
 * its commit and a Redis round trip, which on a loaded machine can take seconds: a count of event-loop
 * ticks (the earlier bound) ran out in a second or two when the loop was idle and failed good runs.
 */
const STALL_LIMIT_MS = 30_000;

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Sends every agent's updates through its client in a random causal interleaving. */
export async function sendInRandomOrder(clients: TestClient[], updates: TraceUpdate[], random: () => number): Promise<void> {
  const queues = clients.map((_, agent) => updates.filter((entry) => entry.agent === agent));
  const next = clients.map(() => 0);
  /** When the clients last made progress; a wait for another client's edit to arrive is bounded in time, not ticks. */
  let progressAt = Date.now();
  while (next.some((position, agent) => position < queues[agent].length)) {
    const ready = clients
      .map((_client, agent) => agent)
      .filter((agent) => next[agent] < queues[agent].length && hasState(clients[agent].doc, queues[agent][next[agent]].required));
    if (ready.length === 0) {
      if (Date.now() - progressAt > STALL_LIMIT_MS) throw new Error(`no client could make progress for ${STALL_LIMIT_MS} ms`);
      await tick();
      continue;
    }
    progressAt = Date.now();
    const agent = ready[Math.floor(random() * ready.length)];
    const burst = 1 + Math.floor(random() * 8);
    for (let i = 0; i < burst && next[agent] < queues[agent].length; i++) {
      const entry = queues[agent][next[agent]];
      if (!hasState(clients[agent].doc, entry.required)) break;
      Y.applyUpdate(clients[agent].doc, entry.update, "trace");
      next[agent]++;
    }
    const pause = random();
    if (pause < 0.3) await tick();
    else if (pause < 0.6) await Promise.resolve();
  }
}


export function loadTrace(): Trace {
  return JSON.parse(gunzipSync(readFileSync(TRACE_PATH)).toString("utf8")) as Trace;
}
