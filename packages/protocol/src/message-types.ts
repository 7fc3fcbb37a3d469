/**
 * Top-level message types on the collaboration socket. 0-3 are y-websocket's own (so the stock
 * WebsocketProvider works unchanged); SaveAck and SaveStalled are ours and are sent only to clients
 * that ask for them with the `acks=1` query parameter (see SAVE_ACKS_PARAM): a stock y-websocket
 * client logs "Unable to compute message" for every unknown type, so it must never receive one.
 *
 * Every frame is: varUint messageType, then the type's payload (lib0 encoding).
 */
export const MessageType = {
  Sync: 0,
  Awareness: 1,
  Auth: 2,
  QueryAwareness: 3,
  /** Server -> client: some of this connection's writes are now durably stored. See SaveAck below. */
  SaveAck: 100,
  /**
   * Server -> client: the database is refusing writes; this connection's unsaved edits are held in
   * the server's memory and retried. The next SaveAck that covers them ends the stall. No payload.
   */
  SaveStalled: 101,
} as const;
export type MessageType = (typeof MessageType)[keyof typeof MessageType];

/** Query parameter a client adds to the socket URL (`?acks=1`) to receive SaveAck and SaveStalled. */
export const SAVE_ACKS_PARAM = "acks";

/** Whether a socket URL (path and query) asks for save acknowledgements. */
export function wantsSaveAcks(url: string): boolean {
  const query = url.split("?", 2)[1];
  return query !== undefined && new URLSearchParams(query).get(SAVE_ACKS_PARAM) === "1";
}

export function encodeSaveStalled(): Uint8Array {
  return Uint8Array.from([MessageType.SaveStalled]);
}

/** Second varUint of a Sync message (y-protocols/sync). */
export const SyncMessageType = {
  SyncStep1: 0,
  /** Carries document content: dropped for read-only connections. */
  SyncStep2: 1,
  /** Carries document content: dropped for read-only connections. */
  Update: 2,
} as const;
export type SyncMessageType = (typeof SyncMessageType)[keyof typeof SyncMessageType];

/**
 * Save acknowledgement, sent to a writer only after the database committed its updates.
 *
 * Wire format (all lib0 varUints):
 *   100, savedCount, n, then n pairs (clientId, clock)
 *
 * - `savedCount`: how many content messages (SyncStep2 + Update) this connection sent that are now
 *   durable, counted from 1 per connection. Useful for tests and simple counters.
 * - `clocks`: for every Yjs client id that appeared in this connection's durable writes, the clock
 *   just past its last durable item (same meaning as a Yjs state vector entry).
 *
 * How a client shows "Saving…" / "All changes saved": after a local edit, the status is "saving";
 * when an ack arrives with `clocks.get(doc.clientID) >= Y.getState(doc.store, doc.clientID)`, every
 * local edit so far is in the database (see `isSavedUpTo`). Reconnects are covered: edits made
 * offline travel in SyncStep2 and are acknowledged the same way.
 *
 * With y-websocket (connect with `params: { acks: "1" }`):
 *   provider.messageHandlers[MessageType.SaveAck] = (_encoder, decoder) => {
 *     const ack = decodeSaveAck(decoder.arr);
 *     if (isSavedUpTo(ack, doc.clientID, Y.getState(doc.store, doc.clientID))) setStatus("saved");
 *   };
 */
export interface SaveAck {
  savedCount: number;
  clocks: Map<number, number>;
}

export class ProtocolDecodeError extends Error {
  readonly code = "PROTOCOL_DECODE";
}

export function encodeSaveAck(ack: SaveAck): Uint8Array {
  const out: number[] = [];
  writeVarUint(out, MessageType.SaveAck);
  writeVarUint(out, ack.savedCount);
  writeVarUint(out, ack.clocks.size);
  for (const [clientId, clock] of ack.clocks) {
    writeVarUint(out, clientId);
    writeVarUint(out, clock);
  }
  return Uint8Array.from(out);
}

/** Decodes a whole SaveAck frame (including its leading message type). */
export function decodeSaveAck(frame: Uint8Array): SaveAck {
  const reader = { bytes: frame, pos: 0 };
  if (readVarUint(reader) !== MessageType.SaveAck) throw new ProtocolDecodeError("not a SaveAck frame");
  const savedCount = readVarUint(reader);
  const size = readVarUint(reader);
  const clocks = new Map<number, number>();
  for (let i = 0; i < size; i++) clocks.set(readVarUint(reader), readVarUint(reader));
  return { savedCount, clocks };
}

/** True when the ack covers every item this Yjs client created up to `localClock`. */
export function isSavedUpTo(ack: SaveAck, clientId: number, localClock: number): boolean {
  return localClock === 0 || (ack.clocks.get(clientId) ?? 0) >= localClock;
}

// lib0-compatible varUint (7 bits per byte, little end first), kept here so the package has no dependencies.
function writeVarUint(out: number[], value: number): void {
  let rest = value;
  while (rest > 0x7f) {
    out.push(0x80 | (rest & 0x7f));
    rest = Math.floor(rest / 128);
  }
  out.push(rest & 0x7f);
}

function readVarUint(reader: { bytes: Uint8Array; pos: number }): number {
  let value = 0;
  let multiplier = 1;
  for (;;) {
    if (reader.pos >= reader.bytes.length) throw new ProtocolDecodeError("truncated varUint");
    const byte = reader.bytes[reader.pos++];
    value += (byte & 0x7f) * multiplier;
    if (byte < 0x80) return value;
    multiplier *= 128;
    if (multiplier > 2 ** 53) throw new ProtocolDecodeError("varUint too long");
  }
}
