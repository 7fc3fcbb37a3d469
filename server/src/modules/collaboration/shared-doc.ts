/** One loaded plan document: the Y.Doc, its awareness, the sockets on it and its storage bookkeeping. */
import * as awarenessProtocol from "y-protocols/awareness";
import * as Y from "yjs";
import type { StoredDocument } from "./doc-store";
import { broadcast, encodeAwarenessStates, type Peer } from "./fanout";

export interface RoomMember extends Peer {
  close(code: number, reason: string): void;
  /** The database refused this room's writes; they are held and retried (members that asked for acks are told). */
  saveStalled?(): void;
}

/** What a running compaction covers, fixed when it starts. */
export interface CompactionMark {
  coveredId: number;
  rows: number;
  logBytes: number;
  approxBytes: number;
}

export class SharedDoc {
  private readonly ydoc = new Y.Doc();
  readonly awareness: awarenessProtocol.Awareness;
  private readonly memberSet = new Set<RoomMember>();
  /** Which connection speaks for each awareness client id (first claim wins until it disconnects). */
  private readonly awarenessOwnerOf = new Map<number, RoomMember>();
  /** Server-side edits in progress (PlanDocuments.change, readPlan on a live doc): keep the doc loaded. */
  private holds = 0;
  /** Highest log row id that is durable and contained in `doc`. */
  private committedId: number;
  /** Log rows not yet folded into the snapshot; compaction starts past a threshold. */
  private rowsSinceSnapshotCount: number;
  /** Upper bound of the encoded size, for the document size limit (exact again after each compaction). */
  private approxByteCount: number;
  /** Encoded size of the stored snapshot, and of the log rows written since (the compaction policy). */
  private snapshotByteCount: number;
  private logByteCount: number;
  private isCompactingNow = false;
  private isUnloadedNow = false;
  /**
   * The stored snapshot bytes while the document is exactly that snapshot (loaded from it alone, not
   * changed since): a joiner with an empty state vector gets them as they are instead of a re-encoding
   * of the whole document, which for a large plan costs as much as loading it.
   */
  private storedState: Uint8Array | null;
  /** State vector of `storedState`, for the first SyncStep1 before the snapshot is applied. */
  private storedStateVector: Uint8Array | null = null;
  /** True while `ydoc` does not yet hold `storedState` (see `doc`). */
  private isPending = false;

  constructor(
    readonly planId: string,
    stored: StoredDocument,
  ) {
    this.storedState = stored.parts.length === 1 && stored.rowsSinceSnapshot === 0 ? stored.parts[0] : null;
    if (this.storedState) {
      // A plan stored as one snapshot (the usual case) is applied on first use of `doc` (an edit, a
      // reader of the plan), not at load: a joiner then waits for one decode (which also rejects
      // malformed bytes, as a load must) rather than for the server's apply plus its own, and a plan
      // only read never builds its Y.Doc at all.
      this.storedStateVector = stored.stateVector ?? Y.encodeStateVectorFromUpdate(this.storedState);
      this.isPending = true;
    } else {
      this.applyParts(stored.parts);
    }
    this.committedId = stored.lastUpdateId;
    this.rowsSinceSnapshotCount = stored.rowsSinceSnapshot;
    this.approxByteCount = stored.byteSize;
    this.snapshotByteCount = stored.snapshotBytes;
    this.logByteCount = stored.byteSize - stored.snapshotBytes;
    this.awareness = new awarenessProtocol.Awareness(this.ydoc);
    // The server is not a participant: no local presence of its own.
    this.awareness.setLocalState(null);
    this.awareness.on("update", this.onAwarenessUpdate);
  }

  get isIdle(): boolean {
    return this.memberSet.size === 0 && this.holds === 0;
  }

  // Read-only views of the state below; it changes only through this class's methods.
  get members(): ReadonlySet<RoomMember> {
    return this.memberSet;
  }
  get lastCommittedId(): number {
    return this.committedId;
  }
  get rowsSinceSnapshot(): number {
    return this.rowsSinceSnapshotCount;
  }
  get approxBytes(): number {
    return this.approxByteCount;
  }
  get snapshotBytes(): number {
    return this.snapshotByteCount;
  }
  get logBytes(): number {
    return this.logByteCount;
  }
  get isCompacting(): boolean {
    return this.isCompactingNow;
  }
  get isUnloaded(): boolean {
    return this.isUnloadedNow;
  }

  /** Keeps the document loaded while a server-side edit or read uses it; pair with `releaseHold`. */
  hold(): void {
    this.holds++;
  }

  releaseHold(): void {
    this.holds--;
  }

  addMember(member: RoomMember): void {
    this.memberSet.add(member);
  }

  /** The member speaking for an awareness client id, if any has claimed it. */
  awarenessOwner(clientId: number): RoomMember | undefined {
    return this.awarenessOwnerOf.get(clientId);
  }

  claimAwareness(clientId: number, member: RoomMember): void {
    this.awarenessOwnerOf.set(clientId, member);
  }

  notifySaveStalled(): void {
    for (const member of this.memberSet) member.saveStalled?.();
  }

  /** An update was applied to `doc` (not yet durable). */
  recordApplied(byteLength: number): void {
    this.approxByteCount += byteLength;
  }

  /** A group commit made `rows` more log rows durable, the last one `lastUpdateId`. */
  recordCommitted(lastUpdateId: number, rows: number, bytes: number): void {
    this.committedId = Math.max(this.committedId, lastUpdateId);
    this.rowsSinceSnapshotCount += rows;
    this.logByteCount += bytes;
  }

  /**
   * Starts a compaction: what it will cover is fixed now (rows committed later stay in the log).
   * Null when one is already running, the doc is unloaded, or there is nothing to fold.
   */
  beginCompaction(): CompactionMark | null {
    if (this.isCompactingNow || this.isUnloadedNow || this.rowsSinceSnapshotCount === 0) return null;
    this.isCompactingNow = true;
    return {
      coveredId: this.committedId,
      rows: this.rowsSinceSnapshotCount,
      logBytes: this.logByteCount,
      approxBytes: this.approxByteCount,
    };
  }

  /** The snapshot of `mark` is stored: its rows and bytes leave the log. */
  recordCompacted(mark: CompactionMark, snapshotBytes: number): void {
    this.rowsSinceSnapshotCount -= mark.rows;
    this.logByteCount -= mark.logBytes;
    this.snapshotByteCount = snapshotBytes;
    this.approxByteCount = snapshotBytes + (this.approxByteCount - mark.approxBytes);
  }

  endCompaction(): void {
    this.isCompactingNow = false;
  }

  /** The live document (the stored snapshot is applied on first use). */
  get doc(): Y.Doc {
    this.applyPending();
    return this.ydoc;
  }

  /** SyncStep1 payload. */
  encodeStateVector(): Uint8Array {
    if (this.isPending && this.storedStateVector) return this.storedStateVector;
    return Y.encodeStateVector(this.doc);
  }

  /**
   * SyncStep2 payload: what a peer with `stateVector` lacks. While the document is the stored
   * snapshot, that comes from the snapshot bytes (all of them for an empty state vector): a
   * reconnecting client does not make the server build a document it may never need.
   */
  encodeStateAsUpdate(stateVector: Uint8Array): Uint8Array {
    if (this.storedState && Y.decodeStateVector(stateVector).size === 0) return this.storedState;
    // Once the document is built, encoding from it is cheaper than decoding the snapshot again.
    if (this.isPending && this.storedState) return Y.diffUpdate(this.storedState, stateVector);
    return Y.encodeStateAsUpdate(this.doc, stateVector);
  }

  /** Forgets a member's awareness states; the removal is broadcast to the others. */
  removeMember(member: RoomMember): void {
    this.memberSet.delete(member);
    const owned = [...this.awarenessOwnerOf].filter(([, owner]) => owner === member).map(([clientId]) => clientId);
    for (const clientId of owned) this.awarenessOwnerOf.delete(clientId);
    if (owned.length > 0) awarenessProtocol.removeAwarenessStates(this.awareness, owned, member);
  }

  destroy(): void {
    this.isUnloadedNow = true;
    this.storedState = null;
    this.awareness.off("update", this.onAwarenessUpdate);
    this.awareness.destroy();
    this.ydoc.destroy();
  }

  private applyPending(): void {
    if (!this.isPending || !this.storedState || this.isUnloadedNow) return;
    this.isPending = false;
    this.storedStateVector = null;
    this.applyParts([this.storedState]);
    this.ydoc.once("update", () => (this.storedState = null));
  }

  /** In one transaction: observers and the update event fire once, not once per stored row. */
  private applyParts(parts: readonly Uint8Array[]): void {
    this.ydoc.transact(() => {
      for (const part of parts) Y.applyUpdate(this.ydoc, part);
    });
  }

  private readonly onAwarenessUpdate = (
    changes: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const changed = [...changes.added, ...changes.updated, ...changes.removed];
    if (changed.length === 0 || this.memberSet.size === 0) return;
    const except = this.memberSet.has(origin as RoomMember) ? (origin as RoomMember) : undefined;
    broadcast(this.memberSet, encodeAwarenessStates(this.awareness, changed), except);
  };
}
