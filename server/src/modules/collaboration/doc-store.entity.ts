/**
 * Table shapes of the document store, for TypeORM's metadata. The hot path (append, load, compact)
 * uses hand-written SQL in doc-store.ts, so these classes are never loaded row by row.
 */
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from "typeorm";

/** One durable Yjs update (or the merge of all updates one plan received in one tick). */
@Entity("doc_updates")
export class DocUpdate {
  @PrimaryGeneratedColumn({ type: "bigint" })
  id: string;

  @Column({ name: "plan_id", type: "uuid" })
  planId: string;

  @Column({ name: "update", type: "bytea" })
  update: Uint8Array;

  @Column({ name: "created_at", type: "timestamptz", default: () => "now()" })
  createdAt: Date;
}

/** A plan's compacted state; covers every log row with id <= lastUpdateId. */
@Entity("doc_snapshots")
export class DocSnapshot {
  @PrimaryColumn({ name: "plan_id", type: "uuid" })
  planId: string;

  @Column({ type: "bytea" })
  state: Uint8Array;

  /** Y.encodeStateVector of `state`, written with it (null for rows older than the column). */
  @Column({ name: "state_vector", type: "bytea", nullable: true })
  stateVector: Uint8Array | null;

  @Column({ name: "last_update_id", type: "bigint", default: 0 })
  lastUpdateId: string;

  @Column({ name: "updated_at", type: "timestamptz", default: () => "now()" })
  updatedAt: Date;
}
