/**
 * The Redis side of scale-out. One connection publishes and one subscribes (Redis gives a subscribing
 * connection to subscriptions alone). Each loaded plan has a channel of binary frames (kind, sender's
 * process id, payload); one more channel carries relayed events and heartbeats as JSON.
 *
 * Redis is a fast path, never the record: while it is away publishing fails at once (nothing queues
 * up), and the bus says so (`down` / `up`, `peerLost`) so that the replication catches up from
 * PostgreSQL. The bus keeps the set of channels it wants and subscribes them again on every reconnect.
 */
import { randomBytes } from "node:crypto";
import { EventEmitter } from "node:events";
import { Redis, type RedisOptions } from "ioredis";

export enum PlanMessageKind {
  /** A durable update the sender received from one of its clients. */
  Update = 1,
  Awareness = 2,
  /** A process opened the plan: the others send the presence of their clients. */
  AwarenessQuery = 3,
  /** The sender could not publish some updates: read the plan from PostgreSQL. */
  CatchUp = 4,
}

export interface RelayedEvent {
  source: string;
  name: string;
  payload: unknown;
}

interface BusEventMap {
  plan: [planId: string, kind: PlanMessageKind, payload: Uint8Array];
  event: [event: RelayedEvent];
  /** Subscriptions are in place (first connect or again after Redis was away): catch up what was missed. */
  up: [];
  /** A process stopped sending heartbeats: what it stored but never published must be read from storage. */
  peerLost: [];
}

export interface BusSettings {
  redisUrl: string;
  /** Prefix of every channel, so several deployments (or tests) can share one Redis. */
  keyPrefix: string;
  heartbeatMs: number;
}

const PROCESS_ID_BYTES = 8;
const HEADER_BYTES = 1 + PROCESS_ID_BYTES;
/** A peer is gone after this many missed heartbeats. */
const MISSED_HEARTBEATS = 3.5;

export class RedisBus extends EventEmitter<BusEventMap> {
  private readonly processId = randomBytes(PROCESS_ID_BYTES);
  private readonly processTag = this.processId.toString("hex");
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly planChannels = new Set<string>();
  private readonly eventsChannel: string;
  private readonly planPrefix: string;
  /** Plans with updates that could not be published: the others are told to catch up once Redis is back. */
  private readonly unpublished = new Set<string>();
  /** Other processes by id, with the time of their last heartbeat. */
  private readonly peers = new Map<string, number>();
  private readonly heartbeat: NodeJS.Timeout;
  private isSubscribed = false;
  private isClosed = false;

  constructor(private readonly settings: BusSettings) {
    super();
    this.eventsChannel = `${settings.keyPrefix}events`;
    this.planPrefix = `${settings.keyPrefix}plan:`;
    const options: RedisOptions = {
      // Fail at once while disconnected: catch-up from PostgreSQL replaces what was not sent.
      enableOfflineQueue: false,
      autoResubscribe: false,
      maxRetriesPerRequest: 1,
      retryStrategy: (attempt) => Math.min(100 * attempt, 1_000),
    };
    this.publisher = new Redis(settings.redisUrl, { ...options, connectionName: "planbridge-publish" });
    this.subscriber = new Redis(settings.redisUrl, { ...options, connectionName: "planbridge-subscribe" });
    // Without listeners ioredis reports every failed reconnect as an unhandled error.
    this.publisher.on("error", () => undefined);
    this.subscriber.on("error", () => undefined);
    this.publisher.on("ready", () => this.announceUnpublished());
    this.subscriber.on("ready", () => void this.subscribeAll());
    this.subscriber.on("close", () => {
      this.isSubscribed = false;
      this.peers.clear();
    });
    this.subscriber.on("messageBuffer", (channel: Buffer, message: Buffer) => this.receive(channel.toString(), message));
    this.heartbeat = setInterval(() => this.beat(), settings.heartbeatMs);
    this.heartbeat.unref();
  }

  /** Whether messages from other processes reach this one right now. */
  get isUp(): boolean {
    return this.isSubscribed;
  }

  /** Resolves once subscribed, or at once while Redis is away (the reconnect catches up instead). */
  async subscribePlan(planId: string): Promise<void> {
    const channel = this.planPrefix + planId;
    this.planChannels.add(channel);
    if (this.isSubscribed) await this.subscriber.subscribe(channel).catch(() => undefined);
  }

  unsubscribePlan(planId: string): void {
    const channel = this.planPrefix + planId;
    this.planChannels.delete(channel);
    if (this.isSubscribed) this.subscriber.unsubscribe(channel).catch(() => undefined);
  }

  publishPlan(planId: string, kind: PlanMessageKind, payload: Uint8Array = new Uint8Array(0)): void {
    const frame = Buffer.allocUnsafe(HEADER_BYTES + payload.byteLength);
    frame[0] = kind;
    this.processId.copy(frame, 1);
    frame.set(payload, HEADER_BYTES);
    const remember = () => {
      if (kind === PlanMessageKind.Update || kind === PlanMessageKind.CatchUp) this.unpublished.add(planId);
    };
    if (this.publisher.status !== "ready") return remember();
    this.publisher.publish(this.planPrefix + planId, frame).catch(remember);
  }

  publishEvent(event: RelayedEvent): void {
    this.publishJson({ origin: this.processTag, ...event });
  }

  async close(): Promise<void> {
    this.isClosed = true;
    clearInterval(this.heartbeat);
    this.removeAllListeners();
    await Promise.allSettled([this.publisher.quit(), this.subscriber.quit()]);
    this.publisher.disconnect();
    this.subscriber.disconnect();
  }

  private async subscribeAll(): Promise<void> {
    try {
      await this.subscriber.subscribe(this.eventsChannel, ...this.planChannels);
    } catch {
      return; // the connection dropped again; the next `ready` retries
    }
    if (this.isClosed || this.subscriber.status !== "ready") return;
    this.isSubscribed = true;
    this.emit("up");
  }

  private announceUnpublished(): void {
    const plans = [...this.unpublished];
    this.unpublished.clear();
    for (const planId of plans) this.publishPlan(planId, PlanMessageKind.CatchUp);
  }

  private receive(channel: string, message: Buffer): void {
    if (channel === this.eventsChannel) return this.receiveJson(message);
    if (!channel.startsWith(this.planPrefix) || message.byteLength < HEADER_BYTES) return;
    if (message.subarray(1, HEADER_BYTES).equals(this.processId)) return; // our own
    const kind = message[0] as PlanMessageKind;
    if (!(kind in PlanMessageKind)) return;
    this.emit("plan", channel.slice(this.planPrefix.length), kind, message.subarray(HEADER_BYTES));
  }

  private receiveJson(message: Buffer): void {
    let parsed: { origin?: unknown; source?: unknown; name?: unknown; payload?: unknown };
    try {
      parsed = JSON.parse(message.toString("utf8")) as typeof parsed;
    } catch {
      return;
    }
    if (typeof parsed.origin !== "string" || parsed.origin === this.processTag) return;
    this.peers.set(parsed.origin, Date.now());
    if (typeof parsed.source === "string" && typeof parsed.name === "string") {
      this.emit("event", { source: parsed.source, name: parsed.name, payload: parsed.payload });
    }
  }

  private publishJson(message: object): void {
    if (this.publisher.status !== "ready") return;
    this.publisher.publish(this.eventsChannel, JSON.stringify(message)).catch(() => undefined);
  }

  private beat(): void {
    this.publishJson({ origin: this.processTag });
    const deadline = Date.now() - MISSED_HEARTBEATS * this.settings.heartbeatMs;
    let isAnyLost = false;
    for (const [peer, seenAt] of this.peers) {
      if (seenAt >= deadline) continue;
      this.peers.delete(peer);
      isAnyLost = true;
    }
    if (isAnyLost) this.emit("peerLost");
  }
}
