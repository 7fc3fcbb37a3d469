/**
 * Keeps this process's loaded plans in step with the other processes': durable updates and presence
 * go out on the plan's channel, and what the others publish is applied here and sent to this process's
 * clients (not stored: its receiver stored it). Whenever messages may have been missed (Redis was
 * away, a process died between its commit and its publish, a sender could not publish), each loaded
 * plan catches up from PostgreSQL by state-vector diff; while Redis is away that also runs on a timer.
 */
import * as awarenessProtocol from "y-protocols/awareness";
import * as Y from "yjs";
import type { DocStore } from "../collaboration/doc-store";
import { REMOTE_ORIGIN, type DocumentReplication, type ReplicaDocuments } from "../collaboration/scale-out.port";
import type { SharedDoc } from "../collaboration/shared-doc";
import { PlanMessageKind, type RedisBus } from "./redis-bus";

type AwarenessChanges = { added: number[]; updated: number[]; removed: number[] };

interface OpenPlan {
  room: SharedDoc;
  stopPresence: () => void;
}

export class PlanReplication implements DocumentReplication {
  private readonly open = new Map<string, OpenPlan>();
  /** Updates that arrived while their plan was being read from storage, applied once it is loaded. */
  private readonly early = new Map<string, Uint8Array[]>();
  private readonly catchUpQueued = new Set<string>();
  private catchUps: Promise<void> = Promise.resolve();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly bus: RedisBus,
    private readonly registry: ReplicaDocuments,
    private readonly store: DocStore,
    catchUpMs: number,
  ) {
    bus.on("plan", this.receive);
    bus.on("up", this.catchUpAll);
    bus.on("peerLost", this.catchUpAll);
    this.timer = setInterval(() => {
      if (!bus.isUp) this.catchUpAll();
    }, catchUpMs);
    this.timer.unref();
  }

  async planLoading(planId: string): Promise<void> {
    this.early.set(planId, []);
    // Subscribed before the read: an update stored after the read is published after it, so it arrives.
    await this.bus.subscribePlan(planId);
  }

  planOpened(planId: string, room: SharedDoc | null): void {
    const early = this.early.get(planId) ?? [];
    this.early.delete(planId);
    if (!room) {
      if (!this.open.has(planId)) this.bus.unsubscribePlan(planId);
      return;
    }
    const onPresence = (changes: AwarenessChanges, origin: unknown) => {
      if (origin === REMOTE_ORIGIN) return;
      const clients = [...changes.added, ...changes.updated, ...changes.removed];
      if (clients.length === 0) return;
      this.bus.publishPlan(planId, PlanMessageKind.Awareness, awarenessProtocol.encodeAwarenessUpdate(room.awareness, clients));
    };
    room.awareness.on("update", onPresence);
    this.open.set(planId, { room, stopPresence: () => room.awareness.off("update", onPresence) });
    for (const update of early) this.registry.applyRemote(planId, update);
    this.bus.publishPlan(planId, PlanMessageKind.AwarenessQuery);
  }

  planClosed(planId: string): void {
    const plan = this.open.get(planId);
    if (!plan) return;
    plan.stopPresence();
    this.open.delete(planId);
    this.bus.unsubscribePlan(planId);
  }

  updateStored(planId: string, update: Uint8Array): void {
    this.bus.publishPlan(planId, PlanMessageKind.Update, update);
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    this.bus.off("plan", this.receive);
    this.bus.off("up", this.catchUpAll);
    this.bus.off("peerLost", this.catchUpAll);
    await this.catchUps;
  }

  private readonly receive = (planId: string, kind: PlanMessageKind, payload: Uint8Array): void => {
    if (kind === PlanMessageKind.Update) {
      const early = this.early.get(planId);
      if (early) early.push(payload);
      else this.registry.applyRemote(planId, payload);
      return;
    }
    const plan = this.open.get(planId);
    if (!plan) return;
    if (kind === PlanMessageKind.Awareness) this.applyPresence(plan.room, payload);
    else if (kind === PlanMessageKind.AwarenessQuery) this.sendOwnPresence(planId, plan.room);
    else if (kind === PlanMessageKind.CatchUp) this.queueCatchUp(planId);
  };

  private applyPresence(room: SharedDoc, update: Uint8Array): void {
    try {
      awarenessProtocol.applyAwarenessUpdate(room.awareness, update, REMOTE_ORIGIN);
    } catch {
      // A malformed frame on the bus changes nothing here.
    }
  }

  /** The presence of the clients connected to this process (the others' is theirs to send). */
  private sendOwnPresence(planId: string, room: SharedDoc): void {
    const own = [...room.awareness.getStates().keys()].filter((clientId) => room.awarenessOwner(clientId) !== undefined);
    if (own.length === 0) return;
    this.bus.publishPlan(planId, PlanMessageKind.Awareness, awarenessProtocol.encodeAwarenessUpdate(room.awareness, own));
  }

  private readonly catchUpAll = (): void => {
    for (const planId of this.open.keys()) this.queueCatchUp(planId);
  };

  /** One catch-up at a time; a plan already waiting for one does not queue another. */
  private queueCatchUp(planId: string): void {
    if (this.catchUpQueued.has(planId)) return;
    this.catchUpQueued.add(planId);
    this.catchUps = this.catchUps
      .then(() => {
        this.catchUpQueued.delete(planId);
        return this.catchUp(planId);
      })
      .catch(() => undefined); // storage unreachable: the timer or the next reconnect tries again
  }

  /** Applies what storage has and this copy lacks (the diff against this copy's state vector). */
  private async catchUp(planId: string): Promise<void> {
    if (!this.open.has(planId)) return;
    const stored = await this.store.load(planId);
    const plan = this.open.get(planId);
    if (!plan) return;
    const doc = new Y.Doc();
    try {
      doc.transact(() => {
        for (const part of stored.parts) Y.applyUpdate(doc, part);
      });
      this.registry.applyRemote(planId, Y.encodeStateAsUpdate(doc, Y.encodeStateVector(plan.room.doc)));
    } finally {
      doc.destroy();
    }
  }
}
