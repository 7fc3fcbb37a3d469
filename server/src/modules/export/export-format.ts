/** The formats a version exports to, and how a download of each is named and typed. */
import { BadInputError } from "../../errors";

export const EXPORT_FORMATS = ["pptx", "pdf", "md"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  pdf: "application/pdf",
  md: "text/markdown; charset=utf-8",
};

export function parseExportFormat(value: unknown): ExportFormat {
  const format = value ?? "pptx";
  if (typeof format === "string" && (EXPORT_FORMATS as readonly string[]).includes(format)) return format as ExportFormat;
  throw new BadInputError(`Unknown export format; use one of ${EXPORT_FORMATS.join(", ")}.`);
}

/** `approved`, or a version number: what the URL's `<number>` may say. */
export type VersionRef = { approved: true } | { approved: false; number: number };

export function parseVersionRef(value: string): VersionRef {
  if (value === "approved") return { approved: true };
  if (/^[1-9]\d{0,8}$/.test(value)) return { approved: false, number: Number(value) };
  throw new BadInputError('A version is a number (1, 2, ...) or "approved".');
}

/** `<plan>-v<N>-<approved|draft>.<ext>`, with the plan title as an ASCII slug so every browser keeps it. */
export function exportFilename(planTitle: string, versionNumber: number, isApproved: boolean, format: ExportFormat): string {
  const slug =
    planTitle
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60)
      .replace(/-+$/, "") || "plan";
  return `${slug}-v${versionNumber}-${isApproved ? "approved" : "draft"}.${format}`;
}
