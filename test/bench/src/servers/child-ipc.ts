/**
 * The server side of the bench's IPC: a server entry point listens on port 0, announces its port,
 * and answers requests from the bench (memory, plan set-up) so the load generator never shares the
 * server's event loop or heap.
 */
import type { Server } from "node:http";

export type RequestHandler = (params: Record<string, unknown>) => unknown; // a value or a promise of one

export interface ReadyMessage {
  kind: "ready";
  port: number;
  /** Further listeners of the same process (planbridge also serves a bare graphql-js endpoint). */
  ports: Record<string, number>;
}

export interface RequestMessage {
  kind: "request";
  id: number;
  method: string;
  params: Record<string, unknown>;
}

export interface ResponseMessage {
  kind: "response";
  id: number;
  result?: unknown;
  error?: string;
}

export interface MemoryReport {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  arrayBuffers: number;
}

/** Collects garbage (twice: weak references and finalizers free more on the second pass) and reports. */
export function measureMemory(): MemoryReport {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.();
  const usage = process.memoryUsage();
  return {
    rss: usage.rss,
    heapUsed: usage.heapUsed,
    heapTotal: usage.heapTotal,
    external: usage.external,
    arrayBuffers: usage.arrayBuffers,
  };
}

/** CPU time (user + system, microseconds) the process has used so far. */
export function cpuMicros(): number {
  const usage = process.cpuUsage();
  return usage.user + usage.system;
}

export function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      if (address && typeof address === "object") resolve(address.port);
      else reject(new Error("server has no port"));
    });
  });
}

/** Announces the port and serves requests until the parent disconnects, then exits. */
export function serveBench(port: number, handlers: Record<string, RequestHandler>, ports: Record<string, number> = {}): void {
  const all: Record<string, RequestHandler> = { memory: () => measureMemory(), cpu: () => cpuMicros(), ...handlers };
  process.on("message", (message: RequestMessage) => {
    if (message?.kind !== "request") return;
    const handler = all[message.method];
    const reply = (response: Omit<ResponseMessage, "kind" | "id">) =>
      process.send?.({ kind: "response", id: message.id, ...response } satisfies ResponseMessage);
    if (!handler) {
      reply({ error: `unknown method ${message.method}` });
      return;
    }
    Promise.resolve()
      .then(() => handler(message.params ?? {}))
      .then(
        (result) => reply({ result }),
        (error: unknown) => reply({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
      );
  });
  process.on("disconnect", () => process.exit(0));
  process.send?.({ kind: "ready", port, ports } satisfies ReadyMessage);
}
