/**
 * Random WebSocket frames from an editor: whatever arrives, the server keeps serving, never stores
 * bytes it cannot load again, and every client still converges. Seeded (FUZZ_SEED), printed on failure.
 */
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import WebSocket from "ws";
import * as Y from "yjs";
import { readPlan } from "@planbridge/plan-schema";
import { collabPath, MessageType, SyncMessageType } from "@planbridge/protocol";
import { DocStore } from "../../server/src/modules/collaboration/doc-store";
import { PlanRole } from "../../server/src/policies/plan-role";
import { connectClient, createPlanWorld, frame, startCollabServer, type CollabServer } from "./collab-harness";
import { seededRandom } from "./seeded-random";

const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Date.now() % 1_000_000;
const FRAMES = 300;

let server: CollabServer;
beforeAll(async () => {
  server = await startCollabServer({ limits: { messagesPerSecond: 1e9, messageBurst: 1e9 } });
});
afterAll(async () => {
  await server?.close();
});


/** Random bytes, sometimes behind a valid message header, sometimes a mutated real update. */
function randomFrame(random: () => number, realUpdate: Uint8Array): Uint8Array {
  const bytes = (length: number) => Uint8Array.from({ length }, () => Math.floor(random() * 256));
  const kind = random();
  if (kind < 0.25) return bytes(1 + Math.floor(random() * 40));
  if (kind < 0.5) return frame(MessageType.Sync, SyncMessageType.Update, bytes(Math.floor(random() * 40)));
  if (kind < 0.65) return frame(MessageType.Awareness, null, bytes(Math.floor(random() * 40)));
  if (kind < 0.75) return frame(MessageType.Sync, SyncMessageType.SyncStep1, bytes(Math.floor(random() * 10)));
  const mutated = realUpdate.slice();
  for (let i = 0; i < 1 + Math.floor(random() * 3); i++) mutated[Math.floor(random() * mutated.length)] = Math.floor(random() * 256);
  return frame(MessageType.Sync, random() < 0.5 ? SyncMessageType.Update : SyncMessageType.SyncStep2, mutated);
}

it(`survives random frames (seed ${SEED})`, { timeout: 60_000 }, async () => {
  const world = await createPlanWorld(server);
  const watcher = connectClient(server.url, world.plan.id, world.cookies.OWNER);
  const random = seededRandom(SEED);
  const source = new Y.Doc();
  source.getText("t").insert(0, "a real update to mutate");
  const realUpdate = Y.encodeStateAsUpdate(source);
  try {
    await vi.waitFor(() => expect(watcher.provider.synced).toBe(true));
    let socket: WebSocket | null = null;
    for (let i = 0; i < FRAMES; i++) {
      if (!socket || socket.readyState !== WebSocket.OPEN) {
        socket = await new Promise<WebSocket>((resolve, reject) => {
          const next = new WebSocket(server.url + collabPath(world.plan.id), { headers: { cookie: world.cookies[PlanRole.EDITOR] } });
          next.once("open", () => resolve(next));
          next.once("error", reject);
        });
      }
      socket.send(randomFrame(random, realUpdate));
      await new Promise((resolve) => setImmediate(resolve));
    }
    socket?.close();
    // Still serving: a new client gets the same document as the watcher, and storage loads again.
    const late = connectClient(server.url, world.plan.id, world.cookies.VIEWER);
    try {
      // The watcher may be reconnecting (a frame that fails mid-apply makes the server reload the plan).
      const patience = { timeout: 15_000, interval: 50 };
      await vi.waitFor(() => expect(late.provider.synced).toBe(true), patience);
      await vi.waitFor(() => expect(Y.encodeStateVector(late.doc)).toEqual(Y.encodeStateVector(watcher.doc)), patience);
      expect(readPlan(late.doc)).toEqual(readPlan(watcher.doc));
    } finally {
      late.destroy();
    }
    await vi.waitFor(async () => {
      const stored = new Y.Doc();
      for (const part of (await new DocStore(server.db.dataSource).load(world.plan.id)).parts) Y.applyUpdate(stored, part);
      expect(readPlan(stored)).toEqual(readPlan(watcher.doc));
    }, { timeout: 15_000, interval: 100 });
    expect(server.collab.metrics.rejectedUpdates).toBeGreaterThan(0);
  } catch (error) {
    console.error(`frame fuzz failed with FUZZ_SEED=${SEED}`);
    throw error;
  } finally {
    watcher.destroy();
  }
});
