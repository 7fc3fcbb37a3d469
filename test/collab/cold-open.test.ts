/**
 * Opening a plan nobody has open: the server accepts the socket before its document is loaded and
 * answers from the stored snapshot without building the document. Frames sent meanwhile are kept.
 */
import { describe, expect, it, vi } from "vitest";
import WebSocket from "ws";
import * as Y from "yjs";
import { readPlan } from "@planbridge/plan-schema";
import { collabPath, decodeSaveAck, MessageType, SAVE_ACKS_PARAM, SyncMessageType } from "@planbridge/protocol";
import { connectClient, createPlanWorld, type PlanWorld } from "./collab-harness";
import { syncFrame, typeInto, useCollabServer } from "./collab-session";

const session = useCollabServer();
const { join, synced } = session;

const EDITS = 2_000;

interface StoredPlan {
  /** The document as stored: one snapshot holding the template and EDITS edits. */
  doc: Y.Doc;
  /** The state after half of the edits (what a client that was offline meanwhile holds). */
  halfway: Uint8Array;
}

/** Stores the plan as one compacted snapshot of many edits (with its state vector), as compaction leaves it. */
async function storeLargeSnapshot(world: PlanWorld): Promise<StoredPlan> {
  const doc = new Y.Doc();
  for (const part of (await session.store.load(world.plan.id)).parts) Y.applyUpdate(doc, part);
  let halfway = Y.encodeStateAsUpdate(doc);
  for (let i = 0; i < EDITS; i++) {
    typeInto({ doc }, i % 3, i, `edit ${i} `);
    if (i === EDITS / 2) halfway = Y.encodeStateAsUpdate(doc);
  }
  await session.server.db.dataSource.query(`UPDATE doc_snapshots SET state = $2, state_vector = $3 WHERE plan_id = $1`, [
    world.plan.id,
    Buffer.from(Y.encodeStateAsUpdate(doc)),
    Buffer.from(Y.encodeStateVector(doc)),
  ]);
  return { doc, halfway };
}

function docOf(update: Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update);
  return doc;
}

async function storedDoc(planId: string): Promise<Y.Doc> {
  const doc = new Y.Doc();
  for (const part of (await session.store.load(planId)).parts) Y.applyUpdate(doc, part);
  return doc;
}

/**
 * Makes document loads wait (a lock on the snapshot table; the upgrade's access check does not read
 * it) until the returned function is called, so frames provably reach the server before the document.
 * On the embedded database (one connection, no lock waits) loads are not held.
 */
async function holdDocumentLoads(): Promise<() => Promise<void>> {
  if (!session.server.db.databaseUrl) return () => Promise.resolve();
  const runner = session.server.db.dataSource.createQueryRunner();
  await runner.connect();
  await runner.startTransaction();
  await runner.query(`LOCK TABLE doc_snapshots IN ACCESS EXCLUSIVE MODE`);
  return async () => {
    await runner.commitTransaction();
    await runner.release();
  };
}

/** A bare owner socket (asking for acks) that sends `frames` the moment it opens, before the server said anything. */
function socketSendingOnOpen(world: PlanWorld, frames: Uint8Array[]): { socket: WebSocket; received: Buffer[]; sent: Promise<void> } {
  const url = `${session.server.url}${collabPath(world.plan.id)}?${SAVE_ACKS_PARAM}=1`;
  const socket = new WebSocket(url, { headers: { cookie: world.cookies.OWNER } });
  const received: Buffer[] = [];
  socket.on("message", (data: Buffer) => received.push(data));
  const sent = new Promise<void>((resolve) =>
    socket.once("open", () => {
      frames.forEach((frame) => socket.send(frame));
      resolve();
    }),
  );
  return { socket, received, sent };
}

describe("opening a plan that is not loaded", () => {
  it("gives clients that connect together the stored state from one load, then relays their edits", async () => {
    const world = await createPlanWorld(session.server);
    const stored = await storeLargeSnapshot(world);
    const loadsBefore = session.server.collab.metrics.documentsLoaded;
    const releaseLoads = await holdDocumentLoads();
    const [alice, bob] = [join(world), join(world)];
    await vi.waitFor(() => expect(alice.provider.wsconnected && bob.provider.wsconnected).toBe(true));
    expect(alice.provider.synced || bob.provider.synced).toBe(false);
    await releaseLoads();
    await synced(alice, bob);
    expect(readPlan(alice.doc)).toEqual(readPlan(stored.doc));
    expect(readPlan(bob.doc)).toEqual(readPlan(stored.doc));
    expect(session.server.collab.metrics.documentsLoaded).toBe(loadsBefore + 1);

    typeInto(alice, 0, 0, "after the load ");
    typeInto(bob, 1, 0, "and from bob ");
    await vi.waitFor(() => expect(Y.encodeStateVector(bob.doc)).toEqual(Y.encodeStateVector(alice.doc)));
    expect(readPlan(bob.doc)).toEqual(readPlan(alice.doc));
    await vi.waitFor(() => expect(alice.isSaved() && bob.isSaved()).toBe(true));
    expect(readPlan(await storedDoc(world.plan.id))).toEqual(readPlan(alice.doc));
  });

  it("keeps, relays, stores and acknowledges edits sent the moment the socket opens", async () => {
    const world = await createPlanWorld(session.server);
    const stored = await storeLargeSnapshot(world);
    const writer = docOf(Y.encodeStateAsUpdate(stored.doc));
    const edits: Uint8Array[] = [];
    writer.on("update", (update: Uint8Array) => edits.push(update));
    typeInto({ doc: writer }, 1, 0, "typed before the sync ");
    typeInto({ doc: writer }, 2, 0, "and a second edit ");
    const releaseLoads = await holdDocumentLoads();
    const early = socketSendingOnOpen(world, [
      syncFrame(SyncMessageType.SyncStep1, Y.encodeStateVector(writer)),
      ...edits.map((update) => syncFrame(SyncMessageType.Update, update)),
    ]);
    const watcher = join(world);
    await early.sent;
    await vi.waitFor(() => expect(watcher.provider.wsconnected).toBe(true));
    expect(early.received).toHaveLength(0);
    await releaseLoads();
    await synced(watcher);

    await vi.waitFor(() => expect(readPlan(watcher.doc)).toEqual(readPlan(writer)));
    await vi.waitFor(() => expect(early.received.some((data) => data[0] === MessageType.SaveAck)).toBe(true));
    const ack = decodeSaveAck(early.received.filter((data) => data[0] === MessageType.SaveAck).at(-1)!);
    expect(ack.savedCount).toBe(2);
    expect(ack.clocks.get(writer.clientID)).toBe(Y.getState(writer.store, writer.clientID));
    expect(readPlan(await storedDoc(world.plan.id))).toEqual(readPlan(writer));
    early.socket.close();
  });

  it("sends a client that holds part of the plan exactly what it lacks, and takes its offline edit", async () => {
    const world = await createPlanWorld(session.server);
    const stored = await storeLargeSnapshot(world);
    const offline = docOf(stored.halfway);
    typeInto({ doc: offline }, 0, 0, "written offline ");
    const expected = docOf(Y.encodeStateAsUpdate(stored.doc));
    Y.applyUpdate(expected, Y.encodeStateAsUpdate(offline));

    const returning = connectClient(session.server.url, world.plan.id, world.cookies.OWNER, offline);
    try {
      await synced(returning);
      await vi.waitFor(() => expect(Y.encodeStateVector(returning.doc)).toEqual(Y.encodeStateVector(expected)));
      expect(readPlan(returning.doc)).toEqual(readPlan(expected));
      await vi.waitFor(() => expect(returning.isSaved()).toBe(true));
      expect(readPlan(await storedDoc(world.plan.id))).toEqual(readPlan(expected));
    } finally {
      returning.destroy();
    }
  });
});
