/** Read-only roles (commenter, approver, viewer): their writes are dropped and never stored. */
import { describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import { readPlan } from "@planbridge/plan-schema";
import { SyncMessageType } from "@planbridge/protocol";
import { PlanRole } from "../../server/src/policies/plan-role";
import { createPlanWorld } from "./collab-harness";
import { syncFrame, typeInto, useCollabServer } from "./collab-session";

const session = useCollabServer();
const { join, synced, storedBytes, rawSocket } = session;

describe("read-only roles", () => {
  for (const role of [PlanRole.COMMENTER, PlanRole.APPROVER, PlanRole.VIEWER]) {
    it(`drops a ${role}'s updates: stored bytes and other clients stay identical`, async () => {
      const world = await createPlanWorld(session.server);
      const owner = join(world);
      const reader = join(world, role);
      await synced(owner, reader);
      typeInto(owner, 0, 0, "owner text");
      await vi.waitFor(() => expect(owner.isSaved()).toBe(true));
      await vi.waitFor(() => expect(readPlan(reader.doc)).toEqual(readPlan(owner.doc)));
      const before = await storedBytes(world.plan.id);
      const ownerState = Y.encodeStateAsUpdate(owner.doc);
      const dropped = session.server.collab.metrics.droppedReadOnlyWrites;

      typeInto(reader, 0, 0, "sneaky edit");
      const socket = await rawSocket(world, role);
      const forged = new Y.Doc();
      forged.getText("forged").insert(0, "raw frame");
      socket.send(syncFrame(SyncMessageType.Update, Y.encodeStateAsUpdate(forged)));
      socket.send(syncFrame(SyncMessageType.SyncStep2, Y.encodeStateAsUpdate(forged)));

      await vi.waitFor(() => expect(session.server.collab.metrics.droppedReadOnlyWrites).toBeGreaterThanOrEqual(dropped + 3));
      // A later owner edit round-trips, so anything the reader sent before it has been processed.
      typeInto(owner, 1, 0, "!");
      await vi.waitFor(() => expect(owner.isSaved()).toBe(true));
      expect(Y.getState(owner.doc.store, reader.doc.clientID)).toBe(0);
      const ownerBefore = new Y.Doc();
      Y.applyUpdate(ownerBefore, ownerState);
      expect(readPlan(owner.doc).sections[0]).toEqual(readPlan(ownerBefore).sections[0]);
      expect(owner.doc.getText("forged").toString()).toBe("");
      const after = await storedBytes(world.plan.id);
      expect(after.subarray(0, before.length).equals(before)).toBe(true);
      const stored = new Y.Doc();
      for (const part of (await session.store.load(world.plan.id)).parts) Y.applyUpdate(stored, part);
      expect(readPlan(stored).sections[0].text).toBe("owner text");
      expect(stored.getText("forged").toString()).toBe("");
      socket.close();
    });
  }

  it("stores nothing at all for a read-only connection's writes", async () => {
    const world = await createPlanWorld(session.server);
    const reader = join(world, PlanRole.COMMENTER);
    await synced(reader);
    const before = await storedBytes(world.plan.id);
    const dropped = session.server.collab.metrics.droppedReadOnlyWrites;
    typeInto(reader, 0, 0, "not allowed");
    await vi.waitFor(() => expect(session.server.collab.metrics.droppedReadOnlyWrites).toBeGreaterThan(dropped));
    await session.server.collab.documents.readPlan(world.plan.id);
    expect((await storedBytes(world.plan.id)).equals(before)).toBe(true);
    expect(await session.store.countUpdates(world.plan.id)).toBe(0);
  });
});
