/**
 * Section kinds of a marketing plan. The kind says what a section is for (the slides and the sign-off
 * rules key off it); the title is free text the owner may rename. Values are stored in the Y.Doc,
 * so never rename a value: add a new one.
 */
export const SectionKind = {
  SUMMARY: "summary",
  PRODUCT_MIX: "product_mix",
  SEGMENT_PRIORITIES: "segment_priorities",
  COMPETITIVE_THREATS: "competitive_threats",
  VALUE_PROPOSITION: "value_proposition",
  POSITIONING: "positioning",
  /** One section per tactic; each has a council reviewer (`reviewerId`). */
  TACTIC: "tactic",
  /** Narrative around the lead-scoring rubric (the rubric itself is relational, edited through GraphQL). */
  LEAD_SCORING: "lead_scoring",
  CAMPAIGN_CALENDAR: "campaign_calendar",
  CAMPAIGN_GOALS: "campaign_goals",
  FEEDBACK_CADENCE: "feedback_cadence",
  /** Anything the owner adds that is not in the template. */
  CUSTOM: "custom",
} as const;
export type SectionKind = (typeof SectionKind)[keyof typeof SectionKind];

const KINDS = new Set<string>(Object.values(SectionKind));

export function isSectionKind(value: unknown): value is SectionKind {
  return typeof value === "string" && KINDS.has(value);
}
