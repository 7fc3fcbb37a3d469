/**
 * Fan-out: every broadcast message is encoded once and the same Buffer is handed to every peer, so
 * the cost per extra reader is one socket write.
 */
import * as encoding from "lib0/encoding";
import * as awarenessProtocol from "y-protocols/awareness";
import { MessageType, SyncMessageType } from "@planbridge/protocol";
import { toBuffer } from "./bytes";

export interface Peer {
  send(message: Buffer): void;
}

export function broadcast(peers: Iterable<Peer>, message: Buffer, except?: Peer): void {
  for (const peer of peers) if (peer !== except) peer.send(message);
}

export function encodeUpdateMessage(update: Uint8Array): Buffer {
  return encodeSyncMessage(SyncMessageType.Update, update);
}

export function encodeSyncMessage(syncType: SyncMessageType, payload: Uint8Array): Buffer {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.Sync);
  encoding.writeVarUint(encoder, syncType);
  encoding.writeVarUint8Array(encoder, payload);
  return toBuffer(encoding.toUint8Array(encoder));
}

export function encodeAwarenessMessage(update: Uint8Array): Buffer {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.Awareness);
  encoding.writeVarUint8Array(encoder, update);
  return toBuffer(encoding.toUint8Array(encoder));
}

/** The awareness states of the given clients as one message (all clients when omitted). */
export function encodeAwarenessStates(awareness: awarenessProtocol.Awareness, clients?: number[]): Buffer {
  const ids = clients ?? [...awareness.getStates().keys()];
  return encodeAwarenessMessage(awarenessProtocol.encodeAwarenessUpdate(awareness, ids));
}
