/** Command-line options of `pnpm bench`. */
import path from "node:path";
import { parseArgs } from "node:util";

export const SCENARIO_NAMES = ["fanout", "ack", "throughput", "cold-open", "memory", "crowd", "graphql", "shape-check", "scale-out"] as const;
export type ScenarioName = (typeof SCENARIO_NAMES)[number];

export interface BenchOptions {
  tracePath: string;
  quick: boolean;
  scenarios: ScenarioName[];
  /** PostgreSQL server on which a fresh bench database is created (and dropped at the end). */
  databaseUrl: string;
  resultsPath: string;
}

export class UsageError extends Error {
  readonly code = "BENCH_USAGE";
}

/** Repository root, from test/bench/dist/cli.js. */
export const REPO_ROOT = path.resolve(__dirname, "../../..");
export const DEFAULT_TRACE = path.resolve(REPO_ROOT, "../shared/data/editing-traces/automerge-paper.json.gz");
const DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/postgres";

export const USAGE = `usage: pnpm bench [--quick] [--trace <path>] [--scenario <name>]...
  --trace <path>     sequential editing trace (.json or .json.gz), default automerge-paper
  --quick            CI-sized run (well under 3 minutes)
  --scenario <name>  run only these scenarios (repeatable or comma-separated): ${SCENARIO_NAMES.join(", ")}
  --out <path>       results file, default test/bench/results/latest.json
DATABASE_URL names the PostgreSQL server; the bench creates and drops its own database on it.`;

export function parseOptions(argv: string[], env: NodeJS.ProcessEnv): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      trace: { type: "string" },
      quick: { type: "boolean", default: false },
      scenario: { type: "string", multiple: true },
      out: { type: "string" },
      help: { type: "boolean", default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) throw new UsageError(USAGE);
  return {
    // pnpm runs the script in test/bench; resolve user paths against where `pnpm bench` was typed.
    tracePath: values.trace ? path.resolve(env.INIT_CWD ?? process.cwd(), values.trace) : DEFAULT_TRACE,
    quick: values.quick ?? false,
    scenarios: parseScenarios(values.scenario),
    databaseUrl: env.DATABASE_URL || DEFAULT_DATABASE_URL,
    resultsPath: values.out ? path.resolve(env.INIT_CWD ?? process.cwd(), values.out) : path.resolve(__dirname, "../results/latest.json"),
  };
}

function parseScenarios(raw: string[] | undefined): ScenarioName[] {
  if (!raw || raw.length === 0) return [...SCENARIO_NAMES];
  const names = raw.flatMap((value) => value.split(",")).map((value) => value.trim()).filter(Boolean);
  for (const name of names) {
    if (!(SCENARIO_NAMES as readonly string[]).includes(name)) {
      throw new UsageError(`unknown scenario "${name}"\n${USAGE}`);
    }
  }
  return SCENARIO_NAMES.filter((name) => names.includes(name));
}
