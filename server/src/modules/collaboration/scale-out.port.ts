/**
 * Scale-out hooks (REDIS_URL): several server processes serve the same plans, each keeping its loaded
 * copy in step with the others'. modules/cluster implements them; without it this process serves alone
 * and none of these is called.
 */
import type { DataSource } from "typeorm";
import type { DocStore, FaultPoint } from "./doc-store";
import type { SharedDoc } from "./shared-doc";

/** Origin of updates and presence applied from another process: never stored or published again here. */
export const REMOTE_ORIGIN = Symbol("planbridge-remote-process");

export interface DocumentReplication {
  /** A plan is about to be read from storage: from now on, others' updates to it must reach this process. */
  planLoading(planId: string): Promise<void>;
  /** The plan is in memory (`room`), or failed to load (`null`). */
  planOpened(planId: string, room: SharedDoc | null): void;
  /** The plan left memory: stop receiving its updates. */
  planClosed(planId: string): void;
  /** An update this process received is durable: tell the other processes. */
  updateStored(planId: string, update: Uint8Array): void;
}

/** What replication needs of this process's documents (the DocumentRegistry provides it). */
export interface ReplicaDocuments {
  /** Applies an update another process stored to the plan, if loaded, and sends what was new to its members. */
  applyRemote(planId: string, update: Uint8Array): void;
}

export interface ScaleOut {
  /** Storage safe for several writing processes (appends and compactions of a plan exclude each other). */
  createStore(dataSource: DataSource, faultPoint?: FaultPoint): DocStore;
  /** Starts replicating the documents `registry` loads; stopped by the scale-out's own close. */
  replicate(registry: ReplicaDocuments, store: DocStore): DocumentReplication;
}
