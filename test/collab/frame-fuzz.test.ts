/**
 * Frame fuzz (issue 8): 10,000 random and mutated frames (FUZZ_FRAMES=100000 for more) from four kinds
 * of sockets at once: signed-out raw TCP sockets (malformed WebSocket framing before the close
 * handshake ends), an editor's raw TCP socket (malformed framing on an accepted socket), and an editor's
 * and a viewer's WebSocket (y-protocol messages: random bytes, mutated sync steps, updates and
 * presence, and well-formed updates that break the plan layout). Meanwhile an honest editor types.
 * Whatever arrives, the server keeps serving, stores only what it can load again, and every honest
 * client ends with the same document as storage. Seeded (FUZZ_SEED), printed on failure.
 */
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import WebSocket from "ws";
import * as awarenessProtocol from "y-protocols/awareness";
import * as Y from "yjs";
import { addSection, getSectionFragment, getSections, readPlan, renameSection, SectionField, SectionKind, setSectionReviewer } from "@planbridge/plan-schema";
import { collabPath, MessageType, SyncMessageType } from "@planbridge/protocol";
import { DocStore } from "../../server/src/modules/collaboration/doc-store";
import { PlanRole } from "../../server/src/policies/plan-role";
import { clientFrame, handshakeDone, rawUpgrade } from "../security/raw-socket";
import { connectClient, createPlanWorld, frame, startCollabServer, type CollabServer, type PlanWorld, type TestClient } from "./collab-harness";
import { seededRandom } from "./seeded-random";

const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Date.now() % 1_000_000;
const FRAMES = process.env.FUZZ_FRAMES ? Number(process.env.FUZZ_FRAMES) : 10_000;
/** Share of the frames each kind of socket sends. */
const SHARES = { editor: 0.4, viewer: 0.25, signedOut: 0.2, editorRaw: 0.15 };

let server: CollabServer;
beforeAll(async () => {
  // Rate limits would end most sockets early; the fuzz is about what a frame can do, not how many.
  const unlimited = 1e12;
  server = await startCollabServer({
    limits: { messagesPerSecond: unlimited, messageBurst: unlimited, updateBytesPerSecond: unlimited, updateByteBurst: unlimited, awarenessBytesPerSecond: unlimited, awarenessByteBurst: unlimited },
  });
});
afterAll(async () => {
  await server?.close();
});

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];
const randomBytes = (random: Random, length: number) => Uint8Array.from({ length }, () => Math.floor(random() * 256));

function mutate(random: Random, bytes: Uint8Array): Uint8Array {
  const roll = random();
  if (roll < 0.2) return bytes.slice(0, Math.floor(random() * bytes.length)); // truncated
  const mutated = bytes.slice();
  for (let i = 0; i < 1 + Math.floor(random() * 4); i++) mutated[Math.floor(random() * mutated.length)] = Math.floor(random() * 256);
  return mutated;
}

/** Edits a replica of the plan would make: honest ones, and well-formed ones that break the layout. */
const EDITS: ((doc: Y.Doc, random: Random) => void)[] = [
  (doc, random) => {
    const id = anySectionId(doc, random);
    if (id) (getSectionFragment(doc, id).get(0) as Y.XmlElement | undefined)?.insert?.(0, [new Y.XmlText("fuzz ")]);
  },
  (doc, random) => renameSection(doc, anySectionId(doc, random) ?? "", `Renamed ${Math.floor(random() * 100)}`),
  (doc) => addSection(doc, "Fuzz section", SectionKind.CUSTOM),
  (doc) => getSections(doc).push(["not a map"] as never[]),
  (doc, random) => setSectionReviewer(doc, anySectionId(doc, random) ?? "", "someone-else"),
  (doc) => getSections(doc).delete(0, getSections(doc).length),
  (doc) => (getSections(doc).get(0) as unknown) instanceof Y.Map && getSections(doc).get(0).set(SectionField.kind, 42),
  (doc) => doc.getText("elsewhere").insert(0, "x"),
];

function anySectionId(doc: Y.Doc, random: Random): string | null {
  const sections = readPlan(doc).sections;
  return sections.length > 0 ? pick(random, sections).id : null;
}

/** One y-protocol message for a WebSocket lane; `replica` is an up-to-date copy of the plan. */
function protocolFrame(random: Random, replica: Y.Doc): Uint8Array {
  const roll = random();
  if (roll < 0.1) return randomBytes(random, 1 + Math.floor(random() * 40));
  if (roll < 0.2) return frame(MessageType.Sync, pick(random, [0, 1, 2, 3, 9]), randomBytes(random, Math.floor(random() * 40)));
  if (roll < 0.3) return frame(MessageType.Awareness, null, randomBytes(random, Math.floor(random() * 60)));
  if (roll < 0.35) return Uint8Array.of(pick(random, [MessageType.QueryAwareness, MessageType.Auth, 4, 100, 127]));
  const presence = new awarenessProtocol.Awareness(new Y.Doc());
  presence.setLocalState({ cursor: { anchor: Math.floor(random() * 100) }, user: { name: "fuzz" } });
  const awarenessUpdate = awarenessProtocol.encodeAwarenessUpdate(presence, [presence.clientID]);
  presence.destroy();
  if (roll < 0.45) return frame(MessageType.Awareness, null, roll < 0.4 ? awarenessUpdate : mutate(random, awarenessUpdate));
  if (roll < 0.5) return frame(MessageType.Sync, SyncMessageType.SyncStep1, mutate(random, Y.encodeStateVector(replica)));
  const before = Y.encodeStateVector(replica);
  replica.transact(() => pick(random, EDITS)(replica, random));
  const update = Y.encodeStateAsUpdate(replica, before);
  const syncType = random() < 0.5 ? SyncMessageType.Update : SyncMessageType.SyncStep2;
  return frame(MessageType.Sync, syncType, roll < 0.75 ? update : mutate(random, update));
}

/** One WebSocket frame as raw client bytes, mostly malformed at the framing level. */
function rawFrame(random: Random, message: () => Uint8Array): Buffer {
  const roll = random();
  if (roll < 0.15) return Buffer.from([0x81, 0x81, 0, 0, 0, 0, 0xc0 | Math.floor(random() * 64)]); // invalid UTF-8 text
  if (roll < 0.25) return Buffer.from([0x82, 0xff, ...randomBytes(random, 8), 0, 0, 0, 0]); // absurd length
  if (roll < 0.35) return clientFrame(0x9, randomBytes(random, 126 + Math.floor(random() * 10))); // control frame too long
  if (roll < 0.45) return clientFrame(0x1, randomBytes(random, 4), false); // fragmented text never finished
  if (roll < 0.55) return clientFrame(0x0, randomBytes(random, 3)); // continuation without a start
  if (roll < 0.65) return clientFrame(0x8, Uint8Array.of(0x03, 0xe7 + Math.floor(random() * 20))); // close with an odd code
  if (roll < 0.75) return Buffer.from(randomBytes(random, 2 + Math.floor(random() * 20))); // anything
  if (roll < 0.85) return Buffer.concat([Buffer.from([0x82 | 0x70, 0x82, 0, 0, 0, 0, 1, 2])]); // reserved bits
  return clientFrame(0x2, message()); // a well-framed protocol message
}

interface Counter {
  sent: number;
}

/** Sends `budget` frames through WebSockets of `role`, reconnecting whenever the server closes one. */
async function webSocketLane(world: PlanWorld, role: PlanRole, budget: number, random: Random, watcher: TestClient, count: Counter): Promise<void> {
  while (count.sent < budget) {
    const socket = new WebSocket(server.url + collabPath(world.plan.id), { headers: { cookie: world.cookies[role] } });
    socket.on("error", () => undefined);
    const isOpen = await new Promise<boolean>((resolve) => {
      socket.once("open", () => resolve(true));
      socket.once("close", () => resolve(false));
    });
    if (!isOpen) continue; // refused while the plan reloads after an eviction
    const replica = new Y.Doc();
    Y.applyUpdate(replica, Y.encodeStateAsUpdate(watcher.doc));
    while (socket.readyState === WebSocket.OPEN && count.sent < budget) {
      socket.send(protocolFrame(random, replica));
      count.sent++;
      if (count.sent % 8 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    socket.terminate();
    replica.destroy();
  }
}

/** Raw TCP sockets (signed out, or an editor's): malformed framing, several frames per connection. */
async function rawLane(port: number, path: string, cookie: string | undefined, budget: number, random: Random, count: Counter): Promise<void> {
  const replica = new Y.Doc();
  while (count.sent < budget) {
    const raw = rawUpgrade(port, path, cookie ? { cookie } : {});
    await handshakeDone(raw);
    const burst = 1 + Math.floor(random() * 6);
    for (let i = 0; i < burst && count.sent < budget && !raw.socket.destroyed; i++) {
      raw.socket.write(rawFrame(random, () => protocolFrame(random, replica)));
      count.sent++;
    }
    raw.socket.end();
    await raw.closed;
  }
  replica.destroy();
}

it(`survives ${FRAMES} random and mutated frames (seed ${SEED})`, { timeout: 300_000 }, async () => {
  const world = await createPlanWorld(server);
  const watcher = connectClient(server.url, world.plan.id, world.cookies.OWNER);
  const honest = connectClient(server.url, world.plan.id, world.cookies[PlanRole.EDITOR]);
  const random = seededRandom(SEED);
  const lanes = { editor: { sent: 0 }, viewer: { sent: 0 }, signedOut: { sent: 0 }, editorRaw: { sent: 0 } };
  const budget = (share: number) => Math.round(FRAMES * share);
  const port = Number(new URL(server.url).port);
  const path = collabPath(world.plan.id);
  let isFuzzing = true;
  try {
    await vi.waitFor(() => expect(watcher.provider.synced && honest.provider.synced).toBe(true));
    const typing = (async () => {
      for (let i = 0; isFuzzing; i++) {
        const sections = readPlan(honest.doc).sections;
        if (honest.provider.synced && sections.length > 0) {
          const paragraph = getSectionFragment(honest.doc, sections[i % sections.length].id).get(0);
          if (paragraph instanceof Y.XmlElement) paragraph.insert(0, [new Y.XmlText(`honest ${i} `)]);
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
    // Each lane draws from its own generator (seeded from the main one) so lanes interleave freely.
    const laneRandom = () => seededRandom(Math.floor(random() * 2 ** 32));
    await Promise.all([
      webSocketLane(world, PlanRole.EDITOR, budget(SHARES.editor), laneRandom(), watcher, lanes.editor),
      webSocketLane(world, PlanRole.VIEWER, budget(SHARES.viewer), laneRandom(), watcher, lanes.viewer),
      rawLane(port, path, undefined, budget(SHARES.signedOut), laneRandom(), lanes.signedOut),
      rawLane(port, path, world.cookies[PlanRole.EDITOR], budget(SHARES.editorRaw), laneRandom(), lanes.editorRaw),
    ]);
    isFuzzing = false;
    await typing;
    const sent = Object.values(lanes).reduce((sum, lane) => sum + lane.sent, 0);
    expect(sent).toBeGreaterThanOrEqual(FRAMES - 2);

    // Still serving; every honest client, a late joiner and storage agree.
    const late = connectClient(server.url, world.plan.id, world.cookies.VIEWER);
    const patience = { timeout: 20_000, interval: 50 };
    try {
      await vi.waitFor(() => expect(late.provider.synced && watcher.provider.synced && honest.provider.synced).toBe(true), patience);
      await vi.waitFor(() => expect(honest.isSaved()).toBe(true), patience);
      await vi.waitFor(() => {
        expect(Y.encodeStateVector(watcher.doc)).toEqual(Y.encodeStateVector(honest.doc));
        expect(Y.encodeStateVector(late.doc)).toEqual(Y.encodeStateVector(watcher.doc));
      }, patience);
      expect(readPlan(late.doc)).toEqual(readPlan(watcher.doc));
      expect(readPlan(honest.doc)).toEqual(readPlan(watcher.doc));
      expect(readPlan(watcher.doc).sections.length).toBeGreaterThan(0);
      expect(readPlan(watcher.doc).sections.some((section) => section.text.includes("honest"))).toBe(true);
    } finally {
      late.destroy();
    }
    await vi.waitFor(async () => {
      const stored = new Y.Doc();
      for (const part of (await new DocStore(server.db.dataSource).load(world.plan.id)).parts) Y.applyUpdate(stored, part);
      expect(readPlan(stored)).toEqual(readPlan(watcher.doc));
    }, patience);
    expect(server.collab.metrics.rejectedUpdates).toBeGreaterThan(0);
    expect(server.collab.metrics.droppedReadOnlyWrites).toBeGreaterThan(0);
    expect(server.collab.metrics.connectionsRefused).toBeGreaterThan(0);
  } catch (error) {
    console.error(`frame fuzz failed with FUZZ_SEED=${SEED} FUZZ_FRAMES=${FRAMES}`, lanes);
    throw error;
  } finally {
    isFuzzing = false;
    watcher.destroy();
    honest.destroy();
  }
});
