/**
 * What a version stores and hashes. The document's own `reviewerId` is untrusted (any editor can write
 * it), so reviewers are replaced by the authoritative assignments before anything is hashed.
 */
import type { PlanJson } from "@planbridge/plan-schema";
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

export function versionSections(plan: PlanJson): VersionSection[] {
  return plan.sections.map((section) => ({ sectionId: section.id, kind: section.kind, title: section.title, hash: sectionHash(section) }));
}
