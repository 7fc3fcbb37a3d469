/**
 * The export endpoints (plain HTTP, not GraphQL: they answer with files). `version` is a number or
 * "approved". Errors come back as `{ error: { code, message } }` and are thrown with that message.
 */
import type { DeckInput } from "@planbridge/slides";

export type ExportFormat = "pptx" | "pdf" | "md";
export type VersionRef = number | "approved";

export const FORMAT_LABELS: Record<ExportFormat, string> = { pptx: "PowerPoint (.pptx)", pdf: "PDF", md: "Markdown" };

export class ExportError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function versionUrl(planId: string, version: VersionRef): string {
  return `/api/plans/${encodeURIComponent(planId)}/versions/${version}`;
}

async function failure(response: Response): Promise<ExportError> {
  try {
    const body = (await response.json()) as { error?: { code?: string; message?: string } };
    return new ExportError(body.error?.code ?? String(response.status), body.error?.message ?? `The server answered ${response.status}.`);
  } catch {
    return new ExportError(String(response.status), `The server answered ${response.status}.`);
  }
}

export async function fetchDeckInput(planId: string, version: VersionRef): Promise<DeckInput> {
  const response = await fetch(`${versionUrl(planId, version)}/deck`, { credentials: "same-origin" });
  if (!response.ok) throw await failure(response);
  return (await response.json()) as DeckInput;
}

export interface ExportProgress {
  /** "preparing": the server is building the file; "downloading": bytes are arriving. */
  phase: "preparing" | "downloading";
  /** 0..1 while downloading, when the size is known. */
  fraction: number | null;
}

/** Downloads an export, reporting progress, and hands it to the browser as a file. Returns its name. */
export async function downloadExport(planId: string, version: VersionRef, format: ExportFormat, onProgress: (progress: ExportProgress) => void): Promise<string> {
  onProgress({ phase: "preparing", fraction: null });
  const response = await fetch(`${versionUrl(planId, version)}/export?format=${format}`, { credentials: "same-origin" });
  if (!response.ok) throw await failure(response);
  const filename = filenameOf(response.headers.get("content-disposition")) ?? `plan.${format}`;
  const blob = await readWithProgress(response, onProgress);
  saveBlob(blob, filename);
  return filename;
}

async function readWithProgress(response: Response, onProgress: (progress: ExportProgress) => void): Promise<Blob> {
  const total = Number(response.headers.get("content-length")) || null;
  const type = response.headers.get("content-type") ?? "application/octet-stream";
  if (!response.body) return new Blob([await response.arrayBuffer()], { type });
  const reader = response.body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.byteLength;
    onProgress({ phase: "downloading", fraction: total ? received / total : null });
  }
  return new Blob(chunks, { type });
}

function filenameOf(disposition: string | null): string | null {
  return disposition?.match(/filename="([^"]+)"/)?.[1] ?? null;
}

function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // The click has started the download; the URL can go once the browser has picked it up.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
