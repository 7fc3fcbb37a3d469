/**
 * The y-websocket wire format, written by hand so the load generator spends as little CPU per frame
 * as possible: frames are precomputed and incoming frames are classified from their first bytes.
 *   [varuint messageType] then for sync (0): [varuint 0 step1 | 1 step2 | 2 update][varUint8Array payload]
 *   awareness (1): [varUint8Array awareness update]
 */
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";

export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
export const SYNC_STEP1 = 0;
export const SYNC_STEP2 = 1;
export const SYNC_UPDATE = 2;

const EMPTY_STATE_VECTOR = new Uint8Array([0]);
/** An update with no structs and an empty delete set. */
const EMPTY_UPDATE = new Uint8Array([0, 0]);

function syncFrame(subType: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  encoding.writeVarUint(encoder, subType);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

export function updateFrame(update: Uint8Array): Uint8Array {
  return syncFrame(SYNC_UPDATE, update);
}

/** "Send me everything": a client that holds nothing. */
export const SYNC_STEP1_EMPTY = syncFrame(SYNC_STEP1, EMPTY_STATE_VECTOR);
/** Our answer to the server's step 1: we hold nothing it lacks. */
export const SYNC_STEP2_EMPTY = syncFrame(SYNC_STEP2, EMPTY_UPDATE);

export function awarenessFrame(clientId: number, clock: number, state: unknown): Uint8Array {
  const inner = encoding.createEncoder();
  encoding.writeVarUint(inner, 1);
  encoding.writeVarUint(inner, clientId);
  encoding.writeVarUint(inner, clock);
  encoding.writeVarString(inner, JSON.stringify(state));
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(encoder, encoding.toUint8Array(inner));
  return encoding.toUint8Array(encoder);
}

export interface IncomingFrame {
  type: number;
  /** Sync sub-type, or -1 for other message types. */
  syncType: number;
  decoder: decoding.Decoder;
}

export function readFrame(data: Uint8Array): IncomingFrame {
  const decoder = decoding.createDecoder(data);
  const type = decoding.readVarUint(decoder);
  const syncType = type === MESSAGE_SYNC ? decoding.readVarUint(decoder) : -1;
  return { type, syncType, decoder };
}

/**
 * Client id of the first struct group of an update payload (decoder positioned at the varUint8Array),
 * or -1 for a delete-only update. Cheap: reads four varuints, never decodes the structs.
 */
export function readUpdateClient(decoder: decoding.Decoder): number {
  decoding.readVarUint(decoder); // payload length
  const groups = decoding.readVarUint(decoder);
  if (groups === 0) return -1;
  decoding.readVarUint(decoder); // structs in the group
  return decoding.readVarUint(decoder);
}
