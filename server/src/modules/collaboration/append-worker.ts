/**
 * Appends off the event loop: the group commit's INSERTs run on a worker thread that owns its own
 * PostgreSQL connections, so pg's serialisation, socket writes and result parsing never delay the
 * fan-out of the next update on the main thread. The main thread posts the statement and its values
 * and gets the returned rows (or the error, with its SQLSTATE) back; an ack still waits for COMMIT.
 *
 * The thread starts on the first append (a store that only loads never starts one), holds the process
 * open only while an append is in flight, and is restarted by the next append if it ever dies: the
 * appends it had in flight fail like an unreachable database, and the group commit retries them.
 */
import { Worker } from "node:worker_threads";

export interface AppendWorkerData {
  connectionString: string;
  /** Connections of the thread's pool: that many appends may be in flight at once. */
  connections: number;
}

export type AppendRequest =
  | { type: "query"; id: number; name?: string; text: string; values: unknown[] }
  | { type: "close" };

export type AppendReply =
  | { type: "rows"; id: number; rows: unknown[] }
  | { type: "error"; id: number; message: string; code?: string }
  | { type: "closed" };

/** An append the database refused; `code` is the SQLSTATE (or the socket error code) as pg reported it. */
export class AppendError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = "AppendError";
  }
}

interface Waiter {
  resolve(rows: unknown[]): void;
  reject(error: Error): void;
}

export class AppendWorker {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly waiting = new Map<number, Waiter>();

  constructor(private readonly data: AppendWorkerData) {}

  query<Row>(text: string, values: unknown[], name?: string): Promise<Row[]> {
    const worker = this.worker ?? this.start();
    const id = this.nextId++;
    return new Promise<Row[]>((resolve, reject) => {
      this.waiting.set(id, { resolve: (rows) => resolve(rows as Row[]), reject });
      if (this.waiting.size === 1) worker.ref();
      // A Buffer is often a view of a much larger one (a socket read, a pooled slab) and cloning would
      // copy all of it: post an exact-size copy of its bytes, transferred rather than cloned again.
      const transfer: ArrayBuffer[] = [];
      const sent = values.map((value) => {
        if (!(value instanceof Uint8Array)) return value;
        const copy = new Uint8Array(value);
        transfer.push(copy.buffer);
        return copy;
      });
      worker.postMessage({ type: "query", id, name, text, values: sent } satisfies AppendRequest, transfer);
    });
  }

  /** Closes the thread's connections and stops it. */
  async close(): Promise<void> {
    const worker = this.worker;
    if (!worker) return;
    this.worker = null;
    worker.ref();
    await new Promise<void>((resolve) => {
      const onReply = (reply: AppendReply) => reply.type === "closed" && resolve();
      worker.on("message", onReply);
      worker.once("exit", () => resolve());
      worker.postMessage({ type: "close" } satisfies AppendRequest);
    });
    await worker.terminate();
  }

  private start(): Worker {
    const worker = new Worker(threadSource(), { eval: true, workerData: this.data });
    worker.unref();
    worker.on("message", (reply: AppendReply) => this.onReply(worker, reply));
    worker.on("error", (error) => this.stopped(worker, error));
    worker.on("exit", (code) => this.stopped(worker, new AppendError(`append worker exited (${code})`)));
    this.worker = worker;
    return worker;
  }

  private onReply(worker: Worker, reply: AppendReply): void {
    if (reply.type === "closed") return;
    const waiter = this.waiting.get(reply.id);
    if (!waiter) return;
    this.waiting.delete(reply.id);
    if (this.waiting.size === 0) worker.unref();
    if (reply.type === "rows") waiter.resolve(reply.rows);
    else waiter.reject(new AppendError(reply.message, reply.code));
  }

  /** The thread died: its appends fail (and are retried by the group commit); the next append starts a new one. */
  private stopped(worker: Worker, error: Error): void {
    if (this.worker === worker) this.worker = null;
    const waiters = [...this.waiting.values()];
    this.waiting.clear();
    for (const waiter of waiters) waiter.reject(error);
  }
}

/**
 * The thread runs `appendThread`'s own source (evaluated, so the built server and the TypeScript one
 * under vitest start it alike, with no loader hook in the thread); it finds `pg` by absolute path.
 */
function threadSource(): string {
  return `(${appendThread.toString()})(${JSON.stringify(require.resolve("pg"))});`;
}

/**
 * The thread's body: a small `pg` pool that runs each posted INSERT (a named prepared statement) and
 * posts back its rows or its error. Self-contained (no outer bindings): only its source is used.
 */
function appendThread(pgPath: string): void {
  /* eslint-disable @typescript-eslint/no-require-imports -- runs from source text in a worker, no module scope */
  const threads = require("node:worker_threads") as typeof import("node:worker_threads");
  const { Pool } = require(pgPath) as typeof import("pg");
  /* eslint-enable @typescript-eslint/no-require-imports */
  const port = threads.parentPort;
  if (!port) return;
  const { connectionString, connections } = threads.workerData as AppendWorkerData;
  const pool = new Pool({ connectionString, max: connections });
  // An idle connection the server dropped (restart, outage): the pool replaces it on next use, and
  // the query that then fails is what reports the outage to the group commit.
  pool.on("error", () => undefined);
  const reply = (message: AppendReply) => port.postMessage(message);
  port.on("message", (request: AppendRequest) => {
    if (request.type === "close") {
      void pool.end().finally(() => reply({ type: "closed" }));
      return;
    }
    // Structured cloning turns Buffers into plain Uint8Arrays; pg sends Buffers as bytea.
    const values = request.values.map((value) =>
      value instanceof Uint8Array ? Buffer.from(value.buffer, value.byteOffset, value.byteLength) : value,
    );
    pool.query({ name: request.name, text: request.text, values }).then(
      (result) => reply({ type: "rows", id: request.id, rows: result.rows }),
      (error: unknown) => {
        const { message, code } = error as { message?: unknown; code?: unknown };
        reply({
          type: "error",
          id: request.id,
          message: typeof message === "string" ? message : String(error),
          code: typeof code === "string" ? code : undefined,
        });
      },
    );
  });
}
