/** Reads a sequential editing trace (format of ../shared/data/editing-traces, README there). */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { gunzipSync } from "node:zlib";

/** [position, deleteCount, insertText] */
export type Patch = [number, number, string];

export interface SequentialTrace {
  name: string;
  startContent: string;
  endContent: string;
  txns: { patches: Patch[] }[];
}

export class TraceFormatError extends Error {
  readonly code = "TRACE_FORMAT";
}

export async function loadTrace(file: string): Promise<SequentialTrace> {
  const raw = await readFile(file);
  const text = file.endsWith(".gz") ? gunzipSync(raw).toString("utf8") : raw.toString("utf8");
  const parsed = JSON.parse(text) as Partial<SequentialTrace> & { parents?: unknown };
  if (typeof parsed.endContent !== "string" || !Array.isArray(parsed.txns)) {
    throw new TraceFormatError(`${file}: not an editing trace (needs endContent and txns)`);
  }
  if (parsed.txns.some((txn) => "parents" in txn)) {
    throw new TraceFormatError(`${file}: a concurrent trace; the bench replays sequential traces only`);
  }
  return {
    name: path.basename(file).replace(/\.json(\.gz)?$/, ""),
    startContent: parsed.startContent ?? "",
    endContent: parsed.endContent,
    txns: parsed.txns,
  };
}
