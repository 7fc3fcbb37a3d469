/**
 * A minimal y-websocket client for load generation: it holds no Y.Doc (frames are precomputed) and
 * hands incoming frames to callbacks with a receive timestamp.
 */
import { performance } from "node:perf_hooks";
import WebSocket from "ws";
import * as decoding from "lib0/decoding";
import {
  MESSAGE_SYNC,
  readFrame,
  SYNC_STEP1,
  SYNC_STEP1_EMPTY,
  SYNC_STEP2,
  SYNC_STEP2_EMPTY,
  SYNC_UPDATE,
  type IncomingFrame,
} from "./yjs-messages";

export interface PlanTarget {
  url: string;
  headers: Record<string, string>;
  /** Yjs servers answer our sync step 1; the relay stores nothing, so a client is ready once open. */
  handshake: boolean;
}

export type FrameHandler = (frame: IncomingFrame, now: number) => void;

export class ClientClosedError extends Error {
  readonly code = "CLIENT_CLOSED";
}

export class BenchClient {
  onUpdate: FrameHandler | null = null;
  onOther: FrameHandler | null = null;
  /** Payload of the server's sync step 2 (the whole doc), kept only when asked for. */
  syncedState: Uint8Array | null = null;
  closeCode: number | null = null;
  /** Non-empty content messages (updates) sent so far: planbridge's save acks count these. */
  contentSent = 0;
  private readonly socket: WebSocket;

  private constructor(socket: WebSocket) {
    this.socket = socket;
  }

  /** Opens a connection and resolves when it is ready (synced with a Yjs server; open for the relay). */
  static connect(target: PlanTarget, options: { keepSyncedState?: boolean } = {}): Promise<BenchClient> {
    const socket = new WebSocket(target.url, { headers: target.headers });
    socket.binaryType = "nodebuffer";
    const client = new BenchClient(socket);
    return new Promise((resolve, reject) => {
      let isReady = false;
      const ready = () => {
        isReady = true;
        resolve(client);
      };
      socket.on("open", () => {
        if (!target.handshake) ready();
        else socket.send(SYNC_STEP1_EMPTY);
      });
      socket.on("message", (data: Buffer) => {
        const now = performance.now();
        const frame = readFrame(data);
        if (frame.type === MESSAGE_SYNC && frame.syncType === SYNC_UPDATE) {
          client.onUpdate?.(frame, now);
        } else if (frame.type === MESSAGE_SYNC && frame.syncType === SYNC_STEP1) {
          socket.send(SYNC_STEP2_EMPTY);
        } else if (frame.type === MESSAGE_SYNC && frame.syncType === SYNC_STEP2) {
          if (options.keepSyncedState) client.syncedState = decoding.readVarUint8Array(frame.decoder);
          if (!isReady) ready();
        } else {
          client.onOther?.(frame, now);
        }
      });
      socket.on("close", (code) => {
        client.closeCode = code;
        if (!isReady) reject(new ClientClosedError(`${target.url} closed with ${code} before it was ready`));
      });
      socket.on("error", (error) => {
        if (!isReady) reject(error);
      });
    });
  }

  send(frame: Uint8Array): void {
    this.socket.send(frame);
  }

  get isOpen(): boolean {
    return this.socket.readyState === WebSocket.OPEN;
  }

  /** Bytes queued in the socket but not yet written: the load generator's own backlog. */
  get bufferedAmount(): number {
    return this.socket.bufferedAmount;
  }

  close(): Promise<void> {
    if (this.socket.readyState === WebSocket.CLOSED) return Promise.resolve();
    return new Promise((resolve) => {
      this.socket.once("close", () => resolve());
      this.socket.close();
      setTimeout(() => this.socket.terminate(), 2000).unref();
    });
  }
}

export async function connectAll(target: PlanTarget, count: number): Promise<BenchClient[]> {
  const clients: BenchClient[] = [];
  for (let index = 0; index < count; index++) clients.push(await BenchClient.connect(target));
  return clients;
}

export async function closeAll(clients: BenchClient[]): Promise<void> {
  await Promise.all(clients.map((client) => client.close()));
}
