/**
 * Scale-out over Redis (REDIS_URL): several planbridge processes behind any load balancer share live
 * plans. Loaded only by the composition root, and only when REDIS_URL is set, so a single process never
 * loads a Redis client. PostgreSQL stays the record; Redis only carries what is already stored.
 */
import type { DataSource } from "typeorm";
import type { DomainEvents } from "../../events/domain-events";
import type { ScaleOut } from "../collaboration";
import type { DocStore, FaultPoint } from "../collaboration/doc-store";
import type { ReplicaDocuments } from "../collaboration/scale-out.port";
import type { CommentEvents } from "../comments/comment-events";
import { ClusterDocStore } from "./cluster-doc-store";
import { relayEvents } from "./event-relay";
import { PlanReplication } from "./plan-replication";
import { RedisBus } from "./redis-bus";

export interface ClusterSettings {
  redisUrl: string;
  keyPrefix: string;
  /** While Redis is away, each loaded plan catches up from PostgreSQL this often (default 2000 ms). */
  catchUpMs?: number;
  /** Processes tell each other they are alive this often (default 1000 ms). */
  heartbeatMs?: number;
}

export class ClusterScaleOut implements ScaleOut {
  private readonly bus: RedisBus;
  private readonly replications: PlanReplication[] = [];
  private readonly stopRelays: (() => void)[] = [];

  constructor(private readonly settings: ClusterSettings) {
    this.bus = new RedisBus({ redisUrl: settings.redisUrl, keyPrefix: settings.keyPrefix, heartbeatMs: settings.heartbeatMs ?? 1_000 });
  }

  /** Whether this process hears the others right now (false while Redis is away). */
  get isConnected(): boolean {
    return this.bus.isUp;
  }

  createStore(dataSource: DataSource, faultPoint?: FaultPoint): DocStore {
    return new ClusterDocStore(dataSource, faultPoint);
  }

  replicate(registry: ReplicaDocuments, store: DocStore): PlanReplication {
    const replication = new PlanReplication(this.bus, registry, store, this.settings.catchUpMs ?? 2_000);
    this.replications.push(replication);
    return replication;
  }

  relayEvents(domainEvents: DomainEvents, commentEvents: CommentEvents): void {
    this.stopRelays.push(relayEvents(this.bus, domainEvents, commentEvents));
  }

  /** After the collaboration server closed (its last updates are published). */
  async close(): Promise<void> {
    for (const stop of this.stopRelays) stop();
    await Promise.all(this.replications.map((replication) => replication.close()));
    await this.bus.close();
  }
}
