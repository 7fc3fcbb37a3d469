/**
 * Awareness (presence: names, colours, cursors) is client-written, so the server rewrites it: every
 * state a connection sends gets the `user` field of the signed-in user, and a connection may only
 * speak for the Yjs client ids it claimed first. Nobody can show up as someone else.
 */
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";

export interface AwarenessIdentity {
  id: string;
  name: string;
  color: string;
}

/** Larger states are dropped: a cursor and a user object fit in a few hundred bytes. */
const MAX_STATE_CHARS = 16 * 1024;

/**
 * Re-encodes an awareness update keeping only entries for client ids `mayClaim` accepts, with the
 * server's identity stamped on each state. Returns null when no entry is left.
 */
export function stampAwarenessUpdate(
  update: Uint8Array,
  identity: AwarenessIdentity,
  mayClaim: (clientId: number) => boolean,
): Uint8Array | null {
  const decoder = decoding.createDecoder(update);
  const encoder = encoding.createEncoder();
  const entries: { clientId: number; clock: number; state: string }[] = [];
  const count = decoding.readVarUint(decoder);
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const state = decoding.readVarString(decoder);
    if (state.length > MAX_STATE_CHARS || !mayClaim(clientId)) continue;
    entries.push({ clientId, clock, state: stampState(state, identity) });
  }
  if (entries.length === 0) return null;
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, entry.state);
  }
  return encoding.toUint8Array(encoder);
}

/** "null" (the client left) passes through; anything else becomes an object with our `user`. */
function stampState(json: string, identity: AwarenessIdentity): string {
  if (json === "null") return json;
  let state: unknown;
  try {
    state = JSON.parse(json);
  } catch {
    state = {};
  }
  const fields = typeof state === "object" && state !== null && !Array.isArray(state) ? state : {};
  return JSON.stringify({ ...fields, user: { id: identity.id, name: identity.name, color: identity.color } });
}
