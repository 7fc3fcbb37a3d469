/**
 * Checks that bytes are a Yjs update before they touch a live document: Y.applyUpdate integrates
 * structs before it reads the delete set, so malformed bytes could leave a half-applied document.
 */
import * as Y from "yjs";
import { InvalidUpdateError } from "./errors";

export interface ValidUpdate {
  /** For each Yjs client in the update, the clock just past its last item (a state-vector entry). */
  clocks: Map<number, number>;
  /** True when the update carries neither items nor deletions (a no-op SyncStep2). */
  isEmpty: boolean;
}

export function validateUpdate(update: Uint8Array): ValidUpdate {
  let decoded: { structs: Array<{ id: { client: number; clock: number }; length: number; constructor: unknown }>; ds: { clients: Map<number, unknown> } };
  try {
    decoded = Y.decodeUpdate(update) as typeof decoded;
  } catch (error) {
    throw new InvalidUpdateError(error);
  }
  const clocks = new Map<number, number>();
  for (const struct of decoded.structs) {
    if (!Number.isSafeInteger(struct.id.client) || !Number.isSafeInteger(struct.id.clock) || struct.length < 0) {
      throw new InvalidUpdateError(new Error("struct id out of range"));
    }
    if (struct.constructor === Y.Skip) continue;
    const end = struct.id.clock + struct.length;
    if (end > (clocks.get(struct.id.client) ?? 0)) clocks.set(struct.id.client, end);
  }
  return { clocks, isEmpty: decoded.structs.length === 0 && decoded.ds.clients.size === 0 };
}
