import * as Y from "yjs";
import { createSectionMap, getSectionFragment, getSections } from "./doc-layout";
import { listSections, readSectionMeta, uniqueSectionMaps } from "./section-edits";

/**
 * Makes `target` (the live document) read like `source` (a stored version) by editing it: a restore is a
 * new change on top of the history, which open editors receive like any other, never a rewrite of it.
 * Only what differs is replaced (the section list if it changed, and within each section's text the
 * blocks between the unchanged start and end), so comment anchors in untouched text keep working.
 * Reviewers come from `reviewerOf` (the authoritative assignments), not from the old version.
 */
export function restoreContent(target: Y.Doc, source: Y.Doc, reviewerOf: (sectionId: string) => string | null): void {
  const wanted = uniqueSectionMaps(source).map((map) => ({ ...readSectionMeta(map), reviewerId: reviewerOf(readSectionMeta(map).id) }));
  target.transact(() => {
    const sections = getSections(target);
    const current = listSections(target);
    const isSameList = sections.length === wanted.length && JSON.stringify(current) === JSON.stringify(wanted);
    if (!isSameList) {
      sections.delete(0, sections.length);
      sections.insert(0, wanted.map(createSectionMap));
    }
    for (const section of wanted) replaceChangedBlocks(getSectionFragment(target, section.id), getSectionFragment(source, section.id));
  });
}

function replaceChangedBlocks(target: Y.XmlFragment, source: Y.XmlFragment): void {
  const have = target.toArray().map(String);
  const want = source.toArray();
  const wantText = want.map(String);
  let start = 0;
  while (start < have.length && start < want.length && have[start] === wantText[start]) start++;
  let end = 0;
  while (end < have.length - start && end < want.length - start && have[have.length - 1 - end] === wantText[want.length - 1 - end]) end++;
  const removeCount = have.length - start - end;
  // ProseMirror content is elements and text only (y-prosemirror writes no hooks).
  const inserts = want
    .slice(start, want.length - end)
    .flatMap((block) => (block instanceof Y.XmlElement || block instanceof Y.XmlText ? [block.clone()] : []));
  if (removeCount > 0) target.delete(start, removeCount);
  if (inserts.length > 0) target.insert(start, inserts);
}
