import { createPlanDoc, getSectionFragment, readPlan, SectionKind } from "@planbridge/plan-schema";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { addSection, deleteSection, listSections, moveSection, renameSection } from "./section-edits";

const template = {
  sections: [
    { id: "a", kind: SectionKind.SUMMARY, title: "A", content: ["alpha"] },
    { id: "b", kind: SectionKind.TACTIC, title: "B", content: ["beta"] },
    { id: "c", kind: SectionKind.POSITIONING, title: "C", content: ["gamma"] },
  ],
};

const ids = (doc: Y.Doc) => listSections(doc).map((s) => s.id);

/** Two replicas that exchange every update, as two browsers on one plan do through the server. */
function twoReplicas(): [Y.Doc, Y.Doc] {
  const left = createPlanDoc(template);
  const right = new Y.Doc();
  Y.applyUpdate(right, Y.encodeStateAsUpdate(left));
  return [left, right];
}

function exchange(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe("section edits", () => {
  it("adds a section after another, with an empty paragraph to type into", () => {
    const doc = createPlanDoc(template);
    const id = addSection(doc, "New", SectionKind.CUSTOM, "a");
    expect(ids(doc)).toEqual(["a", id, "b", "c"]);
    expect(getSectionFragment(doc, id).length).toBe(1);
    expect(addSection(doc, "Last", SectionKind.CUSTOM)).toBe(ids(doc)[4]);
  });

  it("renames, and moves a section without touching its text", () => {
    const doc = createPlanDoc(template);
    renameSection(doc, "b", "Partner webinars");
    moveSection(doc, "b", -1);
    expect(ids(doc)).toEqual(["b", "a", "c"]);
    const moved = readPlan(doc).sections[0];
    expect(moved).toMatchObject({ id: "b", title: "Partner webinars", kind: SectionKind.TACTIC, text: "beta" });
    moveSection(doc, "b", -1);
    expect(ids(doc)).toEqual(["b", "a", "c"]);
  });

  it("deletes a section from the list", () => {
    const doc = createPlanDoc(template);
    deleteSection(doc, "b");
    expect(ids(doc)).toEqual(["a", "c"]);
  });

  it("shows a section once when two people move it at the same time", () => {
    const [left, right] = twoReplicas();
    moveSection(left, "c", -1);
    moveSection(right, "c", -2);
    exchange(left, right);
    expect(ids(left)).toEqual(ids(right));
    expect(new Set(ids(left))).toEqual(new Set(["a", "b", "c"]));
    expect(ids(left)).toHaveLength(3);
    expect(readPlan(left).sections.map((s) => s.id)).toEqual(ids(left));
  });

  it("merges concurrent adds and renames", () => {
    const [left, right] = twoReplicas();
    const fromLeft = addSection(left, "Left", SectionKind.CUSTOM, "a");
    renameSection(right, "a", "Executive summary");
    exchange(left, right);
    expect(listSections(right).map((s) => s.title)).toEqual(["Executive summary", "Left", "B", "C"]);
    expect(ids(right)[1]).toBe(fromLeft);
  });
});
