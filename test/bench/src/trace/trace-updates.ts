/**
 * Turns a trace into the Yjs updates one writer would send: every patch is applied to the text of a
 * writer doc and the update it produces is captured. Conversion of the 260k-edit trace takes seconds,
 * so the result is cached beside the package's node_modules (ignored by git).
 */
import { createHash } from "node:crypto";
import { mkdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import * as Y from "yjs";
import { loadTrace, TraceFormatError, type SequentialTrace } from "./editing-trace";

/** Root fragment the trace is typed into: a section-shaped fragment holding one paragraph. */
export const TRACE_FRAGMENT = "section:bench-trace";
/** A fixed client id keeps the cached bytes stable from run to run. */
export const TRACE_CLIENT_ID = 0x7ace;
const CACHE_VERSION = 1;
const CACHE_DIR = path.resolve(__dirname, "../../node_modules/.cache/planbridge-bench");

export interface TraceUpdates {
  name: string;
  /** One update per patch, in order; update i depends on updates before it. */
  updates: Uint8Array[];
  /** Y.encodeStateAsUpdate of the final doc: what compaction would store. */
  finalState: Uint8Array;
  endContent: string;
}

/** The trace text inside the fragment (paragraph > text), so it is a valid rich-text section. */
export function traceText(doc: Y.Doc): Y.XmlText {
  const fragment = doc.getXmlFragment(TRACE_FRAGMENT);
  const paragraph = fragment.get(0) as Y.XmlElement | undefined;
  if (!paragraph) throw new TraceFormatError("trace doc has no paragraph");
  return paragraph.get(0) as Y.XmlText;
}

export function convertTrace(trace: SequentialTrace): TraceUpdates {
  const doc = new Y.Doc({ gc: true });
  doc.clientID = TRACE_CLIENT_ID;
  const updates: Uint8Array[] = [];
  doc.on("update", (update: Uint8Array) => updates.push(update));
  doc.transact(() => {
    const paragraph = new Y.XmlElement("paragraph");
    paragraph.insert(0, [new Y.XmlText(trace.startContent)]);
    doc.getXmlFragment(TRACE_FRAGMENT).insert(0, [paragraph]);
  });
  const text = traceText(doc);
  for (const txn of trace.txns) {
    for (const [position, deleteCount, insertText] of txn.patches) {
      doc.transact(() => {
        if (deleteCount > 0) text.delete(position, deleteCount);
        if (insertText.length > 0) text.insert(position, insertText);
      });
    }
  }
  if (text.toString() !== trace.endContent) {
    throw new TraceFormatError(`${trace.name}: replaying the patches does not give endContent`);
  }
  return { name: trace.name, updates, finalState: Y.encodeStateAsUpdate(doc), endContent: trace.endContent };
}

export async function loadTraceUpdates(file: string): Promise<TraceUpdates> {
  const info = await stat(file);
  const key = createHash("sha256")
    .update(`${CACHE_VERSION}|${TRACE_FRAGMENT}|${TRACE_CLIENT_ID}|${path.resolve(file)}|${info.size}|${info.mtimeMs}`)
    .digest("hex")
    .slice(0, 16);
  const cacheFile = path.join(CACHE_DIR, `${path.basename(file).replace(/\.json(\.gz)?$/, "")}-${key}.bin`);
  const cached = await readCache(cacheFile);
  if (cached) return cached;
  const converted = convertTrace(await loadTrace(file));
  await mkdir(CACHE_DIR, { recursive: true });
  await writeFile(cacheFile, encodeCache(converted));
  return converted;
}

// Cache layout: u32 name length, name, u32 end-content length, end content, u32 final-state length,
// final state, u32 update count, then u32 length + bytes per update.
function encodeCache(value: TraceUpdates): Buffer {
  const parts: Buffer[] = [];
  const pushBytes = (bytes: Uint8Array) => {
    const length = Buffer.alloc(4);
    length.writeUInt32LE(bytes.length);
    parts.push(length, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  };
  pushBytes(Buffer.from(value.name));
  pushBytes(Buffer.from(value.endContent));
  pushBytes(value.finalState);
  const count = Buffer.alloc(4);
  count.writeUInt32LE(value.updates.length);
  parts.push(count);
  for (const update of value.updates) pushBytes(update);
  return Buffer.concat(parts);
}

async function readCache(file: string): Promise<TraceUpdates | undefined> {
  let buffer: Buffer;
  try {
    buffer = await readFile(file);
  } catch {
    return undefined;
  }
  let offset = 0;
  const nextBytes = () => {
    const length = buffer.readUInt32LE(offset);
    const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset + offset + 4, length);
    offset += 4 + length;
    return bytes;
  };
  const name = Buffer.from(nextBytes()).toString();
  const endContent = Buffer.from(nextBytes()).toString();
  const finalState = nextBytes();
  const count = buffer.readUInt32LE(offset);
  offset += 4;
  const updates = new Array<Uint8Array>(count);
  for (let index = 0; index < count; index++) updates[index] = nextBytes();
  return { name, endContent, finalState, updates };
}

/** State after the first `count` updates, as compaction stores it (garbage-collected doc state). */
export function statePrefix(traceUpdates: TraceUpdates, count: number): Uint8Array {
  if (count >= traceUpdates.updates.length) return traceUpdates.finalState;
  const doc = new Y.Doc({ gc: true });
  doc.transact(() => {
    for (let index = 0; index < count; index++) Y.applyUpdate(doc, traceUpdates.updates[index]);
  });
  return Y.encodeStateAsUpdate(doc);
}
