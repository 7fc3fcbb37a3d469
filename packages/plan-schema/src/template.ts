import * as Y from "yjs";
import { createSectionMap, getSectionFragment, getSections, newSectionId } from "./doc-layout";
import { writeSeedContent, type SeedBlock } from "./rich-text";
import { SectionKind } from "./sections";

/** One section of a template: what a new plan starts with. */
export interface SectionTemplate {
  kind: SectionKind;
  title: string;
  /** Fixed id (seeds, tests); a fresh random id when omitted. */
  id?: string;
  reviewerId?: string | null;
  /** Seed text; an empty paragraph when omitted. */
  content?: readonly SeedBlock[];
}

export interface PlanTemplate {
  sections: readonly SectionTemplate[];
}

/**
 * The default marketing plan (DESIGN.md, from the seed guidance on sales/marketing alignment). Tactics
 * are placeholders the owner renames; each gets a council reviewer later.
 */
export const DEFAULT_TEMPLATE: PlanTemplate = {
  sections: [
    { kind: SectionKind.SUMMARY, title: "Summary" },
    { kind: SectionKind.PRODUCT_MIX, title: "Product mix" },
    { kind: SectionKind.SEGMENT_PRIORITIES, title: "Segment priorities" },
    { kind: SectionKind.COMPETITIVE_THREATS, title: "Competitive threats" },
    { kind: SectionKind.VALUE_PROPOSITION, title: "Value proposition" },
    { kind: SectionKind.POSITIONING, title: "Positioning" },
    { kind: SectionKind.TACTIC, title: "Tactic: Partner webinars" },
    { kind: SectionKind.TACTIC, title: "Tactic: Account-based email" },
    { kind: SectionKind.TACTIC, title: "Tactic: Trade shows and field events" },
    { kind: SectionKind.LEAD_SCORING, title: "Lead-scoring criteria" },
    { kind: SectionKind.CAMPAIGN_CALENDAR, title: "Campaign calendar" },
    { kind: SectionKind.CAMPAIGN_GOALS, title: "Campaign goals agreed with sales" },
    { kind: SectionKind.FEEDBACK_CADENCE, title: "Feedback cadence" },
  ],
};

/**
 * A new plan document laid out from a template: the section list plus one fragment per section.
 * The doc's updates are what the server stores as the plan's first state.
 */
export function createPlanDoc(template: PlanTemplate = DEFAULT_TEMPLATE): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    for (const section of template.sections) appendSection(doc, section);
  });
  return doc;
}

/** Appends a section (map + seeded fragment) and returns its id. */
export function appendSection(doc: Y.Doc, section: SectionTemplate): string {
  const id = section.id ?? newSectionId();
  doc.transact(() => {
    getSections(doc).push([
      createSectionMap({ id, kind: section.kind, title: section.title, reviewerId: section.reviewerId ?? null }),
    ]);
    writeSeedContent(getSectionFragment(doc, id), section.content);
  });
  return id;
}
