/** Editing a plan together: convergence, durable save acknowledgements, server-side edits, unloading. */
import { describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import { readPlan, setSectionReviewer, SectionKind } from "@planbridge/plan-schema";
import { PlanRole } from "../../server/src/policies/plan-role";
import { createPlanWorld } from "./collab-harness";
import { typeInto, useCollabServer } from "./collab-session";

const session = useCollabServer();
const { join, synced } = session;

describe("editing together", () => {
  it("converges after concurrent edits, stores the result, and gives a late joiner the full state", async () => {
    const world = await createPlanWorld(session.server);
    const [alice, bob] = [join(world), join(world, PlanRole.EDITOR)];
    await synced(alice, bob);
    for (let i = 0; i < 20; i++) {
      typeInto(alice, 0, i, "a");
      typeInto(bob, 0, 0, "b");
      typeInto(bob, 5, i, "x");
    }
    await vi.waitFor(() => expect(Y.encodeStateVector(alice.doc)).toEqual(Y.encodeStateVector(bob.doc)));
    expect(readPlan(alice.doc)).toEqual(readPlan(bob.doc));
    const text = readPlan(alice.doc).sections[0].text;
    expect(text.split("a").length - 1).toBe(20);
    expect(text.split("b").length - 1).toBe(20);

    await vi.waitFor(() => expect(alice.isSaved() && bob.isSaved()).toBe(true));
    const carol = join(world, PlanRole.VIEWER);
    await synced(carol);
    expect(readPlan(carol.doc)).toEqual(readPlan(alice.doc));
    expect(await session.server.collab.documents.readPlan(world.plan.id)).toEqual(readPlan(alice.doc));
  });

  it("acknowledges saves only for durable writes, with the sender's clock", async () => {
    const world = await createPlanWorld(session.server);
    const alice = join(world);
    await synced(alice);
    typeInto(alice, 1, 0, "Saving this");
    await vi.waitFor(() => expect(alice.isSaved()).toBe(true));
    expect(alice.acks.at(-1)!.savedCount).toBeGreaterThanOrEqual(1);
    const stored = new Y.Doc();
    for (const part of (await session.store.load(world.plan.id)).parts) Y.applyUpdate(stored, part);
    expect(Y.getState(stored.store, alice.doc.clientID)).toBe(Y.getState(alice.doc.store, alice.doc.clientID));
  });

  it("applies server-side changes (reviewer assignment) live and durably", async () => {
    const world = await createPlanWorld(session.server);
    const alice = join(world);
    await synced(alice);
    const tactic = readPlan(alice.doc).sections.find((section) => section.kind === SectionKind.TACTIC)!;
    await session.server.collab.documents.change(world.plan.id, (doc) => setSectionReviewer(doc, tactic.id, world.users.EDITOR.id));
    await vi.waitFor(() =>
      expect(readPlan(alice.doc).sections.find((s) => s.id === tactic.id)?.reviewerId).toBe(world.users.EDITOR.id),
    );
    const stored = new Y.Doc();
    for (const part of (await session.store.load(world.plan.id)).parts) Y.applyUpdate(stored, part);
    expect(readPlan(stored).sections.find((s) => s.id === tactic.id)?.reviewerId).toBe(world.users.EDITOR.id);
  });

  it("unloads a document after the last client leaves, with everything persisted", async () => {
    const world = await createPlanWorld(session.server);
    const alice = join(world);
    await synced(alice);
    typeInto(alice, 2, 0, "before leaving");
    const expected = readPlan(alice.doc);
    alice.provider.disconnect();
    await vi.waitFor(() => expect(session.server.collab.connections().some((c) => c.grant.planId === world.plan.id)).toBe(false));
    await vi.waitFor(() => expect(session.server.collab.isLoaded(world.plan.id)).toBe(false));
    expect(await session.store.countUpdates(world.plan.id)).toBe(0); // folded into the snapshot on unload
    expect(await session.server.collab.documents.readPlan(world.plan.id)).toEqual(expected);
  });
});
