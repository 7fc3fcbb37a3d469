import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import WebSocket from "ws";
import * as awarenessProtocol from "y-protocols/awareness";
import * as Y from "yjs";
import { getSectionFragment, readPlan, setSectionReviewer, SectionKind } from "@planbridge/plan-schema";
import { CloseCode, collabPath, MessageType, StandardCloseCode, SyncMessageType } from "@planbridge/protocol";
import { DocStore } from "../../server/src/modules/collaboration/doc-store";
import { PlanRole } from "../../server/src/policies/plan-role";
import { SESSION_COOKIE } from "../../server/src/modules/auth/session.service";
import {
  closeCodeFor,
  connectClient,
  createPlanWorld,
  frame,
  startCollabServer,
  type CollabServer,
  type PlanWorld,
  type TestClient,
} from "./collab-harness";

let server: CollabServer;
let store: DocStore;
const clients: TestClient[] = [];

beforeAll(async () => {
  server = await startCollabServer({ compactAfterRows: 20, accessSweepMs: 100 });
  store = new DocStore(server.db.dataSource);
});
afterAll(async () => {
  for (const client of clients) client.destroy();
  await server?.close();
});

function join(world: PlanWorld, role: PlanRole | "outsider" = PlanRole.OWNER): TestClient {
  const client = connectClient(server.url, world.plan.id, world.cookies[role]);
  clients.push(client);
  return client;
}

async function synced(...all: TestClient[]): Promise<void> {
  await vi.waitFor(() => all.forEach((client) => expect(client.provider.synced).toBe(true)));
}

/** Types into the first paragraph of a section. */
function typeInto(client: TestClient, sectionIndex: number, at: number, text: string): void {
  const sectionId = readPlan(client.doc).sections[sectionIndex].id;
  const paragraph = getSectionFragment(client.doc, sectionId).get(0) as Y.XmlElement;
  let run = paragraph.get(0) as Y.XmlText | null;
  if (!(run instanceof Y.XmlText)) {
    run = new Y.XmlText();
    paragraph.insert(0, [run]);
  }
  run.insert(Math.min(at, run.length), text);
}

async function storedBytes(planId: string): Promise<Buffer> {
  return Buffer.concat((await store.load(planId)).parts);
}

function rawSocket(world: PlanWorld, role: PlanRole | "outsider"): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(server.url + collabPath(world.plan.id), { headers: { cookie: world.cookies[role] } });
    socket.once("open", () => resolve(socket));
    socket.once("error", reject);
  });
}

function closed(socket: WebSocket): Promise<number> {
  return new Promise((resolve) => socket.once("close", (code) => resolve(code)));
}

function syncFrame(syncType: number, payload: Uint8Array): Uint8Array {
  return frame(MessageType.Sync, syncType, payload);
}

describe("editing together", () => {
  it("converges after concurrent edits, stores the result, and gives a late joiner the full state", async () => {
    const world = await createPlanWorld(server);
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
    expect(await server.collab.documents.readPlan(world.plan.id)).toEqual(readPlan(alice.doc));
  });

  it("acknowledges saves only for durable writes, with the sender's clock", async () => {
    const world = await createPlanWorld(server);
    const alice = join(world);
    await synced(alice);
    typeInto(alice, 1, 0, "Saving this");
    await vi.waitFor(() => expect(alice.isSaved()).toBe(true));
    expect(alice.acks.at(-1)!.savedCount).toBeGreaterThanOrEqual(1);
    const stored = new Y.Doc();
    for (const part of (await store.load(world.plan.id)).parts) Y.applyUpdate(stored, part);
    expect(Y.getState(stored.store, alice.doc.clientID)).toBe(Y.getState(alice.doc.store, alice.doc.clientID));
  });

  it("applies server-side changes (reviewer assignment) live and durably", async () => {
    const world = await createPlanWorld(server);
    const alice = join(world);
    await synced(alice);
    const tactic = readPlan(alice.doc).sections.find((section) => section.kind === SectionKind.TACTIC)!;
    await server.collab.documents.change(world.plan.id, (doc) => setSectionReviewer(doc, tactic.id, world.users.EDITOR.id));
    await vi.waitFor(() =>
      expect(readPlan(alice.doc).sections.find((s) => s.id === tactic.id)?.reviewerId).toBe(world.users.EDITOR.id),
    );
    const stored = new Y.Doc();
    for (const part of (await store.load(world.plan.id)).parts) Y.applyUpdate(stored, part);
    expect(readPlan(stored).sections.find((s) => s.id === tactic.id)?.reviewerId).toBe(world.users.EDITOR.id);
  });

  it("unloads a document after the last client leaves, with everything persisted", async () => {
    const world = await createPlanWorld(server);
    const alice = join(world);
    await synced(alice);
    typeInto(alice, 2, 0, "before leaving");
    const expected = readPlan(alice.doc);
    alice.provider.disconnect();
    await vi.waitFor(() => expect(server.collab.connections().some((c) => c.grant.planId === world.plan.id)).toBe(false));
    await vi.waitFor(() => expect(server.collab.isLoaded(world.plan.id)).toBe(false));
    expect(await store.countUpdates(world.plan.id)).toBe(0); // folded into the snapshot on unload
    expect(await server.collab.documents.readPlan(world.plan.id)).toEqual(expected);
  });
});

describe("read-only roles", () => {
  for (const role of [PlanRole.COMMENTER, PlanRole.APPROVER, PlanRole.VIEWER]) {
    it(`drops a ${role}'s updates: stored bytes and other clients stay identical`, async () => {
      const world = await createPlanWorld(server);
      const owner = join(world);
      const reader = join(world, role);
      await synced(owner, reader);
      typeInto(owner, 0, 0, "owner text");
      await vi.waitFor(() => expect(owner.isSaved()).toBe(true));
      await vi.waitFor(() => expect(readPlan(reader.doc)).toEqual(readPlan(owner.doc)));
      const before = await storedBytes(world.plan.id);
      const ownerState = Y.encodeStateAsUpdate(owner.doc);
      const dropped = server.collab.metrics.droppedReadOnlyWrites;

      typeInto(reader, 0, 0, "sneaky edit");
      const socket = await rawSocket(world, role);
      const forged = new Y.Doc();
      forged.getText("forged").insert(0, "raw frame");
      socket.send(syncFrame(SyncMessageType.Update, Y.encodeStateAsUpdate(forged)));
      socket.send(syncFrame(SyncMessageType.SyncStep2, Y.encodeStateAsUpdate(forged)));

      await vi.waitFor(() => expect(server.collab.metrics.droppedReadOnlyWrites).toBeGreaterThanOrEqual(dropped + 3));
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
      for (const part of (await store.load(world.plan.id)).parts) Y.applyUpdate(stored, part);
      expect(readPlan(stored).sections[0].text).toBe("owner text");
      expect(stored.getText("forged").toString()).toBe("");
      socket.close();
    });
  }

  it("stores nothing at all for a read-only connection's writes", async () => {
    const world = await createPlanWorld(server);
    const reader = join(world, PlanRole.COMMENTER);
    await synced(reader);
    const before = await storedBytes(world.plan.id);
    const dropped = server.collab.metrics.droppedReadOnlyWrites;
    typeInto(reader, 0, 0, "not allowed");
    await vi.waitFor(() => expect(server.collab.metrics.droppedReadOnlyWrites).toBeGreaterThan(dropped));
    await server.collab.documents.readPlan(world.plan.id);
    expect((await storedBytes(world.plan.id)).equals(before)).toBe(true);
    expect(await store.countUpdates(world.plan.id)).toBe(0);
  });
});

describe("upgrade", () => {
  it("refuses unauthenticated, non-member, other-organisation and unknown-plan connections", async () => {
    const world = await createPlanWorld(server);
    const other = await createPlanWorld(server);
    const path = collabPath(world.plan.id);
    expect(await closeCodeFor(server, path)).toBe(CloseCode.Unauthenticated);
    expect(await closeCodeFor(server, path, `${SESSION_COOKIE}=forged-token`)).toBe(CloseCode.Unauthenticated);
    expect(await closeCodeFor(server, path, world.cookies.outsider)).toBe(CloseCode.Forbidden);
    // Another organisation's plan looks exactly like a random id (GraphQL answers NOT_FOUND for both).
    expect(await closeCodeFor(server, path, other.cookies.OWNER)).toBe(CloseCode.NotFound);
    expect(await closeCodeFor(server, collabPath("6d3f1c2a-0000-4000-8000-000000000000"), world.cookies.OWNER)).toBe(
      CloseCode.NotFound,
    );
    expect(await closeCodeFor(server, collabPath("not-a-uuid"), world.cookies.OWNER)).toBe(CloseCode.NotFound);
    expect(await closeCodeFor(server, "/collab/a/b", world.cookies.OWNER)).toBe(CloseCode.NotFound);
  });

  it("refuses a plan whose stored document cannot be loaded, and never overwrites it", async () => {
    const world = await createPlanWorld(server);
    const corrupt = Buffer.from([0xff, 0xff, 0xff, 0xff, 0x0f, 0x01]);
    await server.db.dataSource.query(`UPDATE doc_snapshots SET state = $1 WHERE plan_id = $2`, [corrupt, world.plan.id]);
    expect(await closeCodeFor(server, collabPath(world.plan.id), world.cookies.OWNER)).toBe(CloseCode.DocumentUnavailable);
    await expect(server.collab.documents.readPlan(world.plan.id)).rejects.toMatchObject({ code: "DOCUMENT_LOAD_FAILED" });
    await expect(server.collab.documents.change(world.plan.id, () => undefined)).rejects.toMatchObject({
      code: "DOCUMENT_LOAD_FAILED",
    });
    expect(await storedBytes(world.plan.id)).toEqual(corrupt);
    expect(await store.countUpdates(world.plan.id)).toBe(0);
  });
});

describe("validation", () => {
  it("rejects a malformed update: closed with 4400, never applied, broadcast or stored", async () => {
    const world = await createPlanWorld(server);
    const owner = join(world);
    await synced(owner);
    const ownerState = Y.encodeStateAsUpdate(owner.doc);
    const before = await storedBytes(world.plan.id);
    const rejected = server.collab.metrics.rejectedUpdates;
    const socket = await rawSocket(world, PlanRole.EDITOR);
    const code = closed(socket);
    socket.send(syncFrame(SyncMessageType.Update, Uint8Array.from([3, 200, 1, 7, 99, 250, 250, 250])));
    expect(await code).toBe(CloseCode.InvalidMessage);
    expect(server.collab.metrics.rejectedUpdates).toBe(rejected + 1);
    expect(Buffer.from(Y.encodeStateAsUpdate(owner.doc)).equals(Buffer.from(ownerState))).toBe(true);
    typeInto(owner, 0, 0, "still fine");
    await vi.waitFor(() => expect(owner.isSaved()).toBe(true));
    expect((await server.collab.documents.readPlan(world.plan.id)).sections[0].text).toBe("still fine");
    const after = await storedBytes(world.plan.id);
    expect(after.subarray(0, before.length).equals(before)).toBe(true);
    expect(await store.countUpdates(world.plan.id)).toBe(1);
  });

  it("asks for a resync (4510) instead of parking an update whose dependencies are missing", async () => {
    const world = await createPlanWorld(server);
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
    expect(server.collab.metrics.incompleteUpdates).toBeGreaterThan(0);
    // In order, the same updates are accepted.
    const retry = await rawSocket(world, PlanRole.EDITOR);
    retry.send(syncFrame(SyncMessageType.Update, first));
    retry.send(syncFrame(SyncMessageType.Update, second));
    await vi.waitFor(async () => {
      const stored = new Y.Doc();
      for (const part of (await store.load(world.plan.id)).parts) Y.applyUpdate(stored, part);
      expect(stored.getXmlFragment("section:resync").toString()).toBe("abcd");
    });
    expect((await storedBytes(world.plan.id)).subarray(0, before.length).equals(before)).toBe(true);
    retry.close();
  });

  it("closes on unknown message types and text frames", async () => {
    const world = await createPlanWorld(server);
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

describe("awareness", () => {
  it("stamps the signed-in user's identity and ignores claims on another connection's client id", async () => {
    const world = await createPlanWorld(server);
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

describe("revocation", () => {
  it("closes a removed member's sockets and a revoked session's sockets", async () => {
    const world = await createPlanWorld(server);
    const editor = await rawSocket(world, PlanRole.EDITOR);
    const editorClosed = closed(editor);
    server.events.emit("membership.removed", { planId: world.plan.id, userId: world.users.EDITOR.id });
    expect(await editorClosed).toBe(CloseCode.Forbidden);

    const { token, sessionId } = await server.sessions.createSession(world.users.VIEWER.id);
    const viewer = new WebSocket(server.url + collabPath(world.plan.id), { headers: { cookie: `${SESSION_COOKIE}=${token}` } });
    await new Promise((resolve) => viewer.once("open", resolve));
    const viewerClosed = closed(viewer);
    await server.sessions.revoke(sessionId);
    expect(await viewerClosed).toBe(CloseCode.SessionRevoked);
  });

  it("notices changes made without an event (another process, expiry) on its periodic sweep", async () => {
    const world = await createPlanWorld(server);
    const { dataSource } = server.db;
    const commenter = await rawSocket(world, PlanRole.COMMENTER);
    const commenterClosed = closed(commenter);
    await dataSource.query(`DELETE FROM plan_members WHERE plan_id = $1 AND user_id = $2`, [world.plan.id, world.users.COMMENTER.id]);
    expect(await commenterClosed).toBe(CloseCode.Forbidden);

    const viewer = await rawSocket(world, PlanRole.VIEWER);
    const viewerClosed = closed(viewer);
    await dataSource.query(`UPDATE sessions SET expires_at = now() - interval '1 minute' WHERE user_id = $1`, [world.users.VIEWER.id]);
    expect(await viewerClosed).toBe(CloseCode.SessionRevoked);

    const editor = join(world, PlanRole.EDITOR);
    await synced(editor);
    await dataSource.query(`UPDATE plans SET status = 'ARCHIVED' WHERE id = $1`, [world.plan.id]);
    await vi.waitFor(() =>
      expect(server.collab.connections().find((c) => c.userId === world.users.EDITOR.id)?.canWrite).toBe(false),
    );
    typeInto(editor, 0, 0, "archived plans are frozen");
    await vi.waitFor(() => expect(server.collab.connections().find((c) => c.userId === world.users.EDITOR.id)?.droppedWrites).toBeGreaterThan(0));
    expect((await server.collab.documents.readPlan(world.plan.id)).sections[0].text).toBe("");
  });

  it("makes a demoted editor read-only on the open socket", async () => {
    const world = await createPlanWorld(server);
    const editor = join(world, PlanRole.EDITOR);
    await synced(editor);
    server.events.emit("membership.changed", { planId: world.plan.id, userId: world.users.EDITOR.id, role: PlanRole.COMMENTER });
    const dropped = server.collab.metrics.droppedReadOnlyWrites;
    typeInto(editor, 0, 0, "after demotion");
    await vi.waitFor(() => expect(server.collab.metrics.droppedReadOnlyWrites).toBeGreaterThan(dropped));
    expect((await server.collab.documents.readPlan(world.plan.id)).sections[0].text).toBe("");
  });
});

describe("limits", () => {
  let limited: CollabServer;
  beforeAll(async () => {
    limited = await startCollabServer({
      limits: { maxFrameBytes: 64 * 1024, maxUpdateBytes: 4 * 1024, maxDocBytes: 16 * 1024, messagesPerSecond: 20, messageBurst: 40 },
    });
  });
  afterAll(async () => {
    await limited?.close();
  });

  async function socketFor(role: PlanRole = PlanRole.OWNER): Promise<WebSocket> {
    const world = await createPlanWorld(limited);
    const socket = new WebSocket(limited.url + collabPath(world.plan.id), { headers: { cookie: world.cookies[role] } });
    await new Promise((resolve) => socket.once("open", resolve));
    return socket;
  }

  it("closes with 1009 on a frame above the cap", async () => {
    const socket = await socketFor();
    const code = closed(socket);
    socket.send(new Uint8Array(100 * 1024));
    expect(await code).toBe(StandardCloseCode.FrameTooLarge);
  });

  it("closes with 4413 on an update above the size limit", async () => {
    const socket = await socketFor();
    const code = closed(socket);
    const big = new Y.Doc();
    big.getText("t").insert(0, "x".repeat(8 * 1024));
    socket.send(syncFrame(SyncMessageType.Update, Y.encodeStateAsUpdate(big)));
    expect(await code).toBe(CloseCode.TooLarge);
  });

  it("closes with 4413 once the document would grow past its size limit, keeping what was stored", async () => {
    const socket = await socketFor();
    const code = closed(socket);
    const doc = new Y.Doc();
    const text = new Y.XmlText();
    for (let i = 0; i < 10; i++) {
      const before = Y.encodeStateVector(doc);
      if (i === 0) doc.getXmlFragment("section:big").insert(0, [text]);
      text.insert(text.length, String(i).repeat(3 * 1024));
      socket.send(syncFrame(SyncMessageType.Update, Y.encodeStateAsUpdate(doc, before)));
    }
    expect(await code).toBe(CloseCode.TooLarge);
    expect(limited.collab.metrics.acceptedUpdates).toBeGreaterThan(0);
    expect(limited.collab.metrics.acceptedBytes).toBeLessThanOrEqual(16 * 1024);
  });

  it("closes with 4529 when a connection floods messages", async () => {
    const socket = await socketFor();
    const code = closed(socket);
    const query = Uint8Array.from([MessageType.QueryAwareness]);
    for (let i = 0; i < 200; i++) socket.send(query);
    expect(await code).toBe(CloseCode.RateLimited);
  });
});
