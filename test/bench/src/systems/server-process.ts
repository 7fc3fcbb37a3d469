/** Starts a server entry point (dist/servers/<name>.js) as a child process and talks to it over IPC. */
import { fork, type ChildProcess } from "node:child_process";
import path from "node:path";
import type { MemoryReport, ReadyMessage, RequestMessage, ResponseMessage } from "../servers/child-ipc";

export class ServerProcessError extends Error {
  readonly code = "SERVER_PROCESS";
}

const START_TIMEOUT_MS = 60_000;

/**
 * `BENCH_CPU_PROF=<dir>` writes V8 CPU profiles of every server child into `<dir>/<entry>-<time>/`, one
 * file per thread (V8's default names carry pid and thread id, so no thread's profile overwrites another's).
 */
function profileArgs(entry: string): string[] {
  const dir = process.env.BENCH_CPU_PROF;
  return dir ? ["--cpu-prof", `--cpu-prof-dir=${path.join(dir, `${entry}-${Date.now()}`)}`] : [];
}

export class ServerProcess {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();

  private constructor(
    readonly entry: string,
    readonly port: number,
    readonly ports: Record<string, number>,
    private readonly child: ChildProcess,
  ) {
    child.on("message", (message: ResponseMessage) => {
      if (message?.kind !== "response") return;
      const waiter = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error !== undefined) waiter?.reject(new ServerProcessError(`${entry}: ${message.error}`));
      else waiter?.resolve(message.result);
    });
    child.on("exit", (code, signal) => {
      for (const waiter of this.pending.values()) {
        waiter.reject(new ServerProcessError(`${entry} exited (${code ?? signal}) during a request`));
      }
      this.pending.clear();
    });
  }

  /** `entry` is a file name under dist/servers, e.g. "relay". */
  static async start(entry: string, env: NodeJS.ProcessEnv = {}): Promise<ServerProcess> {
    const child = fork(path.resolve(__dirname, "../servers", `${entry}.js`), [], {
      // A line per connection would cost the measured server CPU and bury the table: warnings only.
      env: { LOG_LEVEL: "warn", ...process.env, ...env },
      // BENCH_TRACE_GC=1 prints every collection of every server child (pause lengths, heap sizes).
      execArgv: ["--expose-gc", "--enable-source-maps", ...profileArgs(entry), ...(process.env.BENCH_TRACE_GC ? ["--trace-gc"] : [])],
      stdio: ["ignore", "inherit", "inherit", "ipc"],
      // Structured clone, so byte arrays cross as bytes rather than JSON objects.
      serialization: "advanced",
    });
    const ready = await new Promise<ReadyMessage>((resolve, reject) => {
      const timer = setTimeout(() => reject(new ServerProcessError(`${entry} did not start in time`)), START_TIMEOUT_MS);
      child.on("message", (message: ReadyMessage) => {
        if (message?.kind !== "ready") return;
        clearTimeout(timer);
        resolve(message);
      });
      child.once("exit", (code) => {
        clearTimeout(timer);
        reject(new ServerProcessError(`${entry} exited with ${code} before it was ready`));
      });
    });
    return new ServerProcess(entry, ready.port, ready.ports, child);
  }

  call<T>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve, reject });
      this.child.send({ kind: "request", id, method, params } satisfies RequestMessage);
    });
  }

  /** CPU microseconds the server process has used so far. */
  cpuMicros(): Promise<number> {
    return this.call<number>("cpu");
  }

  memory(): Promise<MemoryReport> {
    return this.call<MemoryReport>("memory");
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => this.child.once("exit", () => resolve()));
    this.child.disconnect();
    const killer = setTimeout(() => this.child.kill("SIGKILL"), 10_000);
    await exited;
    clearTimeout(killer);
  }
}
