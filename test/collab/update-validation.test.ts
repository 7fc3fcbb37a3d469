/** Malformed, incomplete and unknown messages: rejected with a close code, never applied or stored. */
import { describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import { CloseCode, SyncMessageType } from "@planbridge/protocol";
import { PlanRole } from "../../server/src/policies/plan-role";
import { createPlanWorld } from "./collab-harness";
import { closed, syncFrame, typeInto, useCollabServer } from "./collab-session";

const session = useCollabServer();
const { join, synced, storedBytes, rawSocket } = session;

describe("validation", () => {
  it("rejects a malformed update: closed with 4400, never applied, broadcast or stored", async () => {
    const world = await createPlanWorld(session.server);
    const owner = join(world);
    await synced(owner);
    const ownerState = Y.encodeStateAsUpdate(owner.doc);
    const before = await storedBytes(world.plan.id);
    const rejected = session.server.collab.metrics.rejectedUpdates;
    const socket = await rawSocket(world, PlanRole.EDITOR);
    const code = closed(socket);
    socket.send(syncFrame(SyncMessageType.Update, Uint8Array.from([3, 200, 1, 7, 99, 250, 250, 250])));
    expect(await code).toBe(CloseCode.InvalidMessage);
    expect(session.server.collab.metrics.rejectedUpdates).toBe(rejected + 1);
    expect(Buffer.from(Y.encodeStateAsUpdate(owner.doc)).equals(Buffer.from(ownerState))).toBe(true);
    typeInto(owner, 0, 0, "still fine");
    await vi.waitFor(() => expect(owner.isSaved()).toBe(true));
    expect((await session.server.collab.documents.readPlan(world.plan.id)).sections[0].text).toBe("still fine");
    const after = await storedBytes(world.plan.id);
    expect(after.subarray(0, before.length).equals(before)).toBe(true);
    expect(await session.store.countUpdates(world.plan.id)).toBe(1);
  });

  it("asks for a resync (4510) instead of parking an update whose dependencies are missing", async () => {
    const world = await createPlanWorld(session.server);
    const before = await storedBytes(world.plan.id);
    const author = new Y.Doc();
    const run = new Y.XmlText("abc");
    author.getXmlFragment("section:resync").insert(0, [run]);
    const first = Y.encodeStateAsUpdate(author);
    const afterFirst = Y.encodeStateVector(author);
    run.insert(3, "d");
    const second = Y.encodeStateAsUpdate(author, afterFirst);
    const socket = await rawSocket(world, PlanRole.EDITOR);
    const code = closed(socket);
    socket.send(syncFrame(SyncMessageType.Update, second));
    expect(await code).toBe(CloseCode.ResyncRequired);
    expect(session.server.collab.metrics.incompleteUpdates).toBeGreaterThan(0);
    // In order, the same updates are accepted.
    const retry = await rawSocket(world, PlanRole.EDITOR);
    retry.send(syncFrame(SyncMessageType.Update, first));
    retry.send(syncFrame(SyncMessageType.Update, second));
    await vi.waitFor(async () => {
      const stored = new Y.Doc();
      for (const part of (await session.store.load(world.plan.id)).parts) Y.applyUpdate(stored, part);
      expect(stored.getXmlFragment("section:resync").toString()).toBe("abcd");
    });
    expect((await storedBytes(world.plan.id)).subarray(0, before.length).equals(before)).toBe(true);
    retry.close();
  });

  it("closes on unknown message types and text frames", async () => {
    const world = await createPlanWorld(session.server);
    const first = await rawSocket(world, PlanRole.OWNER);
    const firstCode = closed(first);
    first.send(Uint8Array.from([42, 0]));
    expect(await firstCode).toBe(CloseCode.InvalidMessage);
    const second = await rawSocket(world, PlanRole.OWNER);
    const secondCode = closed(second);
    second.send("hello");
    expect(await secondCode).toBe(CloseCode.InvalidMessage);
  });
});
