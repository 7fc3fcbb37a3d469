/**
 * One collaboration socket: speaks y-websocket's protocol for one user on one plan. Read-only roles
 * get the document and presence but their content messages are dropped; writers get a SaveAck once
 * their updates are durable.
 */
import * as decoding from "lib0/decoding";
import * as awarenessProtocol from "y-protocols/awareness";
import type WebSocket from "ws";
import { CloseCode, encodeSaveAck, encodeSaveStalled, MessageType, SyncMessageType } from "@planbridge/protocol";
import type { Limits } from "@planbridge/plan-schema";
import { stampAwarenessUpdate, type AwarenessIdentity } from "./awareness-identity";
import type { DocumentRegistry } from "./document-registry";
import { toBuffer } from "./bytes";
import { checkDocumentShape } from "./document-shape";
import { CollaborationError, DocumentShapeError } from "./errors";
import { encodeAwarenessStates, encodeSyncMessage } from "./fanout";
import { secondsSince, type CollaborationMetrics, type CollaborationTelemetry } from "./metrics";
import type { RoomMember, SharedDoc } from "./shared-doc";
import { TokenBucket } from "./token-bucket";
import { validateUpdate } from "./update-validation";

export interface ConnectionGrant {
  planId: string;
  userId: string;
  sessionId: string;
  identity: AwarenessIdentity;
  canWrite: boolean;
  /** The client asked for SaveAck/SaveStalled (`?acks=1`); a stock y-websocket client gets neither. */
  wantsAcks: boolean;
}

/** A reader that stops reading would make the server buffer without bound: cut it off instead. */
const MAX_BUFFERED_BYTES = 64 * 1024 * 1024;
/** Awareness client ids one socket may speak for (one per Y.Doc the tab binds to this plan). */
const MAX_AWARENESS_CLIENTS = 4;
/** Time a closing socket gets for the close handshake before it is destroyed. */
const CLOSE_GRACE_MS = 2_000;

export class Connection implements RoomMember {
  private isWritable: boolean;
  /** When write access was last decided (process.hrtime), see setCanWrite. */
  private writeAccessDecidedAt = 0n;
  /** Content messages dropped because the connection is read-only. */
  droppedWrites = 0;
  /** Non-empty content messages accepted / durable, for the SaveAck. */
  acceptedWrites = 0;
  savedWrites = 0;
  private readonly savedClocks = new Map<number, number>();
  private isAckScheduled = false;
  /** SaveStalled was sent and no SaveAck has followed yet. */
  private isToldStalled = false;
  private isClosed = false;
  /** The server is shutting down: content messages are ignored (the client resends them on reconnect). */
  private isDraining = false;
  private readonly messageRate: TokenBucket;
  /** Update bytes: one editor cannot grow the plan (and everyone's fan-out) faster than this. */
  private readonly updateByteRate: TokenBucket;
  /** Presence bytes: relayed to every member, so a flood would multiply. */
  private readonly awarenessByteRate: TokenBucket;
  private readonly claimedClients = new Set<number>();
  /** Settles when the socket is closed for good (close handshake done, or terminated after CLOSE_GRACE_MS). */
  readonly socketClosed: Promise<void>;

  constructor(
    private readonly socket: WebSocket,
    readonly grant: ConnectionGrant,
    readonly room: SharedDoc,
    private readonly registry: DocumentRegistry,
    private readonly limits: Limits,
    private readonly metrics: CollaborationMetrics,
    private readonly telemetry: CollaborationTelemetry,
    private readonly onClosed: (connection: Connection) => void,
  ) {
    this.isWritable = grant.canWrite;
    this.messageRate = new TokenBucket(limits.messagesPerSecond, limits.messageBurst);
    this.updateByteRate = new TokenBucket(limits.updateBytesPerSecond, limits.updateByteBurst);
    this.awarenessByteRate = new TokenBucket(limits.awarenessBytesPerSecond, limits.awarenessByteBurst);
    socket.binaryType = "nodebuffer";
    this.socketClosed = new Promise((resolve) => socket.once("close", () => resolve()));
    socket.on("message", (data, isBinary) => this.onMessage(data as Buffer, isBinary));
    socket.on("close", (code) => this.cleanUp(code));
    socket.on("error", (error) => {
      // ws reports an oversized frame (1009) and protocol violations here, then closes the socket.
      const reason = (error as { code?: string }).code === "WS_ERR_UNSUPPORTED_MESSAGE_LENGTH" ? "frame too large" : "protocol error";
      this.countRefusal(reason);
      this.cleanUp(1006);
    });
  }

  get canWrite(): boolean {
    return this.isWritable;
  }

  /**
   * Domain events and the periodic sweep both decide write access; a sweep that read the database
   * before an event (archive, demotion) must not undo it, so the older decision loses.
   */
  setCanWrite(canWrite: boolean, decidedAt: bigint = process.hrtime.bigint()): void {
    if (decidedAt < this.writeAccessDecidedAt) return;
    this.writeAccessDecidedAt = decidedAt;
    this.isWritable = canWrite;
  }

  /** Stops accepting edits (not counted as refused): shutdown commits what it has, then closes. */
  drain(): void {
    this.isDraining = true;
  }

  get userId(): string {
    return this.grant.userId;
  }

  get sessionId(): string {
    return this.grant.sessionId;
  }

  /** Joins the room and starts the y-websocket handshake (SyncStep1 and everyone's presence). */
  start(): void {
    this.log.info({ role: this.grant.canWrite ? "writer" : "reader", acks: this.grant.wantsAcks }, "collaboration connect");
    this.room.addMember(this);
    this.send(encodeSyncMessage(SyncMessageType.SyncStep1, this.room.encodeStateVector()));
    if (this.room.awareness.getStates().size > 0) this.send(encodeAwarenessStates(this.room.awareness));
  }

  send(message: Buffer): void {
    if (this.isClosed || this.socket.readyState !== this.socket.OPEN) return;
    if (this.socket.bufferedAmount > MAX_BUFFERED_BYTES) {
      this.close(CloseCode.RateLimited, "not reading fast enough");
      return;
    }
    this.socket.send(message, { binary: true });
  }

  close(code: number, reason: string): void {
    if (this.isClosed) return;
    this.cleanUp(code, reason);
    this.socket.close(code, reason);
    // A client that never answers the close frame must not keep its socket (revocation has a deadline).
    setTimeout(() => this.socket.terminate(), CLOSE_GRACE_MS).unref();
  }

  /** Closes the socket because of a frame the client sent: counted by reason and logged. */
  private refuse(code: number, reason: string): void {
    this.countRefusal(reason);
    this.close(code, reason);
  }

  private countRefusal(reason: string): void {
    this.metrics.refusedFrames[reason] = (this.metrics.refusedFrames[reason] ?? 0) + 1;
    this.log.warn({ reason }, "refused frame");
  }

  private get log() {
    return this.telemetry.logger.child({ user: this.grant.userId, plan: this.grant.planId });
  }

  private cleanUp(code: number, reason = ""): void {
    if (this.isClosed) return;
    this.isClosed = true;
    this.log.info({ code, reason, updates: this.acceptedWrites, saved: this.savedWrites }, "collaboration close");
    this.room.removeMember(this);
    this.onClosed(this);
  }

  private onMessage(data: Buffer, isBinary: boolean): void {
    if (this.isClosed) return;
    if (!isBinary) return this.refuse(CloseCode.InvalidMessage, "binary frames only");
    if (!this.messageRate.take()) return this.refuse(CloseCode.RateLimited, "too many messages");
    try {
      this.handleFrame(data);
    } catch (error) {
      // Invalid updates and shape violations are counted; either way the update was never applied.
      if (error instanceof CollaborationError) this.metrics.rejectedUpdates++;
      this.refuse(CloseCode.InvalidMessage, error instanceof DocumentShapeError ? "update breaks the plan layout" : "malformed message");
    }
  }

  private handleFrame(frame: Buffer): void {
    const decoder = decoding.createDecoder(frame);
    const type = decoding.readVarUint(decoder);
    if (type === MessageType.Sync) return this.handleSync(decoder, frame);
    if (type === MessageType.Awareness) return this.handleAwareness(decoding.readVarUint8Array(decoder));
    if (type === MessageType.QueryAwareness) return this.send(encodeAwarenessStates(this.room.awareness));
    if (type === MessageType.Auth) return;
    this.refuse(CloseCode.InvalidMessage, "unknown message type");
  }

  private handleSync(decoder: decoding.Decoder, frame: Buffer): void {
    const syncType = decoding.readVarUint(decoder);
    if (syncType === SyncMessageType.SyncStep1) {
      const stateVector = decoding.readVarUint8Array(decoder);
      return this.send(encodeSyncMessage(SyncMessageType.SyncStep2, this.room.encodeStateAsUpdate(stateVector)));
    }
    if (syncType !== SyncMessageType.SyncStep2 && syncType !== SyncMessageType.Update) {
      return this.refuse(CloseCode.InvalidMessage, "unknown sync message");
    }
    if (this.isDraining) return;
    if (!this.canWrite) {
      this.droppedWrites++;
      this.metrics.droppedReadOnlyWrites++;
      return;
    }
    const update = decoding.readVarUint8Array(decoder);
    // An Update frame with nothing after its payload can be forwarded as it is: no re-encoding.
    const isExactUpdate = syncType === SyncMessageType.Update && decoder.pos === frame.length;
    this.receiveUpdate(update, isExactUpdate ? frame : undefined);
  }

  private receiveUpdate(update: Uint8Array, frame: Buffer | undefined): void {
    if (update.byteLength > this.limits.maxUpdateBytes) return this.refuse(CloseCode.TooLarge, "update too large");
    if (!this.updateByteRate.take(update.byteLength)) return this.refuse(CloseCode.RateLimited, "writing too fast");
    const { decoded, clocks, isEmpty, isIncomplete } = validateUpdate(update, this.room);
    if (isEmpty) return;
    if (isIncomplete) {
      this.metrics.incompleteUpdates++;
      return this.refuse(CloseCode.ResyncRequired, "missing dependencies, reconnect to resync");
    }
    if (this.room.approxBytes + update.byteLength > this.limits.maxDocBytes) {
      return this.refuse(CloseCode.TooLarge, "document too large");
    }
    if (!this.registry.mayHold(update.byteLength)) {
      return this.refuse(CloseCode.SavesPaused, "database unavailable, edits paused until it returns");
    }
    checkDocumentShape(decoded, this.room.doc, this.limits);
    this.acceptedWrites++;
    const receivedAt = process.hrtime.bigint();
    this.registry.publish(this.room, update, this, { onDurable: () => this.markDurable(clocks, receivedAt), message: frame });
    if (this.registry.committer.isStalled) this.saveStalled();
  }

  /** Tells a client that asked for acks that its edits are held, not saved (it shows "Not saved — retrying"). */
  saveStalled(): void {
    if (!this.grant.wantsAcks || this.isToldStalled) return;
    this.isToldStalled = true;
    this.send(toBuffer(encodeSaveStalled()));
  }

  private handleAwareness(update: Uint8Array): void {
    if (update.byteLength > this.limits.maxAwarenessBytes) return this.refuse(CloseCode.TooLarge, "presence too large");
    if (!this.awarenessByteRate.take(update.byteLength)) return this.refuse(CloseCode.RateLimited, "presence too frequent");
    const stamped = stampAwarenessUpdate(update, this.grant.identity, (clientId) => this.mayClaim(clientId));
    if (stamped) awarenessProtocol.applyAwarenessUpdate(this.room.awareness, stamped, this);
  }

  private mayClaim(clientId: number): boolean {
    const owner = this.room.awarenessOwner(clientId);
    if (owner) return owner === this;
    if (this.claimedClients.size >= MAX_AWARENESS_CLIENTS) return false;
    this.claimedClients.add(clientId);
    this.room.claimAwareness(clientId, this);
    return true;
  }

  /** Called by the group commit; acks of one commit are coalesced into one message. */
  private markDurable(clocks: Map<number, number>, receivedAt: bigint): void {
    this.savedWrites++;
    this.telemetry.observeAck(secondsSince(receivedAt));
    for (const [clientId, clock] of clocks) {
      if (clock > (this.savedClocks.get(clientId) ?? 0)) this.savedClocks.set(clientId, clock);
    }
    if (this.isAckScheduled || !this.grant.wantsAcks) return;
    this.isAckScheduled = true;
    queueMicrotask(() => {
      this.isAckScheduled = false;
      this.isToldStalled = false;
      this.metrics.savedAcksSent++;
      this.send(toBuffer(encodeSaveAck({ savedCount: this.savedWrites, clocks: this.savedClocks })));
    });
  }
}
