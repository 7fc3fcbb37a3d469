import { SectionKind } from "@planbridge/plan-schema";

export const SECTION_KIND_LABELS: Record<SectionKind, string> = {
  [SectionKind.SUMMARY]: "Summary",
  [SectionKind.PRODUCT_MIX]: "Product mix",
  [SectionKind.SEGMENT_PRIORITIES]: "Segments",
  [SectionKind.COMPETITIVE_THREATS]: "Competition",
  [SectionKind.VALUE_PROPOSITION]: "Value proposition",
  [SectionKind.POSITIONING]: "Positioning",
  [SectionKind.TACTIC]: "Tactic",
  [SectionKind.LEAD_SCORING]: "Lead scoring",
  [SectionKind.CAMPAIGN_CALENDAR]: "Calendar",
  [SectionKind.CAMPAIGN_GOALS]: "Goals",
  [SectionKind.FEEDBACK_CADENCE]: "Feedback cadence",
  [SectionKind.CUSTOM]: "Section",
};

/** Kinds a person can add from the plan page; the rest come from the template. */
export const ADDABLE_KINDS = [
  { kind: SectionKind.CUSTOM, label: "Text section", title: "New section" },
  { kind: SectionKind.TACTIC, label: "Tactic", title: "Tactic: " },
] as const;
