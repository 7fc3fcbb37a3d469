import { describe, expect, it } from "vitest";
import { LeadCriterionOperator, LeadGrade } from "./lead-enums";
import { gradeFor, gradeLead, type GradingCriterion } from "./lead-grading";

const thresholds = { a: 80, b: 50, c: 20 };
const criteria: GradingCriterion[] = [
  { id: "industry", attribute: "industry", operator: LeadCriterionOperator.EQUALS_ANY, values: ["Manufacturing", "Logistics"], points: 30 },
  { id: "size", attribute: "employees", operator: LeadCriterionOperator.AT_LEAST, values: ["200"], points: 20 },
  { id: "tiny", attribute: "employees", operator: LeadCriterionOperator.AT_MOST, values: ["10"], points: -40 },
  { id: "demo", attribute: "demoRequested", operator: LeadCriterionOperator.IS_TRUE, values: [], points: 30 },
];

describe("grade thresholds", () => {
  it.each([
    [80, LeadGrade.A],
    [79, LeadGrade.B],
    [50, LeadGrade.B],
    [49, LeadGrade.C],
    [20, LeadGrade.C],
    [19, LeadGrade.NOT_A_LEAD],
    [0, LeadGrade.NOT_A_LEAD],
    [-40, LeadGrade.NOT_A_LEAD],
  ])("a score of %i is %s", (score, grade) => {
    expect(gradeFor(score, thresholds)).toBe(grade);
  });
});

describe("gradeLead", () => {
  it("adds the points of the criteria that fire, reading attribute names and values loosely", () => {
    const result = gradeLead(criteria, thresholds, { Industry: " manufacturing ", EMPLOYEES: "1,200", demorequested: "Yes" });
    expect(result).toEqual({ score: 80, grade: LeadGrade.A, firedCriterionIds: ["industry", "size", "demo"], missingAttributes: [] });
  });

  it("a score exactly on a threshold earns that grade, one point less the next one down", () => {
    const onB = [{ ...criteria[0], points: 50 }];
    expect(gradeLead(onB, thresholds, { industry: "Logistics" }).grade).toBe(LeadGrade.B);
    expect(gradeLead([{ ...criteria[0], points: 49 }], thresholds, { industry: "Logistics" }).grade).toBe(LeadGrade.C);
  });

  it("missing or unreadable attributes fire nothing and are reported", () => {
    const result = gradeLead(criteria, thresholds, { industry: "", employees: "many" });
    expect(result).toEqual({ score: 0, grade: LeadGrade.NOT_A_LEAD, firedCriterionIds: [], missingAttributes: ["industry", "employees", "demoRequested"] });
  });

  it("negative points take a lead below a threshold; a list attribute fires when any item matches", () => {
    const result = gradeLead(criteria, thresholds, { industry: ["Retail", "Logistics"], employees: 8, demoRequested: true });
    expect(result.firedCriterionIds).toEqual(["industry", "tiny", "demo"]);
    expect(result).toMatchObject({ score: 20, grade: LeadGrade.C });
  });
});
