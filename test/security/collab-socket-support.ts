/** Raw collaboration sockets for security tests: a replica of the stored plan, crafted frames, close codes. */
import WebSocket from "ws";
import * as Y from "yjs";
import { collabPath, MessageType, SyncMessageType } from "@planbridge/protocol";
import { DocStore } from "../../server/src/modules/collaboration/doc-store";
import { frame, type CollabServer } from "../collab/collab-harness";

export interface RawClient {
  socket: WebSocket;
  /** Every binary message received, in order. */
  messages: Buffer[];
  /** The close code, once the server closed the socket. */
  closed: Promise<number>;
}

export async function openRaw(url: string, planId: string, cookie?: string): Promise<RawClient> {
  const socket = new WebSocket(url + collabPath(planId), { headers: cookie ? { cookie } : {} });
  const messages: Buffer[] = [];
  socket.on("message", (data: Buffer) => messages.push(data));
  socket.on("error", () => undefined);
  const closed = new Promise<number>((resolve) => socket.once("close", (code) => resolve(code)));
  await new Promise<void>((resolve) => {
    socket.once("open", () => resolve());
    socket.once("close", () => resolve());
  });
  return { socket, messages, closed };
}

/** The plan as stored, as a Y.Doc a hostile client can edit. */
export async function storedDoc(server: Pick<CollabServer, "db">, planId: string): Promise<Y.Doc> {
  const doc = new Y.Doc();
  for (const part of (await new DocStore(server.db.dataSource).load(planId)).parts) Y.applyUpdate(doc, part);
  return doc;
}

export async function storedState(server: Pick<CollabServer, "db">, planId: string): Promise<Uint8Array> {
  return Y.encodeStateAsUpdate(await storedDoc(server, planId));
}

/** Edits `doc` and returns the update as an Update frame. */
export function updateFrame(doc: Y.Doc, change: (doc: Y.Doc) => void): Uint8Array {
  const before = Y.encodeStateVector(doc);
  doc.transact(() => change(doc));
  return frame(MessageType.Sync, SyncMessageType.Update, Y.encodeStateAsUpdate(doc, before));
}

/** Sends a SyncStep1 and waits for the answer: everything the server sent before it has arrived. */
export async function roundTrip(client: RawClient): Promise<void> {
  const count = client.messages.length;
  client.socket.send(frame(MessageType.Sync, SyncMessageType.SyncStep1, Y.encodeStateVector(new Y.Doc())));
  for (;;) {
    const answer = client.messages.slice(count).find((m) => m[0] === MessageType.Sync && m[1] === SyncMessageType.SyncStep2);
    if (answer) return;
    await new Promise((resolve) => client.socket.once("message", resolve));
  }
}
