import * as Y from "yjs";
import type { SectionKind } from "./sections";

/**
 * Names inside a plan's Y.Doc. They are persisted in every stored document, so they never change.
 *
 *   doc.getArray(SECTIONS_KEY)            ordered Y.Map per section: { id, kind, title, reviewerId }
 *   doc.getXmlFragment("section:" + id)   that section's rich text (Tiptap `field`)
 *
 * Sections are an array of maps (not a map of maps) so that order is part of the shared state and
 * concurrent moves/inserts merge; the text lives in a separate top-level fragment per section so that
 * each section's editor binds to its own fragment and the section list can be read without the text.
 */
export const SECTIONS_KEY = "sections";

/** Keys of a section's Y.Map. */
export const SectionField = {
  /** Stable id; also names the text fragment. Never reused, even after the section is deleted. */
  id: "id",
  /** What the section is for (SectionKind). */
  kind: "kind",
  /** Heading shown in the editor and on slides. */
  title: "title",
  /** User id of the council member who reviews this section (tactics); null when unassigned. */
  reviewerId: "reviewerId",
} as const;

export function sectionFragmentName(sectionId: string): string {
  return "section:" + sectionId;
}

export function getSections(doc: Y.Doc): Y.Array<Y.Map<unknown>> {
  return doc.getArray<Y.Map<unknown>>(SECTIONS_KEY);
}

export function getSectionFragment(doc: Y.Doc, sectionId: string): Y.XmlFragment {
  return doc.getXmlFragment(sectionFragmentName(sectionId));
}

/** The section map with this id, or undefined. */
export function findSection(doc: Y.Doc, sectionId: string): Y.Map<unknown> | undefined {
  return getSections(doc)
    .toArray()
    .find((entry) => entry instanceof Y.Map && entry.get(SectionField.id) === sectionId);
}

export interface SectionMeta {
  id: string;
  kind: SectionKind;
  title: string;
  reviewerId: string | null;
}

export function createSectionMap(meta: SectionMeta): Y.Map<unknown> {
  const section = new Y.Map<unknown>();
  section.set(SectionField.id, meta.id);
  section.set(SectionField.kind, meta.kind);
  section.set(SectionField.title, meta.title);
  section.set(SectionField.reviewerId, meta.reviewerId);
  return section;
}

/** Assigns (or clears, with null) the reviewer of a section; false when no such section exists. */
export function setSectionReviewer(doc: Y.Doc, sectionId: string, reviewerId: string | null): boolean {
  const section = findSection(doc, sectionId);
  if (!section) return false;
  doc.transact(() => section.set(SectionField.reviewerId, reviewerId));
  return true;
}

/** A short random id; sections need uniqueness within one plan, not global secrecy. */
export function newSectionId(): string {
  const bytes = new Uint8Array(9);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(36).padStart(2, "0")).join("").slice(0, 16);
}
