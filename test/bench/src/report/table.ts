/** Renders result rows as a fixed-width text table (also pasted into the README as Markdown). */
import type { ResultRow } from "./results";

const HEADERS = ["scenario", "system", "metric", "value", "unit", "params"];

function cells(row: ResultRow): string[] {
  const params = Object.entries(row.params)
    .map(([key, value]) => `${key}=${value}`)
    .join(" ");
  return [row.scenario, row.system, row.metric, formatValue(row.value), row.unit, params];
}

export function formatValue(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value)) return String(value);
  const magnitude = Math.abs(value);
  if (magnitude >= 100) return value.toFixed(0);
  if (magnitude >= 10) return value.toFixed(1);
  if (magnitude >= 1) return value.toFixed(2);
  return value.toFixed(3);
}

export function renderTable(rows: ResultRow[]): string {
  const body = rows.map(cells);
  const widths = HEADERS.map((header, column) => Math.max(header.length, ...body.map((line) => line[column].length)));
  const format = (line: string[]) =>
    line.map((cell, column) => (column === 3 ? cell.padStart(widths[column]) : cell.padEnd(widths[column]))).join("  ").trimEnd();
  return [format(HEADERS), widths.map((width) => "-".repeat(width)).join("  "), ...body.map(format)].join("\n");
}

export function renderMarkdownTable(rows: ResultRow[]): string {
  const line = (values: string[]) => `| ${values.join(" | ")} |`;
  return [line(HEADERS), line(HEADERS.map(() => "---")), ...rows.map((row) => line(cells(row)))].join("\n");
}
