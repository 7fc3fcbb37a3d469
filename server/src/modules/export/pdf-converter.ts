/**
 * PDF by converting the PPTX with LibreOffice headless, so the PDF shows exactly the deck's slides.
 * Each conversion gets its own temporary directory and LibreOffice profile: two conversions sharing a
 * profile would wait on each other's lock or fail.
 */
import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { DomainError } from "../../errors";

const TIMEOUT_MS = 120_000;
/**
 * A conversion keeps a core busy for seconds: it runs at the lowest priority, started through `nice` so
 * that every process LibreOffice forks inherits it (renicing the wrapper after spawn races its children).
 */
const CONVERTER_NICENESS = "19";
/** `nice` answers 127 (not found) or 126 (not executable) for the command it was asked to run. */
const COMMAND_MISSING = new Set([126, 127]);

/** What the API answers when the server cannot make PDFs: a 503 naming what to install. */
export class PdfConverterMissingError extends DomainError {
  readonly reason = "LIBREOFFICE_MISSING";

  constructor(sofficePath: string) {
    super(
      "SERVICE_UNAVAILABLE",
      `PDF export needs LibreOffice on the server, and "${sofficePath}" was not found. Install the libreoffice-impress package ` +
        "(apt-get install -y libreoffice-impress) or set SOFFICE_PATH to its soffice binary. PPTX and Markdown exports still work.",
    );
  }
}

export class PdfConverter {
  /** One conversion at a time: two would take both cores of a small server from live editing. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly sofficePath: string) {}

  convert(pptx: Uint8Array): Promise<Uint8Array> {
    const turn = this.queue.then(() => this.convertNow(pptx));
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  private async convertNow(pptx: Uint8Array): Promise<Uint8Array> {
    const dir = await mkdtemp(path.join(tmpdir(), "planbridge-pdf-"));
    try {
      const input = path.join(dir, "deck.pptx");
      await writeFile(input, pptx);
      await this.run(["--headless", "--norestore", `-env:UserInstallation=${pathToFileURL(path.join(dir, "profile")).href}`, "--convert-to", "pdf", "--outdir", dir, input]);
      return await readFile(path.join(dir, "deck.pdf"));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  private run(args: string[]): Promise<void> {
    return new Promise((resolve, reject) => {
      const child = spawn("nice", ["-n", CONVERTER_NICENESS, this.sofficePath, ...args], { stdio: ["ignore", "ignore", "pipe"], timeout: TIMEOUT_MS });
      let stderr = "";
      child.stderr.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
      child.once("error", (error: NodeJS.ErrnoException) => {
        reject(error.code === "ENOENT" || error.code === "EACCES" ? new PdfConverterMissingError(this.sofficePath) : error);
      });
      child.once("close", (code, signal) => {
        if (code === 0) resolve();
        else if (code !== null && COMMAND_MISSING.has(code)) reject(new PdfConverterMissingError(this.sofficePath));
        else reject(new Error(`LibreOffice could not convert the deck (exit ${code ?? signal}): ${stderr.trim()}`));
      });
    });
  }
}
