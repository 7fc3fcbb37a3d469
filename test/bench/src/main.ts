/** `pnpm bench`: runs the scenarios side by side, prints a table and writes results/latest.json. */
import os from "node:os";
import { performance } from "node:perf_hooks";
import { parseOptions, UsageError, type ScenarioName } from "./cli";
import { createBenchDatabase } from "./database";
import { describeEnvironment, ResultSink, writeResults } from "./report/results";
import { renderTable } from "./report/table";
import { loadTraceUpdates } from "./trace/trace-updates";
import { ackScenario } from "./scenarios/ack";
import { coldOpenScenario } from "./scenarios/cold-open";
import { crowdScenario } from "./scenarios/crowd";
import { fanoutScenario } from "./scenarios/fanout";
import { graphqlScenario } from "./scenarios/graphql";
import { memoryScenario } from "./scenarios/memory";
import { scaleOutScenario } from "./scenarios/scale-out";
import { shapeCheckScenario } from "./scenarios/shape-check";
import { throughputScenario } from "./scenarios/throughput";
import { errorMessage, type Scenario, type ScenarioContext } from "./scenarios/scenario";

const SCENARIOS: Record<ScenarioName, Scenario> = {
  fanout: fanoutScenario,
  ack: ackScenario,
  throughput: throughputScenario,
  "cold-open": coldOpenScenario,
  memory: memoryScenario,
  crowd: crowdScenario,
  graphql: graphqlScenario,
  "shape-check": shapeCheckScenario,
  "scale-out": scaleOutScenario,
};

function log(message: string): void {
  process.stderr.write(message + "\n");
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2), process.env);
  const started = performance.now();
  // Other work on the machine skews every figure; the 1-minute load average is recorded with them.
  const loadAverageStart = Math.round(os.loadavg()[0] * 100) / 100;
  log(`loading trace ${options.tracePath}`);
  const trace = await loadTraceUpdates(options.tracePath);
  log(`  ${trace.updates.length} updates, final state ${trace.finalState.length} bytes`);
  const database = await createBenchDatabase(options.databaseUrl);
  const sink = new ResultSink();
  try {
    for (const name of options.scenarios) {
      const scenario = SCENARIOS[name];
      const context: ScenarioContext = { options, trace, databaseUrl: database.url, emit: (row) => sink.add(row), log };
      const scenarioStart = performance.now();
      log(`scenario ${name}`);
      try {
        await scenario(context);
      } catch (error) {
        sink.failures.push({ scenario: name, message: errorMessage(error) });
        log(`  failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      }
      log(`  ${((performance.now() - scenarioStart) / 1000).toFixed(1)} s`);
    }
  } finally {
    await database.drop();
  }
  const environment = describeEnvironment({
    loadAverageStart: loadAverageStart,
    loadAverageEnd: Math.round(os.loadavg()[0] * 100) / 100,
    postgres: database.serverVersion,
    trace: trace.name,
    traceUpdates: trace.updates.length,
    quick: options.quick,
    scenarios: options.scenarios.join(","),
    durationSeconds: Math.round((performance.now() - started) / 1000),
    failures: sink.failures.map((failure) => `${failure.scenario}: ${failure.message}`).join("; ") || null,
  });
  await writeResults(options.resultsPath, { environment, results: sink.rows });
  process.stdout.write(renderTable(sink.rows) + "\n");
  log(`wrote ${options.resultsPath}`);
  return sink.failures.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) {
      log(error.message);
      process.exit(2);
    }
    log(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);
