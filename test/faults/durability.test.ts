/**
 * Durability under SIGKILL: a real server process is killed while three writers type, at a moment
 * chosen by a seed: right after an acknowledgement, after a random delay, or inside a compaction (at
 * each of its steps, through the child's env-guarded kill hook). After every kill, each update any
 * writer saw acknowledged is in PostgreSQL, and the restarted server loads the document and serves all
 * of it. Short form: 5 seeds; FAULTS_LONG=1: 20.
 */
import type { ChildProcess } from "node:child_process";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import * as Y from "yjs";
import { readPlan } from "@planbridge/plan-schema";
import { createTestDatabase, type TestDatabase } from "../../server/src/db/test-database";
import { connectClient, type TestClient } from "../collab/collab-harness";
import { seededRandom } from "../collab/seeded-random";
import { COLLAB_CHILD, createFaultPlan, exited, faultText, isRunning, startProcess, storedDoc, type FaultPlan } from "./fault-support";

const SEEDS = process.env.FAULTS_LONG === "1" ? 20 : 5;
const WRITERS = 3;
// The short form's five seeds cover every compaction step and a random moment; the long form adds the rest.
const KILL_MODES = ["encoded", "snapshot-written", "log-deleted", "committed", "random-time", "after-ack"] as const;
type KillMode = (typeof KILL_MODES)[number];

let db: TestDatabase;
let plan: FaultPlan;

beforeAll(async () => {
  db = await createTestDatabase();
  plan = await createFaultPlan(db);
});
afterAll(async () => {
  await db?.destroy();
});

/** Highest acknowledged clock per Yjs client id, over every writer and every run so far. */
const acked = new Map<number, number>();
const report: { seed: number; mode: KillMode; acked: number; lost: number }[] = [];

function recordAcks(client: TestClient): void {
  client.onAck((ack) => {
    for (const [clientId, clock] of ack.clocks) acked.set(clientId, Math.max(acked.get(clientId) ?? 0, clock));
  });
}

/** Acknowledged items missing from `doc` (0 when every acknowledged update is there). */
function missingAcked(doc: Y.Doc): number {
  let missing = 0;
  for (const [clientId, clock] of acked) missing += Math.max(0, clock - Y.getState(doc.store, clientId));
  return missing;
}

/** Types into the writer's own section until the server dies; the first `killAfterAcks` acks may trigger the kill. */
async function typeUntilKilled(writers: TestClient[], child: ChildProcess, next: () => number, mode: KillMode): Promise<void> {
  let acks = 0;
  const killAfterAcks = 5 + Math.floor(next() * 40);
  for (const writer of writers) {
    writer.onAck(() => {
      if (mode === "after-ack" && ++acks === killAfterAcks) child.kill("SIGKILL");
    });
  }
  if (mode === "random-time") setTimeout(() => child.kill("SIGKILL"), 50 + Math.floor(next() * 600));
  let typed = 0;
  while (isRunning(child)) {
    const index = Math.floor(next() * writers.length);
    const text = faultText(writers[index].doc, index);
    text.insert(Math.floor(next() * (text.length + 1)), String.fromCharCode(97 + (typed % 26)));
    typed++;
    // A compaction kill point that is never reached (too few rows) must not hang the test.
    if (typed === 4_000) child.kill("SIGKILL");
    await new Promise((resolve) => (next() < 0.7 ? setImmediate(resolve) : setTimeout(resolve, 1 + Math.floor(next() * 5))));
  }
}

it(`loses no acknowledged update when the server is SIGKILLed at random moments (${SEEDS} seeds)`, { timeout: SEEDS * 30_000 }, async () => {
  for (let seed = 1; seed <= SEEDS; seed++) {
    const next = seededRandom(seed * 7919);
    const mode = KILL_MODES[(seed - 1) % KILL_MODES.length];
    const compaction = mode !== "after-ack" && mode !== "random-time";
    const server = await startProcess(COLLAB_CHILD, {
      DATABASE_URL: db.databaseUrl,
      COMPACT_AFTER_ROWS: String(2 + Math.floor(next() * 6)),
      ...(compaction ? { FAULT_STEP: mode, FAULT_AT: String(1 + Math.floor(next() * 3)) } : {}),
    });
    const url = `ws://127.0.0.1:${server.port}`;
    const writers = Array.from({ length: WRITERS }, () => connectClient(url, plan.planId, plan.cookie));
    try {
      // The restarted server loads everything acknowledged before the previous kill.
      await vi.waitFor(() => writers.forEach((writer) => expect(writer.provider.synced).toBe(true)), { timeout: 15_000 });
      expect(missingAcked(writers[0].doc), `seed ${seed}: served after restart`).toBe(0);
      writers.forEach(recordAcks);
      await typeUntilKilled(writers, server.child, next, mode);
      const { signal } = await exited(server.child);
      expect(signal, `seed ${seed}`).toBe("SIGKILL");
      if (compaction) expect(server.lines, `seed ${seed}: killed by the hook inside compaction`).toContain(`KILLED AT ${mode}`);
    } finally {
      writers.forEach((writer) => writer.destroy());
      if (isRunning(server.child)) server.child.kill("SIGKILL");
    }
    const stored = await storedDoc(plan);
    expect(() => readPlan(stored), `seed ${seed}: the stored document loads`).not.toThrow();
    const lost = missingAcked(stored);
    report.push({ seed, mode, acked: [...acked.values()].reduce((sum, clock) => sum + clock, 0), lost });
    expect(lost, `seed ${seed} (${mode}): acknowledged items lost`).toBe(0);
  }
  console.info(`[faults] SIGKILL runs (acked = acknowledged items so far, lost = acknowledged items missing after the kill):\n${report.map((r) => `  seed ${r.seed} ${r.mode}: acked ${r.acked}, lost ${r.lost}`).join("\n")}`);
  // A last restart serves the same document the database holds.
  const server = await startProcess(COLLAB_CHILD, { DATABASE_URL: db.databaseUrl });
  const reader = connectClient(`ws://127.0.0.1:${server.port}`, plan.planId, plan.cookie);
  try {
    const expected = readPlan(await storedDoc(plan));
    await vi.waitFor(() => expect(readPlan(reader.doc)).toEqual(expected), { timeout: 10_000 });
  } finally {
    reader.destroy();
    server.child.kill("SIGKILL");
    await exited(server.child);
  }
});
