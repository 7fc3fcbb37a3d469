/**
 * Issue 8, findings 6 and 7 against the real server with its default limits: one editor cannot push
 * megabytes per second into a plan (4529), and a member flooding presence is cut off (4413 for large
 * messages, 4529 for too many) before the other members receive more than the burst.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import * as awarenessProtocol from "y-protocols/awareness";
import * as Y from "yjs";
import { getSectionFragment, LIMITS, readPlan } from "@planbridge/plan-schema";
import { CloseCode, MessageType } from "@planbridge/protocol";
import { PlanRole } from "../../server/src/policies/plan-role";
import { createPlanWorld, frame, startCollabServer, type CollabServer } from "../collab/collab-harness";
import { openRaw, roundTrip, storedDoc, updateFrame } from "./collab-socket-support";

let server: CollabServer;
beforeAll(async () => {
  server = await startCollabServer();
});
afterAll(async () => {
  await server?.close();
});

/** One awareness message for a fresh client id with a state of about `bytes` bytes. */
function presence(bytes: number): Uint8Array {
  const awareness = new awarenessProtocol.Awareness(new Y.Doc());
  awareness.setLocalState({ cursor: "x".repeat(bytes) });
  const message = frame(MessageType.Awareness, null, awarenessProtocol.encodeAwarenessUpdate(awareness, [awareness.clientID]));
  awareness.destroy();
  return message;
}

function awarenessBytes(messages: Buffer[]): number {
  return messages.filter((m) => m[0] === MessageType.Awareness).reduce((sum, m) => sum + m.length, 0);
}

it("closes an editor writing faster than the byte rate with 4529, having stored at most the burst", { timeout: 30_000 }, async () => {
  const world = await createPlanWorld(server);
  const editor = await openRaw(server.url, world.plan.id, world.cookies[PlanRole.EDITOR]);
  const doc = await storedDoc(server, world.plan.id);
  const sectionId = readPlan(doc).sections[0].id;
  const accepted = server.collab.metrics.acceptedBytes;
  const chunk = "y".repeat(900 * 1024); // under maxUpdateBytes: each update alone is fine
  for (let i = 0; i < 8; i++) {
    editor.socket.send(updateFrame(doc, (d) => getSectionFragment(d, sectionId).insert(0, [new Y.XmlText(chunk)])));
  }
  expect(await editor.closed).toBe(CloseCode.RateLimited);
  expect(server.collab.metrics.acceptedBytes - accepted).toBeLessThanOrEqual(LIMITS.updateByteBurst);
});

it("closes a member sending oversized presence with 4413; the others get none of it", async () => {
  const world = await createPlanWorld(server);
  const watcher = await openRaw(server.url, world.plan.id, world.cookies.OWNER);
  await roundTrip(watcher);
  const before = awarenessBytes(watcher.messages);
  const flooder = await openRaw(server.url, world.plan.id, world.cookies[PlanRole.COMMENTER]);
  for (let i = 0; i < 50; i++) flooder.socket.send(presence(16 * 1024));
  expect(await flooder.closed).toBe(CloseCode.TooLarge);
  await roundTrip(watcher);
  expect(awarenessBytes(watcher.messages) - before).toBeLessThan(1024); // at most the flooder's departure
  watcher.socket.close();
});

it("closes a member flooding small presence messages with 4529; the others get at most the burst", async () => {
  const world = await createPlanWorld(server);
  const watcher = await openRaw(server.url, world.plan.id, world.cookies.OWNER);
  await roundTrip(watcher);
  const before = awarenessBytes(watcher.messages);
  const flooder = await openRaw(server.url, world.plan.id, world.cookies[PlanRole.COMMENTER]);
  const message = presence(1_000);
  for (let i = 0; i < 2_000; i++) flooder.socket.send(message);
  expect(await flooder.closed).toBe(CloseCode.RateLimited);
  await roundTrip(watcher);
  // Relayed presence is the stamped state (a little larger than what was sent): allow for that.
  expect(awarenessBytes(watcher.messages) - before).toBeLessThan(LIMITS.awarenessByteBurst * 1.5);
  watcher.socket.close();
});

it("relays honest presence: a cursor a few times a second", async () => {
  const world = await createPlanWorld(server);
  const watcher = await openRaw(server.url, world.plan.id, world.cookies.OWNER);
  const member = await openRaw(server.url, world.plan.id, world.cookies[PlanRole.COMMENTER]);
  const awareness = new awarenessProtocol.Awareness(new Y.Doc());
  for (let i = 0; i < 30; i++) {
    awareness.setLocalState({ cursor: { anchor: i, head: i + 1 } });
    member.socket.send(frame(MessageType.Awareness, null, awarenessProtocol.encodeAwarenessUpdate(awareness, [awareness.clientID])));
  }
  await roundTrip(member);
  await roundTrip(watcher);
  expect(member.socket.readyState).toBe(member.socket.OPEN);
  expect(watcher.messages.filter((m) => m[0] === MessageType.Awareness).length).toBeGreaterThanOrEqual(30);
  awareness.destroy();
  member.socket.close();
  watcher.socket.close();
});
