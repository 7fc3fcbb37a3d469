import * as Y from "yjs";
import { createSectionMap, getSectionFragment, getSections, newSectionId, SectionField, type SectionMeta } from "./doc-layout";
import { writeSeedContent } from "./rich-text";
import { isSectionKind, SectionKind } from "./sections";
import { appendSection } from "./template";

/**
 * Edits to the section list of a plan document. They are plain Yjs transactions on the shared doc,
 * so collaborators see them live and the server checks them like any other write.
 */

export function readSectionMeta(section: Y.Map<unknown>): SectionMeta {
  const [id, kind, title, reviewerId] = [SectionField.id, SectionField.kind, SectionField.title, SectionField.reviewerId].map(
    (key) => section.get(key),
  );
  return {
    id: typeof id === "string" ? id : "",
    kind: isSectionKind(kind) ? kind : SectionKind.CUSTOM,
    title: typeof title === "string" ? title : "",
    reviewerId: typeof reviewerId === "string" ? reviewerId : null,
  };
}

/**
 * The section maps in order. Two people moving the same section at once each insert a copy of its map
 * (Yjs arrays have no move), so later duplicates of an id are ignored: both copies name the same text.
 */
export function uniqueSectionMaps(doc: Y.Doc): Y.Map<unknown>[] {
  const seen = new Set<string>();
  return sectionMaps(doc).filter((map) => {
    const id = map.get(SectionField.id);
    if (typeof id !== "string" || id === "" || seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/**
 * Every entry of the section list that is a map, in order. Anything else (stored before the server
 * checked shapes) is ignored, and so is a "sections" root first used as another type.
 */
function sectionMaps(doc: Y.Doc): Y.Map<unknown>[] {
  let entries: unknown[];
  try {
    entries = getSections(doc).toArray();
  } catch {
    return [];
  }
  return entries.filter((entry): entry is Y.Map<unknown> => entry instanceof Y.Map);
}

export function listSections(doc: Y.Doc): SectionMeta[] {
  return uniqueSectionMaps(doc).map(readSectionMeta);
}

function indexOfSection(doc: Y.Doc, sectionId: string): number {
  return getSections(doc)
    .toArray()
    .findIndex((entry) => entry instanceof Y.Map && entry.get(SectionField.id) === sectionId);
}

/** Inserts a new empty section after `afterId` (or at the end) and returns its id. */
export function addSection(doc: Y.Doc, title: string, kind: SectionKind, afterId?: string): string {
  const at = afterId === undefined ? -1 : indexOfSection(doc, afterId);
  if (at < 0) return appendSection(doc, { kind, title });
  const id = newSectionId();
  doc.transact(() => {
    getSections(doc).insert(at + 1, [createSectionMap({ id, kind, title, reviewerId: null })]);
    writeSeedContent(getSectionFragment(doc, id));
  });
  return id;
}

export function renameSection(doc: Y.Doc, sectionId: string, title: string): void {
  const at = indexOfSection(doc, sectionId);
  if (at < 0) return;
  doc.transact(() => getSections(doc).get(at).set(SectionField.title, title));
}

/** Moves a section by `offset` places (-1 up, +1 down); its text stays in its own fragment. */
export function moveSection(doc: Y.Doc, sectionId: string, offset: number): void {
  const sections = getSections(doc);
  const from = indexOfSection(doc, sectionId);
  const to = from + offset;
  if (from < 0 || to < 0 || to >= sections.length) return;
  doc.transact(() => {
    const meta = readSectionMeta(sections.get(from));
    sections.delete(from, 1);
    sections.insert(to, [createSectionMap(meta)]);
  });
}

/**
 * Removes the section from the list. Its fragment is left in the document: ids are never reused, and
 * a version cut earlier still refers to the text.
 */
export function deleteSection(doc: Y.Doc, sectionId: string): void {
  const at = indexOfSection(doc, sectionId);
  if (at < 0) return;
  doc.transact(() => getSections(doc).delete(at, 1));
}
