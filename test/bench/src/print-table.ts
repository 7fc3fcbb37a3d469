/** `pnpm --filter @planbridge/bench table [results.json]`: the Markdown table for the README. */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { ResultsFile } from "./report/results";
import { renderMarkdownTable } from "./report/table";

const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), process.argv[2] ?? path.resolve(__dirname, "../results/latest.json"));
const results = JSON.parse(readFileSync(file, "utf8")) as ResultsFile;
const environment = Object.entries(results.environment)
  .filter(([, value]) => value !== null)
  .map(([key, value]) => `${key}: ${value}`)
  .join(", ");
process.stdout.write(`${environment}\n\n${renderMarkdownTable(results.results)}\n`);
