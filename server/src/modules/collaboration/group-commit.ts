/**
 * Group commit: the updates that arrive within one tick are written by one INSERT, merged to few rows
 * per plan. Callers learn when their update is durable through `onDurable`; that is when the sender
 * gets its save acknowledgement.
 *
 * Up to `store.appendParallelism` commits are in flight at once (two on PostgreSQL): an update that
 * arrives while a commit is running starts the next one at once instead of waiting for it, so its ack
 * costs one commit, not up to two. When every slot is busy, arrivals gather into the next batch.
 * Commits settle (hooks, acks) in the order they started, so a plan's durable id only moves forward
 * over rows whose commits have all returned.
 */
import * as Y from "yjs";
import { sqlState, type AppendRow, type DocStore } from "./doc-store";

export interface PendingWrite {
  planId: string;
  update: Uint8Array;
  onDurable?: () => void;
  /** The write can never be stored (its plan is gone); it stays in memory only until eviction. */
  onDropped?: (error: unknown) => void;
}

export interface GroupCommitHooks {
  /** The plan's rows up to `lastUpdateId` are durable (`rows` new rows of `bytes` in all were written). */
  onCommitted(planId: string, lastUpdateId: number, rows: number, bytes: number): void;
  /** The plan's writes can never be stored (e.g. the plan was deleted); they are dropped. */
  onDropped(planId: string, error: unknown): void;
  /** The first commit of a failure streak failed: these plans' writes are held in memory and retried. */
  onStalled?(error: unknown, planIds: string[]): void;
  /** A commit succeeded again after `stalledMs` of failures. */
  onRecovered?(stalledMs: number): void;
  /** Duration of one successful INSERT. */
  observeCommit?(seconds: number): void;
}

const MAX_BACKOFF_MS = 2_000;

/** What one INSERT did: the plans' highest new ids, or why it failed. */
type AppendOutcome = { lastIds: Map<string, number>; rows: AppendRow[]; seconds: number } | { error: unknown };

export class GroupCommit {
  private queue: PendingWrite[] = [];
  private inFlight = 0;
  /** Settles when every commit started so far has settled (the next one settles after it). */
  private settled: Promise<void> = Promise.resolve();
  private isScheduled = false;
  private isClosed = false;
  private backoffMs = 0;
  /** When the current failure streak began (0: commits are succeeding). */
  private stalledSince = 0;
  private heldBytes = 0;
  private readonly pendingByPlan = new Map<string, number>();
  private readonly planWaiters = new Map<string, (() => void)[]>();
  /** Commits and rows written so far (metrics). */
  readonly stats = { commits: 0, rows: 0, updates: 0, failures: 0 };

  constructor(
    private readonly store: DocStore,
    private readonly hooks: GroupCommitHooks,
  ) {}

  /** Bytes of updates applied but not yet durable: bounded by the caller while the database is away. */
  get pendingBytes(): number {
    return this.heldBytes;
  }

  /** True while commits fail (the database is unreachable); writes are held and retried. */
  get isStalled(): boolean {
    return this.stalledSince !== 0;
  }

  enqueue(write: PendingWrite): void {
    this.queue.push(write);
    this.heldBytes += write.update.byteLength;
    this.pendingByPlan.set(write.planId, (this.pendingByPlan.get(write.planId) ?? 0) + 1);
    this.schedule();
  }

  /** Resolves once every write enqueued so far for this plan is durable (or dropped). */
  whenDurable(planId: string): Promise<void> {
    if (!this.pendingByPlan.has(planId)) return Promise.resolve();
    return new Promise((resolve) => {
      const waiters = this.planWaiters.get(planId) ?? [];
      waiters.push(resolve);
      this.planWaiters.set(planId, waiters);
    });
  }

  hasPending(planId: string): boolean {
    return this.pendingByPlan.has(planId);
  }

  /** Resolves once every write enqueued so far is durable (or dropped). */
  async flush(): Promise<void> {
    await Promise.all([...this.pendingByPlan.keys()].map((planId) => this.whenDurable(planId)));
  }

  /** Writes what is queued, then stops retrying failed commits. */
  async close(): Promise<void> {
    await this.flush();
    this.isClosed = true;
  }

  private schedule(): void {
    if (this.isScheduled) return;
    this.isScheduled = true;
    setImmediate(() => {
      this.isScheduled = false;
      this.pump();
    });
  }

  /** Starts commits while there are writes and free slots (one slot while the database fails). */
  private pump(): void {
    const slots = this.isStalled ? 1 : this.store.appendParallelism;
    while (this.queue.length > 0 && this.inFlight < slots) {
      const batch = this.queue;
      this.queue = [];
      this.inFlight++;
      const byPlan = groupByPlan(batch);
      const outcome = this.append(byPlan);
      const previous = this.settled;
      this.settled = (async () => {
        const result = await outcome;
        await previous;
        await this.finish(batch.length, byPlan, result);
      })().finally(() => {
        this.inFlight--;
        this.pump();
      });
    }
  }

  private async append(byPlan: Map<string, PendingWrite[]>): Promise<AppendOutcome> {
    try {
      const rows = mergedRows(byPlan);
      const started = process.hrtime.bigint();
      const lastIds = await this.store.append(rows);
      return { lastIds, rows, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
    } catch (error) {
      return { error };
    }
  }

  /** One plan's writes, committed and settled on their own (recovery from an integrity error). */
  private async commit(writes: PendingWrite[]): Promise<void> {
    const byPlan = groupByPlan(writes);
    await this.finish(writes.length, byPlan, await this.append(byPlan));
  }

  private async finish(updates: number, byPlan: Map<string, PendingWrite[]>, outcome: AppendOutcome): Promise<void> {
    if ("error" in outcome) {
      this.stats.failures++;
      return this.recover(byPlan, outcome.error);
    }
    const { lastIds, rows, seconds } = outcome;
    this.hooks.observeCommit?.(seconds);
    this.backoffMs = 0;
    if (this.stalledSince !== 0) {
      this.hooks.onRecovered?.(Date.now() - this.stalledSince);
      this.stalledSince = 0;
    }
    this.stats.commits++;
    this.stats.rows += rows.length;
    this.stats.updates += updates;
    const written = writtenByPlan(rows);
    for (const [planId, writes] of byPlan) {
      const { count, bytes } = written.get(planId) ?? { count: 0, bytes: 0 };
      this.settle(planId, writes, lastIds.get(planId) ?? 0, count, bytes);
    }
  }

  /** Integrity errors are per plan: retry plans one by one and drop those that fail for good. */
  private async recover(byPlan: Map<string, PendingWrite[]>, error: unknown): Promise<void> {
    if (isIntegrityError(error) && byPlan.size > 1) {
      for (const writes of byPlan.values()) await this.commit(writes);
      return;
    }
    if (isIntegrityError(error) || this.isClosed) {
      for (const [planId, writes] of byPlan) {
        for (const write of writes) write.onDropped?.(error);
        this.hooks.onDropped(planId, error);
        this.release(planId, writes);
      }
      return;
    }
    // The database is unreachable: keep the writes (they are applied and broadcast) and retry.
    if (this.stalledSince === 0) {
      this.stalledSince = Date.now();
      this.hooks.onStalled?.(error, [...byPlan.keys()]);
    }
    this.backoffMs = Math.min(MAX_BACKOFF_MS, Math.max(50, this.backoffMs * 2));
    await new Promise((resolve) => setTimeout(resolve, this.backoffMs));
    this.queue = [...byPlan.values()].flat().concat(this.queue);
  }

  private settle(planId: string, writes: PendingWrite[], lastUpdateId: number, rows: number, bytes: number): void {
    this.hooks.onCommitted(planId, lastUpdateId, rows, bytes);
    for (const write of writes) write.onDurable?.();
    this.release(planId, writes);
  }

  private release(planId: string, writes: readonly PendingWrite[]): void {
    for (const write of writes) this.heldBytes -= write.update.byteLength;
    const left = (this.pendingByPlan.get(planId) ?? 0) - writes.length;
    if (left > 0) {
      this.pendingByPlan.set(planId, left);
      return;
    }
    this.pendingByPlan.delete(planId);
    const waiters = this.planWaiters.get(planId) ?? [];
    this.planWaiters.delete(planId);
    for (const resolve of waiters) resolve();
  }
}

function groupByPlan(batch: readonly PendingWrite[]): Map<string, PendingWrite[]> {
  const byPlan = new Map<string, PendingWrite[]>();
  for (const write of batch) {
    const writes = byPlan.get(write.planId);
    if (writes) writes.push(write);
    else byPlan.set(write.planId, [write]);
  }
  return byPlan;
}

/**
 * Y.mergeUpdates grows faster than linearly with the number of inputs (20,000 one-character updates
 * take ~20 s, 32 take ~0.1 ms), so a burst is stored as several rows of up to MERGE_CHUNK updates each.
 */
const MERGE_CHUNK = 32;

/** Few rows per plan: merging is cheaper than storing and later replaying many tiny rows. */
function mergedRows(byPlan: Map<string, PendingWrite[]>): AppendRow[] {
  const rows: AppendRow[] = [];
  for (const [planId, writes] of byPlan) {
    for (let start = 0; start < writes.length; start += MERGE_CHUNK) {
      const chunk = writes.slice(start, start + MERGE_CHUNK).map((write) => write.update);
      rows.push({ planId, update: chunk.length === 1 ? chunk[0] : Y.mergeUpdates(chunk) });
    }
  }
  return rows;
}

function writtenByPlan(rows: readonly AppendRow[]): Map<string, { count: number; bytes: number }> {
  const written = new Map<string, { count: number; bytes: number }>();
  for (const row of rows) {
    const entry = written.get(row.planId) ?? { count: 0, bytes: 0 };
    entry.count++;
    entry.bytes += row.update.byteLength;
    written.set(row.planId, entry);
  }
  return written;
}

function isIntegrityError(error: unknown): boolean {
  return sqlState(error)?.startsWith("23") ?? false;
}
