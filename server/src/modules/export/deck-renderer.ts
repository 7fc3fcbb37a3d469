/**
 * Runs deck rendering in a child process, one deck at a time. The process runs at a lower CPU priority
 * (nice 10): on a small machine the renderer and the collaboration server compete for the same cores,
 * and keystrokes must win. It lives as long as the renderer (starting one per export would reload
 * pptxgenjs every time) and is replaced if it dies.
 */
import { fork, type ChildProcess } from "node:child_process";
import { setPriority } from "node:os";
import path from "node:path";
import type { DeckInput } from "@planbridge/slides";

export interface RenderRequest {
  input: DeckInput;
  format: "pptx" | "md";
}

export type RenderResponse = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

const RENDERER_NICENESS = 10;

interface Pending {
  resolve(bytes: Uint8Array): void;
  reject(error: Error): void;
}

export class DeckRenderer {
  private child: ChildProcess | null = null;
  private pending: Pending | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  /** Renders after every earlier request has finished (or failed). */
  render(request: RenderRequest): Promise<Uint8Array> {
    const result = this.queue.then(() => this.run(request));
    this.queue = result.catch(() => undefined);
    return result;
  }

  async close(): Promise<void> {
    const child = this.child;
    this.child = null;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.ref();
    child.kill();
    await exited;
  }

  private run(request: RenderRequest): Promise<Uint8Array> {
    return new Promise((resolve, reject) => {
      const child = this.ensureChild();
      this.pending = { resolve, reject };
      // While a deck is on its way the channel keeps the process alive; idle, it does not.
      child.channel?.ref();
      child.send(request, (error) => error && this.takePending()?.reject(error));
    });
  }

  private ensureChild(): ChildProcess {
    if (this.child) return this.child;
    const child = startChild();
    lowerPriority(child);
    // An idle renderer must not keep the server process alive (tests, graceful shutdown).
    child.unref();
    child.channel?.unref();
    child.on("message", (response: RenderResponse) => {
      const pending = this.takePending();
      if (response.ok) pending?.resolve(new Uint8Array(response.bytes));
      else pending?.reject(new Error(`Rendering the deck failed: ${response.message}`));
    });
    const fail = (error: Error) => {
      if (this.child === child) this.child = null;
      this.takePending()?.reject(error);
    };
    child.on("error", fail);
    child.on("exit", (code, signal) => fail(new Error(`The deck renderer stopped (${signal ?? `exit code ${code}`}).`)));
    this.child = child;
    return child;
  }

  private takePending(): Pending | null {
    const pending = this.pending;
    this.pending = null;
    this.child?.channel?.unref();
    return pending;
  }
}

function lowerPriority(child: ChildProcess): void {
  try {
    if (child.pid !== undefined) setPriority(child.pid, RENDERER_NICENESS);
  } catch {
    // Not permitted here (some containers): it still renders, only at the same priority.
  }
}

/**
 * The built server forks the compiled renderer. Under vitest the server runs from TypeScript, so the
 * renderer loads the SWC hook the fault tests' child processes use. "advanced" serialization sends
 * the deck bytes as binary, not as JSON arrays of numbers.
 */
function startChild(): ChildProcess {
  const isSource = __filename.endsWith(".ts");
  const entry = path.join(__dirname, isSource ? "deck-render.child.ts" : "deck-render.child.js");
  const execArgv = isSource ? ["-r", path.resolve(__dirname, "../../test-support/swc-register.cjs")] : [];
  return fork(entry, [], { execArgv, serialization: "advanced", stdio: ["ignore", "inherit", "inherit", "ipc"] });
}
