/**
 * Runs deck rendering in a worker thread, one deck at a time: the machine's cores are shared with the
 * collaboration server, and a queue of exports should wait rather than starve live editing. The worker
 * lives as long as the renderer (starting one per export would reload pptxgenjs every time) and is
 * replaced if it dies.
 */
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { DeckInput } from "@planbridge/slides";

export interface RenderRequest {
  input: DeckInput;
  format: "pptx" | "md";
}

export type RenderResponse = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

interface Pending {
  resolve(bytes: Uint8Array): void;
  reject(error: Error): void;
}

export class DeckRenderer {
  private worker: Worker | null = null;
  private pending: Pending | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  /** Renders after every earlier request has finished (or failed). */
  render(request: RenderRequest): Promise<Uint8Array> {
    const result = this.queue.then(() => this.run(request));
    this.queue = result.catch(() => undefined);
    return result;
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }

  private run(request: RenderRequest): Promise<Uint8Array> {
    return new Promise((resolve, reject) => {
      this.pending = { resolve, reject };
      this.ensureWorker().postMessage(request);
    });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = startWorker();
    // An idle renderer must not keep the process alive (tests, graceful shutdown).
    worker.unref();
    worker.on("message", (response: RenderResponse) => {
      const pending = this.takePending();
      if (response.ok) pending?.resolve(response.bytes);
      else pending?.reject(new Error(`Rendering the deck failed: ${response.message}`));
    });
    const fail = (error: Error) => {
      if (this.worker === worker) this.worker = null;
      this.takePending()?.reject(error);
    };
    worker.on("error", fail);
    worker.on("exit", (code) => fail(new Error(`The deck renderer stopped (exit code ${code}).`)));
    this.worker = worker;
    return worker;
  }

  private takePending(): Pending | null {
    const pending = this.pending;
    this.pending = null;
    return pending;
  }
}

/**
 * The built server runs the compiled worker. Under vitest the server runs from TypeScript, which a
 * worker cannot load by itself, so it first installs the SWC hook the fault tests' child processes use.
 */
function startWorker(): Worker {
  const isSource = __filename.endsWith(".ts");
  if (!isSource) return new Worker(path.join(__dirname, "deck-render.worker.js"));
  const register = path.resolve(__dirname, "../../test-support/swc-register.cjs");
  const entry = path.join(__dirname, "deck-render.worker.ts");
  return new Worker(`require(${JSON.stringify(register)}); require(${JSON.stringify(entry)});`, { eval: true });
}
