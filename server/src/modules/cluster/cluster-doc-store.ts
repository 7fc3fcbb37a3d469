/**
 * Document storage shared by several writing processes. One process alone appends in id order, so a
 * compaction's "every row up to id N" is exact; with several, a row with a lower id can commit after
 * one with a higher id, and a compaction that deleted "up to N" could then skip it for ever. So every
 * append holds a shared advisory lock on its plan until it commits, and a compaction holds the
 * exclusive one: while it runs, no append of that plan is in flight, and it folds exactly the rows it
 * reads. The exclusive lock is also what makes compaction happen in one process at a time.
 */
import * as Y from "yjs";
import { DocStore } from "../collaboration/doc-store";

/** First key of planbridge's advisory locks ("plns"); the second is a hash of the plan id. */
const LOCK_NAMESPACE = 0x706c6e73;
/** A compaction waits this long for in-flight appends at most, then gives up until the next commit. */
const COMPACTION_LOCK_TIMEOUT = "5s";

export class ClusterDocStore extends DocStore {
  /**
   * Still one statement (one round trip per group commit): the locks are taken in a materialised CTE
   * that the WHERE clause's one-time subquery runs before the first row gets its id from the sequence.
   */
  protected override appendStatement(rowCount: number): string {
    const values = Array.from({ length: rowCount }, (_, i) => `($${2 * i + 1}::uuid, $${2 * i + 2}::bytea)`).join(", ");
    return `WITH batch (plan_id, "update") AS (VALUES ${values}),
      locks AS MATERIALIZED (
        SELECT pg_advisory_xact_lock_shared(${LOCK_NAMESPACE}, hashtext(plan_id::text))
          FROM (SELECT DISTINCT plan_id FROM batch ORDER BY plan_id) AS plans
      )
      INSERT INTO doc_updates (plan_id, "update")
      SELECT plan_id, "update" FROM batch WHERE (SELECT count(*) FROM locks) >= 0
      RETURNING id, plan_id`;
  }

  /**
   * Folds `state` (this process's copy) and everything stored for the plan into a new snapshot. The
   * stored rows may include other processes' updates this copy has not received yet, so they are read
   * and merged under the lock rather than trusted to be in `state`; `coveredUpdateId` (this process's
   * own view) is superseded by the highest id actually read.
   */
  override async compact(planId: string, state: Uint8Array): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`SET LOCAL lock_timeout = '${COMPACTION_LOCK_TIMEOUT}'`);
      await manager.query(`SELECT pg_advisory_xact_lock(${LOCK_NAMESPACE}, hashtext($1::text))`, [planId]);
      const stored = await this.load(planId, manager);
      // Another process compacted while this one waited for the lock.
      if (stored.rowsSinceSnapshot === 0) return;
      await this.replaceSnapshot(manager, planId, mergeStates([state, ...stored.parts]), stored.lastUpdateId);
    });
  }
}

/** Through a Y.Doc rather than Y.mergeUpdates: the doc drops deleted content, so snapshots stay small. */
function mergeStates(parts: readonly Uint8Array[]): Uint8Array {
  const doc = new Y.Doc();
  try {
    doc.transact(() => {
      for (const part of parts) Y.applyUpdate(doc, part);
    });
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}
