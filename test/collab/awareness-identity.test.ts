/** Presence: the server stamps who is speaking; a client cannot speak for another's awareness id. */
import { describe, expect, it, vi } from "vitest";
import * as awarenessProtocol from "y-protocols/awareness";
import * as Y from "yjs";
import { MessageType } from "@planbridge/protocol";
import { PlanRole } from "../../server/src/policies/plan-role";
import { createPlanWorld, frame } from "./collab-harness";
import { useCollabServer } from "./collab-session";

const session = useCollabServer();
const { join, synced, rawSocket } = session;

describe("awareness", () => {
  it("stamps the signed-in user's identity and ignores claims on another connection's client id", async () => {
    const world = await createPlanWorld(session.server);
    const [alice, bob] = [join(world), join(world, PlanRole.EDITOR)];
    await synced(alice, bob);
    alice.provider.awareness.setLocalStateField("user", { id: world.users.EDITOR.id, name: "Mallory", color: "#000000" });
    await vi.waitFor(() =>
      expect(bob.provider.awareness.getStates().get(alice.doc.clientID)?.user).toEqual({
        id: world.owner.id,
        name: world.owner.name,
        color: world.owner.color,
      }),
    );
    // A third connection forges an update for Alice's client id with a newer clock.
    const forger = await rawSocket(world, PlanRole.COMMENTER);
    const fake = new awarenessProtocol.Awareness(new Y.Doc());
    fake.clientID = alice.doc.clientID;
    fake.setLocalState({ user: { name: "Forged" }, cursor: null });
    for (let i = 0; i < 5; i++) fake.setLocalState({ user: { name: "Forged" }, cursor: i });
    forger.send(frame(MessageType.Awareness, null, awarenessProtocol.encodeAwarenessUpdate(fake, [alice.doc.clientID])));
    // Bob's own later change proves the forged frame was processed before it.
    bob.provider.awareness.setLocalStateField("cursor", 1);
    await vi.waitFor(() => expect(alice.provider.awareness.getStates().get(bob.doc.clientID)?.cursor).toBe(1));
    expect(bob.provider.awareness.getStates().get(alice.doc.clientID)?.user.name).toBe(world.owner.name);
    forger.close();
    fake.destroy();
  });
});
