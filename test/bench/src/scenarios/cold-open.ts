/**
 * cold-open: a plan that holds the whole trace is opened by a client that holds nothing; time from
 * the upgrade request until the client has applied the server's state. The plan is stored the two
 * ways the doc store keeps it: compacted (one snapshot row) and as an uncompacted log (template
 * snapshot plus one row per update). Baseline: one primary-key select of the same bytes with `pg`
 * plus Y.applyUpdate, the least any server must do to open it.
 */
import { performance } from "node:perf_hooks";
import { Client } from "pg";
import * as Y from "yjs";
import { Samples, summarize, round } from "../stats";
import { statePrefix } from "../trace/trace-updates";
import { BenchClient, type PlanTarget } from "../wire/bench-client";
import { ratioRow, startSystems, stopSystems, type ScenarioContext } from "./scenario";

const BASELINE_TABLE = "bench_cold_open_baseline";
const ROWS_PER_INSERT = 10_000;

interface Variant {
  name: "snapshot" | "log";
  /** Trace updates the plan holds. */
  updates: number;
  rounds: number;
}

function variantsFor(quick: boolean, traceLength: number): Variant[] {
  return quick
    ? [
        { name: "snapshot", updates: traceLength, rounds: 5 },
        { name: "log", updates: Math.min(traceLength, 20_000), rounds: 2 },
      ]
    : [
        { name: "snapshot", updates: traceLength, rounds: 10 },
        { name: "log", updates: traceLength, rounds: 3 },
      ];
}

function merge(parts: Uint8Array[]): Uint8Array {
  const doc = new Y.Doc();
  doc.transact(() => parts.forEach((part) => Y.applyUpdate(doc, part)));
  return Y.encodeStateAsUpdate(doc);
}

async function storedTemplate(db: Client, planId: string): Promise<Uint8Array> {
  const result = await db.query<{ state: Buffer }>(`SELECT state FROM doc_snapshots WHERE plan_id = $1`, [planId]);
  if (!result.rows[0]) throw new Error(`plan ${planId} has no snapshot`);
  return result.rows[0].state;
}

/** Stores the trace into a fresh planbridge plan the way the variant says; returns the merged bytes. */
async function preparePlan(db: Client, planId: string, variant: Variant, context: ScenarioContext): Promise<Uint8Array> {
  const template = await storedTemplate(db, planId);
  const traceState = statePrefix(context.trace, variant.updates);
  const merged = merge([template, traceState]);
  if (variant.name === "snapshot") {
    // As compaction leaves it: the state with its state vector beside it.
    await db.query(`UPDATE doc_snapshots SET state = $2, state_vector = $3 WHERE plan_id = $1`, [
      planId,
      Buffer.from(merged),
      Buffer.from(Y.encodeStateVectorFromUpdate(merged)),
    ]);
    return merged;
  }
  for (let start = 0; start < variant.updates; start += ROWS_PER_INSERT) {
    const rows = context.trace.updates.slice(start, Math.min(variant.updates, start + ROWS_PER_INSERT)).map((update) => Buffer.from(update));
    await db.query(`INSERT INTO doc_updates (plan_id, "update") SELECT $1, unnest($2::bytea[])`, [planId, rows]);
  }
  return merged;
}

async function timeOpen(planEditor: PlanTarget): Promise<number> {
  const started = performance.now();
  const client = await BenchClient.connect(planEditor, { keepSyncedState: true });
  const doc = new Y.Doc();
  if (client.syncedState) Y.applyUpdate(doc, client.syncedState);
  const elapsed = performance.now() - started;
  await client.close();
  return elapsed;
}

async function timeBaseline(db: Client, key: string): Promise<number> {
  const started = performance.now();
  const result = await db.query<{ state: Buffer }>(`SELECT state FROM ${BASELINE_TABLE} WHERE id = $1`, [key]);
  Y.applyUpdate(new Y.Doc(), result.rows[0].state);
  return performance.now() - started;
}

export async function coldOpenScenario(context: ScenarioContext): Promise<void> {
  const db = new Client({ connectionString: context.databaseUrl });
  await db.connect();
  const systems = await startSystems(context, ["planbridge"]);
  try {
    const planbridge = systems[0];
    if (!planbridge) throw new Error("planbridge did not start");
    await db.query(`CREATE TABLE IF NOT EXISTS ${BASELINE_TABLE} (id text PRIMARY KEY, state bytea NOT NULL)`);
    for (const variant of variantsFor(context.options.quick, context.trace.updates.length)) {
      const opens = new Samples();
      const baseline = new Samples();
      let stateBytes = 0;
      for (let index = -1; index < variant.rounds; index++) {
        const plan = await planbridge.openPlan();
        const merged = await preparePlan(db, plan.planId, variant, context);
        stateBytes = merged.length;
        const key = `${variant.name}-${index}`;
        await db.query(`INSERT INTO ${BASELINE_TABLE} (id, state) VALUES ($1, $2)`, [key, Buffer.from(merged)]);
        const open = await timeOpen(plan.editor(0));
        const select = await timeBaseline(db, key);
        if (index >= 0) {
          opens.push(open); // index -1 is the warm-up
          baseline.push(select);
        }
      }
      const params = { storage: variant.name, updates: variant.updates, state_bytes: stateBytes, opens: variant.rounds };
      const openSummary = summarize(opens.toArray());
      const baselineSummary = summarize(baseline.toArray());
      context.emit({ scenario: "cold-open", system: "planbridge", metric: "median_ms", value: round(openSummary.p50), unit: "ms", params });
      context.emit({ scenario: "cold-open", system: "planbridge", metric: "max_ms", value: round(openSummary.max), unit: "ms", params });
      context.emit({ scenario: "cold-open", system: "baseline", metric: "median_ms", value: round(baselineSummary.p50), unit: "ms", params: { ...params, what: "pk select + applyUpdate" } });
      context.emit(ratioRow("cold-open", "planbridge", "median_vs_baseline", openSummary.p50 / baselineSummary.p50, params));
    }
  } finally {
    await stopSystems(systems);
    await db.end();
  }
}
