/**
 * Grading a lead against a rubric: pure, so the calculator, `gradeLead` and the tests share one answer.
 * A criterion whose attribute the lead lacks (or cannot be read as the criterion needs) does not fire
 * and is reported, so the council sees a score that is low for want of data rather than on merit.
 */
import { LeadCriterionOperator, LeadGrade } from "./lead-enums";

export interface GradingCriterion {
  id: string;
  attribute: string;
  operator: LeadCriterionOperator;
  values: readonly string[];
  points: number;
}

export interface GradeThresholds {
  a: number;
  b: number;
  c: number;
}

export interface LeadGradingResult {
  score: number;
  grade: LeadGrade;
  firedCriterionIds: string[];
  /** Attributes some criterion needs that the lead does not have in a readable form. */
  missingAttributes: string[];
}

export type LeadAttributes = Readonly<Record<string, unknown>>;

const TRUE_WORDS = new Set(["true", "yes", "y", "1", "x"]);

export function gradeLead(criteria: readonly GradingCriterion[], thresholds: GradeThresholds, attributes: LeadAttributes): LeadGradingResult {
  const byName = new Map(Object.entries(attributes).map(([key, value]) => [normalise(key), value]));
  const fired: string[] = [];
  const missing = new Set<string>();
  let score = 0;
  for (const criterion of criteria) {
    const outcome = matches(criterion, byName.get(normalise(criterion.attribute)));
    if (outcome === "missing") missing.add(criterion.attribute);
    if (outcome !== true) continue;
    fired.push(criterion.id);
    score += criterion.points;
  }
  return { score, grade: gradeFor(score, thresholds), firedCriterionIds: fired, missingAttributes: [...missing] };
}

export function gradeFor(score: number, { a, b, c }: GradeThresholds): LeadGrade {
  if (score >= a) return LeadGrade.A;
  if (score >= b) return LeadGrade.B;
  if (score >= c) return LeadGrade.C;
  return LeadGrade.NOT_A_LEAD;
}

function matches(criterion: GradingCriterion, value: unknown): boolean | "missing" {
  if (value === undefined || value === null || (typeof value === "string" && value.trim() === "")) return "missing";
  switch (criterion.operator) {
    case LeadCriterionOperator.EQUALS_ANY: {
      const wanted = new Set(criterion.values.map(normalise));
      const given = Array.isArray(value) ? value : [value];
      return given.some((item) => (typeof item === "string" || typeof item === "number") && wanted.has(normalise(String(item))));
    }
    case LeadCriterionOperator.AT_LEAST:
    case LeadCriterionOperator.AT_MOST: {
      const number = toNumber(value);
      const bound = Number(criterion.values[0]);
      if (number === null) return "missing";
      return criterion.operator === LeadCriterionOperator.AT_LEAST ? number >= bound : number <= bound;
    }
    case LeadCriterionOperator.IS_TRUE:
      return value === true || value === 1 || (typeof value === "string" && TRUE_WORDS.has(normalise(value)));
  }
}

function toNumber(value: unknown): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value !== "string") return null;
  // "1,200" and "1 200" as people type them in a spreadsheet.
  const number = Number(value.replace(/[\s,_]/g, ""));
  return Number.isFinite(number) ? number : null;
}

function normalise(text: string): string {
  return text.trim().toLowerCase();
}
