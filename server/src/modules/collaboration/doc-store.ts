/**
 * Durable storage of plan documents: an append-only log (`doc_updates`) plus one snapshot per plan
 * (`doc_snapshots`). Hand-written SQL because this is the hot path: one statement per group commit,
 * one statement per load, one transaction per compaction.
 *
 * On a PostgreSQL server, appends (every group commit) go through the store's own small `pg` pool as
 * named prepared statements: no TypeORM query runner, no re-parse and re-plan per commit, and a commit
 * never waits for a connection that GraphQL queries hold. (A worker thread owning these connections
 * was tried: on two cores, where the load generator and PostgreSQL take their share, the thread hop
 * made acks and crowds slower, not faster.) The embedded database (PGlite) has one connection in this
 * process, so there appends go through TypeORM like everything else.
 */
import { Pool } from "pg";
import type { DataSource, EntityManager } from "typeorm";
import * as Y from "yjs";
import { toBuffer } from "./bytes";
import { DocumentExistsError } from "./errors";

export interface StoredDocument {
  /** Snapshot state (if any) first, then every later log row in id order; apply all of them. */
  parts: Uint8Array[];
  /** Highest log id contained in `parts` (0 when none). */
  lastUpdateId: number;
  /** Log rows not yet folded into the snapshot. */
  rowsSinceSnapshot: number;
  /** Encoded size of all parts: an upper bound of the document's size. */
  byteSize: number;
  /** Encoded size of the snapshot part (0 when there is none). */
  snapshotBytes: number;
  /**
   * State vector of the document when it is the snapshot alone (no later rows), as stored beside it;
   * null when there are later rows (then it is the merge's, which only applying them tells).
   */
  stateVector: Uint8Array | null;
}

export interface AppendRow {
  planId: string;
  update: Uint8Array;
}

/** PostgreSQL's unique_violation; SQLSTATE class 23 is "integrity constraint violation". */
const UNIQUE_VIOLATION = "23505";
/** Postgres caps bind parameters at 65535; two per row. */
const MAX_ROWS_PER_INSERT = 10_000;
/** Connections of the append pool: two commits may be in flight at once (see GroupCommit). */
const APPEND_CONNECTIONS = 2;
/**
 * INSERTs of up to this many rows are named prepared statements (one per row count, prepared once
 * per connection); larger, rare ones are parsed each time rather than kept by the server.
 */
const MAX_PREPARED_ROWS = 32;

/**
 * The steps of a compaction, in order. Fault tests stop the process at each of them (see FaultPoint);
 * the server itself never sets a fault point.
 */
export type CompactionStep = "encoded" | "snapshot-written" | "log-deleted" | "committed";
export type FaultPoint = (step: CompactionStep) => void;

export class DocStore {
  /** The appends' own connections; null on the embedded database. */
  private readonly appendPool: Pool | null;
  /** INSERT text per row count (built once: every group commit needs one). */
  private readonly appendStatements = new Map<number, string>();

  constructor(
    protected readonly dataSource: DataSource,
    private readonly faultPoint: FaultPoint = () => undefined,
  ) {
    this.appendPool = appendPoolFor(dataSource);
  }

  /** How many appends may run at once: one per append connection (PGlite has one connection in all). */
  get appendParallelism(): number {
    return this.appendPool ? APPEND_CONNECTIONS : 1;
  }

  /** Closes the append connections (the DataSource is its owner's to close). */
  async close(): Promise<void> {
    await this.appendPool?.end();
  }

  /** Test hook: fault suites stop the process at this step (a no-op in the server). */
  reachedStep(step: CompactionStep): void {
    this.faultPoint(step);
  }

  /**
   * Stores a new plan's first state as its snapshot, with its state vector (computed from `state` when
   * not given); never replaces an existing one.
   */
  async createDocument(planId: string, state: Uint8Array, manager?: EntityManager, stateVector?: Uint8Array): Promise<void> {
    const runner = manager ?? this.dataSource.manager;
    try {
      await runner.query(`INSERT INTO doc_snapshots (plan_id, state, state_vector, last_update_id) VALUES ($1, $2, $3, 0)`, [
        planId,
        toBuffer(state),
        toBuffer(stateVector ?? Y.encodeStateVectorFromUpdate(state)),
      ]);
    } catch (error) {
      if (sqlState(error) === UNIQUE_VIOLATION) throw new DocumentExistsError(planId);
      throw error;
    }
  }

  /**
   * Snapshot plus later log rows, read in one statement so a concurrent compaction cannot split them.
   * A snapshot stored before state vectors were (or changed by hand since) gets its state vector
   * computed and stored here, once: the decode this costs is the one every later open saves.
   */
  async load(planId: string, manager?: EntityManager): Promise<StoredDocument> {
    const rows: { bytes: Uint8Array; id: string | number; part: number; state_vector: Uint8Array | null }[] = await (
      manager ?? this.dataSource.manager
    ).query(
      `SELECT state AS bytes, last_update_id AS id, 0 AS part, state_vector FROM doc_snapshots WHERE plan_id = $1
       UNION ALL
       SELECT "update", id, 1, NULL FROM doc_updates
        WHERE plan_id = $1
          AND id > COALESCE((SELECT last_update_id FROM doc_snapshots WHERE plan_id = $1), 0)
       ORDER BY part, id`,
      [planId],
    );
    let lastUpdateId = 0;
    let byteSize = 0;
    let snapshotBytes = 0;
    for (const row of rows) {
      lastUpdateId = Math.max(lastUpdateId, Number(row.id));
      byteSize += row.bytes.byteLength;
      if (row.part === 0) snapshotBytes = row.bytes.byteLength;
    }
    const rowsSinceSnapshot = rows.filter((row) => row.part === 1).length;
    const snapshot = rows[0]?.part === 0 ? rows[0] : undefined;
    let stateVector: Uint8Array | null = null;
    if (snapshot && rowsSinceSnapshot === 0) {
      stateVector = snapshot.state_vector ? toUint8Array(snapshot.state_vector) : await this.fillStateVector(planId, snapshot);
    }
    return {
      parts: rows.map((row) => toUint8Array(row.bytes)),
      lastUpdateId,
      rowsSinceSnapshot,
      byteSize,
      snapshotBytes,
      stateVector,
    };
  }

  /**
   * Decodes a snapshot for its state vector and stores it, unless the snapshot was replaced meanwhile
   * (a compaction writes its own). Malformed bytes give null: the store only reads, refusing a plan
   * that cannot be loaded is the caller's decision (SharedDoc decodes them again and throws).
   */
  private async fillStateVector(planId: string, snapshot: { bytes: Uint8Array; id: string | number }): Promise<Uint8Array | null> {
    let stateVector: Uint8Array;
    try {
      stateVector = Y.encodeStateVectorFromUpdate(toUint8Array(snapshot.bytes));
    } catch {
      return null;
    }
    await this.dataSource.query(
      `UPDATE doc_snapshots SET state_vector = $3 WHERE plan_id = $1 AND last_update_id = $2 AND state_vector IS NULL AND state = $4`,
      [planId, snapshot.id, toBuffer(stateVector), toBuffer(snapshot.bytes)],
    );
    return stateVector;
  }

  /**
   * A token that changes whenever the stored document may have: the snapshot row's version (its
   * `xmin` moves on every compaction), the highest log id and the number of log rows. The count is
   * needed because rows need not commit in id order (two commits in flight, other processes): a row
   * with a lower id that commits later leaves the highest id as it was. Null when the plan has no
   * document.
   */
  async version(planId: string): Promise<string | null> {
    const rows: { version: string }[] = await this.dataSource.query(
      `SELECT s.xmin::text || ':' || s.last_update_id || ':' ||
              (SELECT COALESCE(max(id), 0) || ':' || count(*) FROM doc_updates u WHERE u.plan_id = s.plan_id) AS version
         FROM doc_snapshots s WHERE s.plan_id = $1`,
      [planId],
    );
    return rows[0]?.version ?? null;
  }

  /**
   * Appends rows in one statement (atomic on its own, so one round trip); returns each plan's highest
   * new id. Inside a caller's transaction when `manager` is given, else on the append connections.
   */
  async append(rows: readonly AppendRow[], manager?: EntityManager): Promise<Map<string, number>> {
    const lastIds = new Map<string, number>();
    for (let start = 0; start < rows.length; start += MAX_ROWS_PER_INSERT) {
      const chunk = rows.slice(start, start + MAX_ROWS_PER_INSERT);
      const values = chunk.flatMap((row) => [row.planId, toBuffer(row.update)]);
      const inserted = await this.insert(chunk.length, values, manager);
      for (const row of inserted) lastIds.set(row.plan_id, Math.max(lastIds.get(row.plan_id) ?? 0, Number(row.id)));
    }
    return lastIds;
  }

  private async insert(rowCount: number, values: unknown[], manager?: EntityManager): Promise<{ id: string | number; plan_id: string }[]> {
    let text = this.appendStatements.get(rowCount);
    if (!text) {
      text = this.appendStatement(rowCount);
      if (rowCount <= MAX_PREPARED_ROWS) this.appendStatements.set(rowCount, text);
    }
    if (manager || !this.appendPool) return (manager ?? this.dataSource.manager).query(text, values);
    const name = rowCount <= MAX_PREPARED_ROWS ? `planbridge_append_${rowCount}` : undefined;
    const result = await this.appendPool.query<{ id: string | number; plan_id: string }>({ name, text, values });
    return result.rows;
  }

  /**
   * Replaces the snapshot with `state`, which must contain every log row up to `coveredUpdateId`, and
   * deletes those rows: one transaction, so a crash leaves either the old or the new pair. The state
   * vector is stored with it; pass it when it is at hand (`Y.encodeStateVector` of the doc `state` was
   * encoded from, in the same synchronous step), otherwise it is decoded from `state`.
   */
  async compact(planId: string, state: Uint8Array, coveredUpdateId: number, stateVector?: Uint8Array): Promise<void> {
    await this.dataSource.transaction((manager) => this.replaceSnapshot(manager, planId, state, coveredUpdateId, stateVector));
    this.faultPoint("committed");
  }

  /** INSERT of `rowCount` rows, parameters ($1 plan id, $2 update) per row, returning id and plan_id. */
  protected appendStatement(rowCount: number): string {
    const values = Array.from({ length: rowCount }, (_, i) => `($${2 * i + 1}, $${2 * i + 2})`).join(", ");
    return `INSERT INTO doc_updates (plan_id, "update") VALUES ${values} RETURNING id, plan_id`;
  }

  /** The two statements of a compaction, inside the caller's transaction (the state vector stored beside). */
  protected async replaceSnapshot(
    manager: EntityManager,
    planId: string,
    state: Uint8Array,
    coveredUpdateId: number,
    stateVector: Uint8Array = Y.encodeStateVectorFromUpdate(state),
  ): Promise<void> {
    await manager.query(
      `INSERT INTO doc_snapshots (plan_id, state, state_vector, last_update_id, updated_at) VALUES ($1, $2, $3, $4, now())
       ON CONFLICT (plan_id) DO UPDATE
         SET state = excluded.state, state_vector = excluded.state_vector, last_update_id = excluded.last_update_id, updated_at = now()
         WHERE doc_snapshots.last_update_id <= excluded.last_update_id`,
      [planId, toBuffer(state), toBuffer(stateVector), coveredUpdateId],
    );
    this.faultPoint("snapshot-written");
    await manager.query(`DELETE FROM doc_updates WHERE plan_id = $1 AND id <= $2`, [planId, coveredUpdateId]);
    this.faultPoint("log-deleted");
  }

  /** Row count of a plan's log (tests and diagnostics). */
  async countUpdates(planId: string): Promise<number> {
    const [row]: { count: string | number }[] = await this.dataSource.query(
      `SELECT count(*) AS count FROM doc_updates WHERE plan_id = $1`,
      [planId],
    );
    return Number(row.count);
  }
}

/** A pool on the DataSource's PostgreSQL server (same URL, so the same TLS settings); null for PGlite. */
function appendPoolFor(dataSource: DataSource): Pool | null {
  const options = dataSource.options;
  if (options.type !== "postgres" || !options.url) return null;
  const pool = new Pool({ connectionString: options.url, max: APPEND_CONNECTIONS, allowExitOnIdle: true });
  // An idle connection the server dropped (restart, outage): the pool replaces it on next use, and the
  // commit that then fails is what reports and retries the outage (GroupCommit).
  pool.on("error", () => undefined);
  return pool;
}

function toUint8Array(bytes: Uint8Array): Uint8Array {
  return bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
}

export function sqlState(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}
