/**
 * shape-check: what the server's document shape check (issue 8) costs per update, measured in this
 * process on the trace: each update is decoded and checked for completeness (validateUpdate, as before
 * the check existed), checked against the plan schema (checkDocumentShape, the new cost), then applied
 * (Y.applyUpdate, the baseline every server pays), each step timed separately, against a plan
 * document from the default template. Section edits (rename, add, move) are timed the same way.
 */
import * as Y from "yjs";
import { addSection, createPlanDoc, LIMITS, moveSection, readPlan, renameSection, SectionKind } from "@planbridge/plan-schema";
import { checkDocumentShape } from "@planbridge/server/dist/modules/collaboration/document-shape";
import { validateUpdate } from "@planbridge/server/dist/modules/collaboration/update-validation";
import type { ResultRow } from "../report/results";
import { round, Samples, summarize } from "../stats";
import type { ScenarioContext } from "./scenario";

interface StepSamples {
  validate: Samples;
  shape: Samples;
  apply: Samples;
}

function timeUpdate(doc: Y.Doc, update: Uint8Array, samples: StepSamples): void {
  const start = performance.now();
  const { decoded } = validateUpdate(update, doc);
  const validated = performance.now();
  checkDocumentShape(decoded, doc, LIMITS);
  const checked = performance.now();
  Y.applyUpdate(doc, update);
  samples.validate.push((validated - start) * 1000);
  samples.shape.push((checked - validated) * 1000);
  samples.apply.push((performance.now() - checked) * 1000);
}

const newSamples = (): StepSamples => ({ validate: new Samples(), shape: new Samples(), apply: new Samples() });

/** Section list edits as a client makes them, on a replica, each sent to the checked doc. */
function timeSectionEdits(doc: Y.Doc, count: number, samples: StepSamples): void {
  const replica = new Y.Doc();
  Y.applyUpdate(replica, Y.encodeStateAsUpdate(doc));
  const edits = [
    (d: Y.Doc, i: number) => renameSection(d, readPlan(d).sections[i % 10].id, `Renamed ${i}`),
    (d: Y.Doc, i: number) => moveSection(d, readPlan(d).sections[i % 10].id, 1),
    (d: Y.Doc, i: number) => addSection(d, `Added ${i}`, SectionKind.CUSTOM),
  ];
  for (let i = 0; i < count; i++) {
    const before = Y.encodeStateVector(replica);
    replica.transact(() => edits[i % edits.length](replica, i));
    timeUpdate(doc, Y.encodeStateAsUpdate(replica, before), samples);
    if (readPlan(replica).sections.length >= LIMITS.maxSections - 1) break;
  }
  replica.destroy();
}

function rows(kind: string, samples: StepSamples, params: ResultRow["params"]): ResultRow[] {
  const figures = { validate: summarize(samples.validate.toArray()), shape: summarize(samples.shape.toArray()), apply: summarize(samples.apply.toArray()) };
  const row = (system: ResultRow["system"], metric: string, value: number, unit = "us"): ResultRow => ({
    scenario: "shape-check",
    system,
    metric: `${kind}_${metric}`,
    value: round(value, unit === "x" ? 2 : 1),
    unit,
    params,
  });
  return [
    row("planbridge", "validate_p50_us", figures.validate.p50),
    row("planbridge", "validate_p99_us", figures.validate.p99),
    row("planbridge", "shape_p50_us", figures.shape.p50),
    row("planbridge", "shape_p99_us", figures.shape.p99),
    row("baseline", "apply_p50_us", figures.apply.p50),
    row("baseline", "apply_p99_us", figures.apply.p99),
    row("planbridge", "shape_mean_vs_apply_mean", figures.shape.mean / figures.apply.mean, "x"),
  ];
}

export function shapeCheckScenario(context: ScenarioContext): Promise<void> {
  const count = Math.min(context.trace.updates.length, context.options.quick ? 20_000 : 100_000);
  const doc = createPlanDoc();
  const trace = newSamples();
  for (let i = 0; i < count; i++) timeUpdate(doc, context.trace.updates[i], trace);
  for (const row of rows("trace", trace, { updates: count, trace: context.trace.name })) context.emit(row);
  const sections = newSamples();
  timeSectionEdits(doc, context.options.quick ? 150 : 180, sections);
  for (const row of rows("sections", sections, { edits: sections.shape.length })) context.emit(row);
  doc.destroy();
  return Promise.resolve(); // scenarios are async; this one measures synchronous work only
}
