/**
 * Checks an update before it touches a live document.
 * - Decodable: Y.applyUpdate integrates structs before it reads the delete set, so malformed bytes
 *   could leave a half-applied document.
 * - Complete: everything it builds on (origins, parents, the author's earlier items, deleted items)
 *   is already in the document or in the update itself. Yjs would otherwise park it as "pending" and
 *   hand the parked bytes to the next joiner in SyncStep2, which can make replicas disagree. Honest
 *   clients only send such updates after a lost race (edits relayed between tabs over
 *   BroadcastChannel), and a reconnect's sync exchange resolves that, so the sender is asked to resync.
 */
import * as Y from "yjs";
import { InvalidUpdateError } from "./errors";

/** The update's structs and delete set as Yjs decodes them (for the shape check). */
export type DecodedUpdate = ReturnType<typeof Y.decodeUpdate>;

export interface ValidUpdate {
  decoded: DecodedUpdate;
  /** For each Yjs client in the update, the clock just past its last item (a state-vector entry). */
  clocks: Map<number, number>;
  /** True when the update carries neither items nor deletions (a no-op SyncStep2). */
  isEmpty: boolean;
  /** True when it depends on items the document does not have. */
  isIncomplete: boolean;
}

interface DecodedId {
  client: number;
  clock: number;
}
interface DecodedStruct {
  id: DecodedId;
  length: number;
  origin?: DecodedId | null;
  rightOrigin?: DecodedId | null;
  parent?: unknown;
}
interface DecodedStructs {
  structs: DecodedStruct[];
  ds: { clients: Map<number, { clock: number; len: number }[]> };
}

/** Something that holds a document, read only when needed (a SharedDoc applies its snapshot on first use). */
export interface DocumentHolder {
  readonly doc: Y.Doc;
}

export function validateUpdate(update: Uint8Array, target: Y.Doc | DocumentHolder): ValidUpdate {
  let yjsDecoded: DecodedUpdate;
  try {
    yjsDecoded = Y.decodeUpdate(update);
  } catch (error) {
    throw new InvalidUpdateError(error);
  }
  const decoded = yjsDecoded as unknown as DecodedStructs;
  const ranges = clientRanges(decoded.structs);
  const clocks = new Map([...ranges].map(([client, range]) => [client, range.to]));
  const isEmpty = decoded.structs.length === 0 && decoded.ds.clients.size === 0;
  // An empty update (the SyncStep2 every fresh client sends on connect) never needs the document.
  if (isEmpty) return { decoded: yjsDecoded, clocks, isEmpty, isIncomplete: false };
  const doc = target instanceof Y.Doc ? target : target.doc;
  return { decoded: yjsDecoded, clocks, isEmpty, isIncomplete: !isComplete(decoded, ranges, doc) };
}

interface ClientRange {
  from: number;
  to: number;
  hasGap: boolean;
}

/** Per client: first and end clock of its items in the update, and whether they are contiguous. */
function clientRanges(structs: readonly DecodedStruct[]): Map<number, ClientRange> {
  const ranges = new Map<number, ClientRange>();
  for (const struct of structs) {
    const { client, clock } = struct.id;
    if (!Number.isSafeInteger(client) || !Number.isSafeInteger(clock) || !(struct.length >= 0)) {
      throw new InvalidUpdateError(new Error("struct id out of range"));
    }
    const range = ranges.get(client);
    const isSkip = struct instanceof Y.Skip;
    if (!range) {
      ranges.set(client, { from: clock, to: clock + struct.length, hasGap: isSkip });
    } else {
      range.hasGap ||= isSkip || clock !== range.to;
      range.to = Math.max(range.to, clock + struct.length);
    }
  }
  return ranges;
}

function isComplete(decoded: DecodedStructs, ranges: Map<number, ClientRange>, doc: Y.Doc): boolean {
  const available = (client: number): number => {
    const stored = Y.getState(doc.store, client);
    const range = ranges.get(client);
    return range && !range.hasGap && range.from <= stored ? Math.max(stored, range.to) : stored;
  };
  const has = (id: DecodedId | null | undefined): boolean => !id || id.clock < available(id.client);
  for (const [client, range] of ranges) if (range.hasGap || range.from > Y.getState(doc.store, client)) return false;
  for (const struct of decoded.structs) {
    const parent = struct.parent;
    const parentId = parent && typeof parent === "object" && "client" in parent ? (parent as DecodedId) : null;
    if (!has(struct.origin) || !has(struct.rightOrigin) || !has(parentId)) return false;
  }
  for (const [client, deletions] of decoded.ds.clients) {
    for (const deletion of deletions) if (deletion.clock + deletion.len > available(client)) return false;
  }
  return true;
}
