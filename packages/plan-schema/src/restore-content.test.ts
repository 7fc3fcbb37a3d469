import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { getSectionFragment, setSectionReviewer } from "./doc-layout";
import { readPlan } from "./read-plan";
import { restoreContent } from "./restore-content";
import { addSection, deleteSection, moveSection, renameSection } from "./section-edits";
import { createPlanDoc, DEFAULT_TEMPLATE } from "./template";
import { paragraphElement } from "./rich-text";

const copy = (doc: Y.Doc) => {
  const clone = new Y.Doc();
  Y.applyUpdate(clone, Y.encodeStateAsUpdate(doc));
  return clone;
};
const contentOf = (doc: Y.Doc) => readPlan(doc).sections.map(({ reviewerId: _r, ...rest }) => rest);

describe("restoreContent", () => {
  it("brings back an earlier version's sections, order, titles and text as a new change", () => {
    const live = createPlanDoc(DEFAULT_TEMPLATE);
    const [first, second, third] = readPlan(live).sections;
    getSectionFragment(live, first.id).insert(0, [paragraphElement("Kept in the old version")]);
    const version = copy(live);
    renameSection(live, first.id, "Renamed later");
    moveSection(live, third.id, -1);
    deleteSection(live, second.id);
    addSection(live, "Added later", "custom");
    getSectionFragment(live, first.id).insert(1, [paragraphElement("Typed later")]);

    const updates: Uint8Array[] = [];
    live.on("update", (update: Uint8Array) => updates.push(update));
    restoreContent(live, version, () => null);

    expect(contentOf(live)).toEqual(contentOf(version));
    expect(updates).toHaveLength(1);
    // A peer holding the pre-restore state converges by applying the restore update alone.
    const peer = copy(version);
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(live));
    expect(contentOf(peer)).toEqual(contentOf(version));
  });

  it("takes reviewers from the authoritative assignments, not from the version", () => {
    const live = createPlanDoc(DEFAULT_TEMPLATE);
    const tactic = readPlan(live).sections.find((section) => section.kind === "tactic")!;
    setSectionReviewer(live, tactic.id, "someone-in-the-old-version");
    const version = copy(live);
    restoreContent(live, version, (id) => (id === tactic.id ? "current-reviewer" : null));
    expect(readPlan(live).sections.find((section) => section.id === tactic.id)?.reviewerId).toBe("current-reviewer");
  });

  it("changes nothing when the draft already matches, and keeps unchanged blocks of an edited section", () => {
    const live = createPlanDoc(DEFAULT_TEMPLATE);
    const first = readPlan(live).sections[0];
    const fragment = getSectionFragment(live, first.id);
    fragment.insert(fragment.length, [paragraphElement("end")]);
    const version = copy(live);
    const updates: Uint8Array[] = [];
    live.on("update", (update: Uint8Array) => updates.push(update));
    restoreContent(live, version, (id) => readPlan(version).sections.find((s) => s.id === id)?.reviewerId ?? null);
    expect(updates).toHaveLength(0);

    const keptBlock = fragment.get(0);
    fragment.insert(1, [paragraphElement("inserted")]);
    restoreContent(live, version, (id) => readPlan(version).sections.find((s) => s.id === id)?.reviewerId ?? null);
    expect(contentOf(live)).toEqual(contentOf(version));
    expect(fragment.get(0)).toBe(keptBlock);
  });
});
