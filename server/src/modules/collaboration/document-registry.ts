/**
 * The loaded plan documents of this process. Loads on first use (concurrent callers share one load),
 * takes every accepted update through apply -> broadcast -> group commit, compacts past a threshold
 * and unloads a document once nobody uses it and its writes are durable.
 */
import * as Y from "yjs";
import { CloseCode } from "@planbridge/protocol";
import type { DocStore } from "./doc-store";
import { CollaborationClosedError, DocumentLoadError, InvalidUpdateError } from "./errors";
import { broadcast, encodeUpdateMessage } from "./fanout";
import { GroupCommit } from "./group-commit";
import { quietTelemetry, secondsSince, type CollaborationMetrics, type CollaborationTelemetry } from "./metrics";
import { REMOTE_ORIGIN, type DocumentReplication } from "./scale-out.port";
import { SharedDoc, type RoomMember } from "./shared-doc";

/** Past this snapshot size, compaction waits for the log to reach the snapshot's size (see isCompactionDue). */
const LARGE_SNAPSHOT_BYTES = 64 * 1024;

export interface RegistryOptions {
  /** Compact a plan once this many log rows are not in its snapshot. */
  compactAfterRows: number;
  /**
   * Unsaved update bytes this process may hold while the database refuses commits; past it, writers
   * are refused (close 4507) instead of growing memory without bound. Default 64 MiB.
   */
  maxUnsavedBytes?: number;
  /** Logs and timings (quiet by default). */
  telemetry?: CollaborationTelemetry;
  /**
   * Told (synchronously, before the acknowledgements go out) that a plan's text edits are durable: a
   * listener must only take note and do its work later (plans coalesce this into `updated_at`).
   */
  onTextCommitted?: (planId: string) => void;
}

export interface PublishOptions {
  /** Called once the update is in the database. */
  onDurable?: () => void;
  /** Called if it can never be stored (the plan was deleted). */
  onDropped?: (error: unknown) => void;
  /** The Update frame to forward, when the caller already has it encoded. */
  message?: Buffer;
}

export class DocumentRegistry {
  private readonly loading = new Map<string, Promise<SharedDoc>>();
  private readonly loaded = new Map<string, SharedDoc>();
  private readonly unloading = new Set<Promise<void>>();
  private readonly compactions = new Set<Promise<void>>();
  private isClosed = false;
  /** Other processes' copies (scale-out); null when this process serves alone. */
  private replication: DocumentReplication | null = null;
  readonly committer: GroupCommit;
  private readonly telemetry: CollaborationTelemetry;

  constructor(
    private readonly store: DocStore,
    private readonly metrics: CollaborationMetrics,
    private readonly options: RegistryOptions,
  ) {
    this.telemetry = options.telemetry ?? quietTelemetry;
    const { logger } = this.telemetry;
    this.committer = new GroupCommit(store, {
      onCommitted: (planId, lastUpdateId, rows, bytes) => this.onCommitted(planId, lastUpdateId, rows, bytes),
      onDropped: (planId, error) => {
        logger.error({ plan: planId, err: error }, "commit refused for good: plan no longer exists, its unsaved edits are dropped");
        this.evict(planId, CloseCode.NotFound, "plan no longer exists");
      },
      onStalled: (error, planIds) => {
        logger.error({ plans: planIds, err: error }, "commit failed: holding edits in memory and retrying");
        for (const planId of planIds) this.loaded.get(planId)?.notifySaveStalled();
      },
      onRecovered: (stalledMs) => logger.warn({ stalledMs }, "commits succeed again"),
      observeCommit: (seconds) => this.telemetry.observeCommit(seconds),
    });
  }

  /** The loaded document of a plan, kept loaded until `release`. Throws DocumentLoadError. */
  async acquire(planId: string): Promise<SharedDoc> {
    if (this.isClosed) throw new CollaborationClosedError();
    const room = this.loaded.get(planId) ?? (await this.load(planId));
    room.hold();
    return room;
  }

  release(room: SharedDoc): void {
    room.releaseHold();
    this.unloadWhenIdle(room);
  }

  /** A socket left the room: unload once nobody is left. */
  memberLeft(room: SharedDoc): void {
    this.unloadWhenIdle(room);
  }

  /** Whether an update of this size may be accepted without passing the bound of unsaved bytes. */
  mayHold(byteLength: number): boolean {
    return this.committer.pendingBytes + byteLength <= (this.options.maxUnsavedBytes ?? 64 * 1024 * 1024);
  }

  /** Keeps loaded documents in step with other processes from now on (scale-out). */
  replicateWith(replication: DocumentReplication): void {
    this.replication = replication;
  }

  /** The document if it is in memory right now. */
  peek(planId: string): SharedDoc | undefined {
    return this.loaded.get(planId);
  }

  get loadedCount(): number {
    return this.loaded.size;
  }

  /**
   * Applies an already validated update, sends it to every other member, and queues it for the next
   * group commit.
   */
  publish(room: SharedDoc, update: Uint8Array, origin: RoomMember | null, options: PublishOptions = {}): void {
    try {
      Y.applyUpdate(room.doc, update, origin);
    } catch (error) {
      // Validation passed but integration failed: the doc may be half-changed, so drop it from memory
      // (the database never saw this update) and let every client reload.
      this.evict(room.planId, CloseCode.DocumentUnavailable, "document reloading");
      throw new InvalidUpdateError(error);
    }
    room.recordApplied(update.byteLength);
    this.metrics.acceptedUpdates++;
    this.metrics.acceptedBytes += update.byteLength;
    broadcast(room.members, options.message ?? encodeUpdateMessage(update), origin ?? undefined);
    const { replication } = this;
    // Other processes get an update once it is stored, so no process ever holds one the database may lack.
    const onDurable = replication
      ? () => {
          replication.updateStored(room.planId, update);
          options.onDurable?.();
        }
      : options.onDurable;
    this.committer.enqueue({ planId: room.planId, update, onDurable, onDropped: options.onDropped });
  }

  /**
   * Applies an update another process stored (or a catch-up diff from storage) and sends what was new
   * to this process's members. Not stored again: its receiver stored it.
   */
  applyRemote(planId: string, update: Uint8Array): void {
    const room = this.loaded.get(planId);
    if (!room) return;
    const doc = room.doc;
    let applied: Uint8Array | null = null;
    const capture = (change: Uint8Array, origin: unknown) => {
      if (origin === REMOTE_ORIGIN) applied = change;
    };
    doc.on("update", capture);
    try {
      Y.applyUpdate(doc, update, REMOTE_ORIGIN);
    } catch {
      doc.off("update", capture);
      return this.evict(planId, CloseCode.DocumentUnavailable, "document reloading");
    }
    doc.off("update", capture);
    const change = applied as Uint8Array | null;
    if (!change) return;
    room.recordApplied(change.byteLength);
    broadcast(room.members, encodeUpdateMessage(change));
  }

  /** Closes every socket of a plan and drops it from memory without persisting anything more. */
  evict(planId: string, code: number, reason: string): void {
    const room = this.loaded.get(planId);
    if (!room) return;
    this.loaded.delete(planId);
    this.replication?.planClosed(planId);
    for (const member of [...room.members]) member.close(code, reason);
    room.destroy();
    this.metrics.documentsUnloaded++;
  }

  /** Writes what is pending, compacts and unloads everything; refuses new work. */
  async close(): Promise<void> {
    this.isClosed = true;
    await Promise.allSettled([...this.loading.values()]);
    await this.committer.close();
    await Promise.allSettled([...this.compactions, ...this.unloading]);
    for (const room of [...this.loaded.values()]) {
      this.loaded.delete(room.planId);
      this.replication?.planClosed(room.planId);
      room.destroy();
    }
    await this.store.close();
  }

  private load(planId: string): Promise<SharedDoc> {
    const pending = this.loading.get(planId);
    if (pending) return pending;
    const loading = this.readStored(planId).finally(() => this.loading.delete(planId));
    this.loading.set(planId, loading);
    return loading;
  }

  private async readStored(planId: string): Promise<SharedDoc> {
    try {
      await this.replication?.planLoading(planId);
      const room = new SharedDoc(planId, await this.store.load(planId));
      this.loaded.set(planId, room);
      this.metrics.documentsLoaded++;
      this.replication?.planOpened(planId, room);
      return room;
    } catch (error) {
      this.replication?.planOpened(planId, null);
      this.metrics.loadFailures++;
      throw new DocumentLoadError(planId, error);
    }
  }

  private onCommitted(planId: string, lastUpdateId: number, rows: number, bytes: number): void {
    this.options.onTextCommitted?.(planId);
    const room = this.loaded.get(planId);
    if (!room) return;
    room.recordCommitted(lastUpdateId, rows, bytes);
    if (this.isCompactionDue(room)) this.track(this.compactions, this.compact(room));
  }

  /**
   * A small document compacts every `compactAfterRows` rows (re-encoding it costs little). A large one
   * waits until its log has grown as large as its snapshot: re-encoding the whole document blocks the
   * event loop (fan-out and acks wait) for tens of milliseconds, and this way its cost stays
   * proportional to the bytes written instead of recurring every few hundred keystrokes.
   */
  private isCompactionDue(room: SharedDoc): boolean {
    if (room.rowsSinceSnapshot < this.options.compactAfterRows) return false;
    return room.snapshotBytes < LARGE_SNAPSHOT_BYTES || room.logBytes >= room.snapshotBytes;
  }

  /**
   * Snapshot = the live doc, which contains every durable row up to lastCommittedId (rows are applied
   * before they are queued), plus maybe newer not-yet-durable updates: those are stored again as rows
   * and replaying them is harmless. So the snapshot never loses a row it claims to cover.
   */
  private async compact(room: SharedDoc): Promise<void> {
    const mark = room.beginCompaction();
    if (!mark) return;
    const started = process.hrtime.bigint();
    try {
      const state = Y.encodeStateAsUpdate(room.doc);
      const encodeMs = secondsSince(started) * 1000;
      this.store.reachedStep("encoded");
      await this.store.compact(room.planId, state, mark.coveredId, Y.encodeStateVector(room.doc));
      room.recordCompacted(mark, state.byteLength);
      this.metrics.compactions++;
      const seconds = secondsSince(started);
      this.telemetry.observeCompaction(seconds);
      this.telemetry.logger.info(
        { plan: room.planId, rows: mark.rows, logBytes: mark.logBytes, snapshotBytes: state.byteLength, encodeMs, totalMs: seconds * 1000 },
        "compacted",
      );
    } catch (error) {
      // Compaction is an optimisation: the log still holds everything; try again after the next commit.
      this.telemetry.logger.warn({ plan: room.planId, err: error }, "compaction failed, the log keeps every row");
    } finally {
      room.endCompaction();
    }
  }

  private unloadWhenIdle(room: SharedDoc): void {
    if (!room.isIdle || room.isUnloaded) return;
    this.track(this.unloading, this.unload(room));
  }

  /** Waits for the plan's writes to be durable, folds the log into the snapshot, then forgets the doc. */
  private async unload(room: SharedDoc): Promise<void> {
    await this.committer.whenDurable(room.planId);
    if (!room.isIdle || room.isUnloaded) return;
    if (room.rowsSinceSnapshot > 0) await this.compact(room);
    if (!room.isIdle || room.isUnloaded || this.committer.hasPending(room.planId)) return;
    if (this.loaded.get(room.planId) === room) {
      this.loaded.delete(room.planId);
      this.replication?.planClosed(room.planId);
    }
    room.destroy();
    this.metrics.documentsUnloaded++;
  }

  private track(set: Set<Promise<void>>, work: Promise<void>): void {
    set.add(work);
    void work.finally(() => set.delete(work));
  }
}
