/**
 * What changed between two states of a plan, section by section: added, removed, moved (relative
 * order changed), renamed, edited (text, formatting or reviewer), or unchanged, with word-level changes
 * of each section's text. Pure; the algorithms are jsdiff's (`diffArrays` for order, `diffWords`).
 */
import type { PlanJson, VersionContentJson } from "@planbridge/plan-schema";
import { diffArrays, diffWords } from "diff";
import { comparableSections, sectionHash } from "./version-content";

export enum SectionChange {
  ADDED = "ADDED",
  REMOVED = "REMOVED",
  MOVED = "MOVED",
  RENAMED = "RENAMED",
  EDITED = "EDITED",
  UNCHANGED = "UNCHANGED",
}

export enum WordChangeKind {
  ADDED = "ADDED",
  REMOVED = "REMOVED",
  SAME = "SAME",
}

export interface WordChange {
  kind: WordChangeKind;
  text: string;
}

export interface SectionDiff {
  sectionId: string;
  /** The most significant change: EDITED over RENAMED over MOVED; the flags below tell them all. */
  change: SectionChange;
  title: string;
  previousTitle: string | null;
  isMoved: boolean;
  isRenamed: boolean;
  isEdited: boolean;
  isReviewerChanged: boolean;
  words: WordChange[];
}

type Section = PlanJson["sections"][number];

/** Sections and the alignment parts (lead definition, campaign calendar) alike. */
export function diffPlans(fromContent: VersionContentJson, toContent: VersionContentJson): SectionDiff[] {
  const from: PlanJson = { sections: comparableSections(fromContent) };
  const to: PlanJson = { sections: comparableSections(toContent) };
  const before = new Map(from.sections.map((section) => [section.id, section]));
  const afterIds = new Set(to.sections.map((section) => section.id));
  const moved = movedSectionIds(from, to);
  const kept = to.sections.map((section) => {
    const old = before.get(section.id);
    return old ? compare(old, section, moved.has(section.id)) : added(section);
  });
  const removed = from.sections.filter((section) => !afterIds.has(section.id)).map(removedSection);
  return [...kept, ...removed];
}

/** Sections present on both sides that are not in the longest common order (the others kept their place). */
function movedSectionIds(from: PlanJson, to: PlanJson): Set<string> {
  const toIds = new Set(to.sections.map((section) => section.id));
  const fromIds = new Set(from.sections.map((section) => section.id));
  const common = (plan: PlanJson, other: Set<string>) => plan.sections.map((section) => section.id).filter((id) => other.has(id));
  const changes = diffArrays(common(from, toIds), common(to, fromIds));
  return new Set(changes.filter((change) => change.added).flatMap((change) => change.value));
}

function compare(old: Section, now: Section, isMoved: boolean): SectionDiff {
  const isRenamed = old.title !== now.title;
  const isReviewerChanged = old.reviewerId !== now.reviewerId;
  const isEdited = isReviewerChanged || sectionHash({ ...old, title: now.title }) !== sectionHash(now);
  const change = isEdited ? SectionChange.EDITED : isRenamed ? SectionChange.RENAMED : isMoved ? SectionChange.MOVED : SectionChange.UNCHANGED;
  return {
    sectionId: now.id,
    change,
    title: now.title,
    previousTitle: isRenamed ? old.title : null,
    isMoved,
    isRenamed,
    isEdited,
    isReviewerChanged,
    words: wordChanges(old.text, now.text),
  };
}

function added(section: Section): SectionDiff {
  return only(section, SectionChange.ADDED, WordChangeKind.ADDED);
}

function removedSection(section: Section): SectionDiff {
  return only(section, SectionChange.REMOVED, WordChangeKind.REMOVED);
}

function only(section: Section, change: SectionChange, kind: WordChangeKind): SectionDiff {
  return {
    sectionId: section.id,
    change,
    title: section.title,
    previousTitle: null,
    isMoved: false,
    isRenamed: false,
    isEdited: false,
    isReviewerChanged: false,
    words: section.text ? [{ kind, text: section.text }] : [],
  };
}

function wordChanges(before: string, after: string): WordChange[] {
  if (before === after) return before ? [{ kind: WordChangeKind.SAME, text: before }] : [];
  return diffWords(before, after).map((part) => ({
    kind: part.added ? WordChangeKind.ADDED : part.removed ? WordChangeKind.REMOVED : WordChangeKind.SAME,
    text: part.value,
  }));
}
