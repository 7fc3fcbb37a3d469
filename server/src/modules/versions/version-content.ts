/**
 * What a version stores and hashes. The document's own `reviewerId` is untrusted (any editor can write
 * it), so reviewers are replaced by the authoritative assignments before anything is hashed.
 */
import {
  campaignCalendarLines,
  leadDefinitionLines,
  SectionKind,
  type AlignmentJson,
  type PlanJson,
  type PlanSectionJson,
  type VersionContentJson,
} from "@planbridge/plan-schema";
import { canonicalHash } from "../../crypto/canonical-hash";
import type { VersionSection } from "./plan-version.entity";

export function withReviewers(plan: PlanJson, reviewerOf: (sectionId: string) => string | null): PlanJson {
  return { sections: plan.sections.map((section) => ({ ...section, reviewerId: reviewerOf(section.id) })) };
}

/** The fields the issue names as a section's identity; the plain text is derived from content. */
export function sectionHash(section: PlanJson["sections"][number]): string {
  const { id, kind, title, reviewerId, content } = section;
  return canonicalHash({ id, kind, title, reviewerId, content });
}

export function planHash(plan: PlanJson): string {
  return canonicalHash(plan);
}

export function versionSections(plan: VersionContentJson): VersionSection[] {
  return comparableSections(plan).map((section) => ({ sectionId: section.id, kind: section.kind, title: section.title, hash: sectionHash(section) }));
}

/** Ids of the alignment parts where versions list, hash and diff them beside the sections. */
export const ALIGNMENT_SECTION_IDS = { leadDefinition: "alignment:lead-definition", campaignCalendar: "alignment:campaign-calendar" } as const;

/**
 * The document's sections followed by the alignment parts shaped as sections, so hashes, sign-off
 * coverage (a whole-plan approval covers them) and diffs treat the rubric and the calendar like text.
 */
export function comparableSections(plan: VersionContentJson): PlanSectionJson[] {
  return [...plan.sections, ...alignmentSections(plan.alignment)];
}

function alignmentSections(alignment: AlignmentJson | undefined): PlanSectionJson[] {
  if (!alignment) return [];
  const part = (id: string, kind: PlanSectionJson["kind"], title: string, data: object, lines: string[]): PlanSectionJson => ({
    id,
    kind,
    title,
    reviewerId: null,
    content: { type: "alignment", attrs: { data } },
    text: lines.join("\n"),
  });
  return [
    part(ALIGNMENT_SECTION_IDS.leadDefinition, SectionKind.LEAD_SCORING, "Lead definition", alignment.leadDefinition, leadDefinitionLines(alignment.leadDefinition)),
    part(ALIGNMENT_SECTION_IDS.campaignCalendar, SectionKind.CAMPAIGN_CALENDAR, "Campaign calendar", alignment.campaignCalendar, campaignCalendarLines(alignment.campaignCalendar)),
  ];
}
