/**
 * The collaboration socket's authorisation matrix against the real server: every actor (the five plan
 * roles, a non-member of the organisation, another organisation's user, signed out) x every socket
 * action (connect, read the document, write to it, publish presence). A new role or action without an
 * entry fails the test.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as awarenessProtocol from "y-protocols/awareness";
import * as decoding from "lib0/decoding";
import * as Y from "yjs";
import { getSectionFragment, readPlan } from "@planbridge/plan-schema";
import { CloseCode, MessageType, SyncMessageType } from "@planbridge/protocol";
import { PlanRole } from "../../server/src/policies/plan-role";
import { createOrganization, createUser, sessionCookie } from "../../server/src/test-support/fixtures";
import { createPlanWorld, frame, startCollabServer, type CollabServer, type PlanWorld } from "../collab/collab-harness";
import { openRaw, roundTrip, storedDoc, updateFrame, type RawClient } from "./collab-socket-support";

const ACTORS = [...Object.values(PlanRole), "NON_MEMBER", "OTHER_ORGANIZATION", "SIGNED_OUT"] as const;
type Actor = (typeof ACTORS)[number];
const ACTIONS = ["connect", "read", "write", "awareness"] as const;
type Action = (typeof ACTIONS)[number];

/** connect: "open" or the close code; read/awareness: allowed; write: stored, dropped (read-only) or impossible. */
type Outcome = Record<Action, unknown> & { connect: "open" | number; read: boolean; write: "stored" | "dropped" | "refused"; awareness: boolean };

const WRITER: Outcome = { connect: "open", read: true, write: "stored", awareness: true };
const READER: Outcome = { connect: "open", read: true, write: "dropped", awareness: true };
const refused = (code: number): Outcome => ({ connect: code, read: false, write: "refused", awareness: false });

const MATRIX: Record<Actor, Outcome> = {
  OWNER: WRITER,
  EDITOR: WRITER,
  COMMENTER: READER,
  APPROVER: READER,
  VIEWER: READER,
  NON_MEMBER: refused(CloseCode.Forbidden),
  // Same code as a plan that does not exist: the socket does not reveal another organisation's plans.
  OTHER_ORGANIZATION: refused(CloseCode.NotFound),
  SIGNED_OUT: refused(CloseCode.Unauthenticated),
};

let server: CollabServer;
let world: PlanWorld;
let cookies: Record<Actor, string | undefined>;
let userIds: Partial<Record<Actor, string>>;
beforeAll(async () => {
  server = await startCollabServer();
  world = await createPlanWorld(server);
  const foreigner = await createUser(server.db.dataSource, { organizationId: (await createOrganization(server.db.dataSource)).id });
  cookies = {
    ...world.cookies,
    NON_MEMBER: world.cookies.outsider,
    OTHER_ORGANIZATION: await sessionCookie(server.sessions, foreigner.id),
    SIGNED_OUT: undefined,
  };
  userIds = Object.fromEntries(Object.values(PlanRole).map((role) => [role, world.users[role].id]));
});
afterAll(async () => {
  await server?.close();
});

it("has an entry for every actor and action", () => {
  expect(Object.keys(MATRIX).sort()).toEqual([...ACTORS].sort());
  for (const outcome of Object.values(MATRIX)) expect(Object.keys(outcome).sort()).toEqual([...ACTIONS].sort());
});

/** The SyncStep2 payload the server sent, applied to a fresh doc (null when none arrived). */
function documentFrom(client: RawClient): Y.Doc | null {
  const message = client.messages.find((m) => m[0] === MessageType.Sync && m[1] === SyncMessageType.SyncStep2);
  if (!message) return null;
  const decoder = decoding.createDecoder(message);
  decoding.readVarUint(decoder);
  decoding.readVarUint(decoder);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, decoding.readVarUint8Array(decoder));
  return doc;
}

/** The user ids in presence messages a client received. */
function presenceUsers(client: RawClient): string[] {
  return client.messages
    .filter((m) => m[0] === MessageType.Awareness)
    .flatMap((m) => {
      const decoder = decoding.createDecoder(m);
      decoding.readVarUint(decoder);
      const update = decoding.createDecoder(decoding.readVarUint8Array(decoder));
      return Array.from({ length: decoding.readVarUint(update) }, () => {
        decoding.readVarUint(update);
        decoding.readVarUint(update);
        return (JSON.parse(decoding.readVarString(update)) as { user?: { id: string } } | null)?.user?.id ?? "";
      });
    });
}

describe("collaboration socket", () => {
  for (const actor of ACTORS) {
    it(`${actor}: ${JSON.stringify(MATRIX[actor])}`, async () => {
      const expected = MATRIX[actor];
      const watcher = await openRaw(server.url, world.plan.id, world.cookies.OWNER);
      await roundTrip(watcher);
      const client = await openRaw(server.url, world.plan.id, cookies[actor]);
      if (expected.connect !== "open") {
        expect(await client.closed).toBe(expected.connect);
        expect(documentFrom(client)).toBeNull();
        watcher.socket.close();
        return;
      }
      expect(client.socket.readyState).toBe(client.socket.OPEN);

      // read
      await roundTrip(client);
      const received = documentFrom(client);
      expect(received !== null && readPlan(received).sections.length > 0).toBe(expected.read);

      // write
      const replica = await storedDoc(server, world.plan.id);
      const marker = `written by ${actor}`;
      const dropped = server.collab.metrics.droppedReadOnlyWrites;
      client.socket.send(
        updateFrame(replica, (doc) => (getSectionFragment(doc, readPlan(doc).sections[0].id).get(0) as Y.XmlElement).insert(0, [new Y.XmlText(marker)])),
      );
      await roundTrip(client);
      const text = (await server.collab.documents.readPlan(world.plan.id)).sections[0].text;
      expect(text.includes(marker)).toBe(expected.write === "stored");
      expect(server.collab.metrics.droppedReadOnlyWrites > dropped).toBe(expected.write === "dropped");

      // awareness: relayed to the other members with the server's identity
      const presence = new awarenessProtocol.Awareness(new Y.Doc());
      presence.setLocalState({ cursor: null, user: { id: "forged", name: "Forged" } });
      client.socket.send(frame(MessageType.Awareness, null, awarenessProtocol.encodeAwarenessUpdate(presence, [presence.clientID])));
      presence.destroy();
      await roundTrip(client);
      await roundTrip(watcher);
      expect(presenceUsers(watcher).includes(userIds[actor]!)).toBe(expected.awareness);
      expect(presenceUsers(watcher)).not.toContain("forged");
      client.socket.close();
      watcher.socket.close();
    });
  }
});
