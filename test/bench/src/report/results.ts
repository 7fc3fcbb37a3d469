/** The rows every scenario produces, and the JSON file they end up in. */
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

/** `reference-with-commits`: the reference server while a child process commits every update (fanout). */
export type SystemName =
  | "relay"
  | "reference"
  | "reference-with-commits"
  | "planbridge"
  | "graphql-js"
  | "floor"
  | "baseline"
  | "baseline-open-loop";

export interface ResultRow {
  scenario: string;
  system: SystemName;
  metric: string;
  value: number;
  unit: string;
  params: Record<string, string | number | boolean>;
}

export interface ResultsFile {
  environment: Record<string, string | number | boolean | null>;
  results: ResultRow[];
}

/** Collects rows as scenarios finish, so a failing scenario keeps what earlier ones measured. */
export class ResultSink {
  readonly rows: ResultRow[] = [];
  readonly failures: { scenario: string; message: string }[] = [];

  add(row: ResultRow): void {
    this.rows.push(row);
  }

  addAll(rows: ResultRow[]): void {
    for (const row of rows) this.add(row);
  }
}

export function describeEnvironment(extra: Record<string, string | number | boolean | null>): ResultsFile["environment"] {
  const cpus = os.cpus();
  return {
    date: new Date().toISOString(),
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    cpu: cpus[0]?.model ?? "unknown",
    cores: cpus.length,
    memoryGb: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    ...extra,
  };
}

export async function writeResults(file: string, results: ResultsFile): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(results, null, 2) + "\n");
}
