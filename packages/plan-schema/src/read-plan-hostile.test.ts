/**
 * readPlan on documents a hostile editor could have stored before the server checked shapes (issue 8,
 * finding 3): it never throws, keeps what fits the schema and cuts off what does not.
 */
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { createPlanDoc, getSectionFragment, getSections, LIMITS, listSections, readPlan, SectionField, setSectionReviewer } from "@planbridge/plan-schema";

/** The document as the server would load it: from stored bytes into a fresh Y.Doc. */
function stored(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

function expectReadable(doc: Y.Doc) {
  for (const candidate of [doc, stored(doc)]) {
    expect(() => JSON.stringify(readPlan(candidate))).not.toThrow();
    expect(() => listSections(candidate)).not.toThrow();
  }
  return readPlan(stored(doc));
}

describe("readPlan on hostile documents", () => {
  it("skips entries of the section list that are not maps", () => {
    const doc = createPlanDoc();
    const nested = new Y.Array();
    nested.push(["x"]);
    getSections(doc).insert(0, ["a plain string", 42, null, { id: "object" }, nested, new Y.Text("t")] as never[]);
    const plan = expectReadable(doc);
    expect(plan.sections.map((s) => s.title)).toEqual(readPlan(createPlanDoc()).sections.map((s) => s.title));
    // Server-side edits on such a document still find their section.
    expect(setSectionReviewer(doc, plan.sections[0].id, "someone")).toBe(true);
  });

  it("reads section maps with wrong value types as defaults", () => {
    const doc = createPlanDoc();
    const map = getSections(doc).get(0);
    map.set(SectionField.title, new Y.Map());
    map.set(SectionField.kind, 7);
    map.set(SectionField.reviewerId, { id: "x" });
    const odd = new Y.Map();
    odd.set(SectionField.id, 12);
    getSections(doc).push([odd]);
    const plan = expectReadable(doc);
    expect(plan.sections[0]).toMatchObject({ title: "", kind: "custom", reviewerId: null });
    expect(plan.sections).toHaveLength(readPlan(createPlanDoc()).sections.length);
  });

  it("cuts off rich text nested deeper than the limit (20,000 levels)", () => {
    const doc = createPlanDoc();
    const sectionId = readPlan(doc).sections[0].id;
    doc.transact(() => {
      let parent: Y.XmlFragment | Y.XmlElement = getSectionFragment(doc, sectionId);
      for (let i = 0; i < 20_000; i++) {
        const child: Y.XmlElement = new Y.XmlElement("blockquote");
        parent.insert(0, [child]);
        parent = child;
      }
      parent.insert(0, [new Y.XmlText("deep")]);
    });
    const plan = expectReadable(doc);
    let depth = 0;
    for (let node = plan.sections[0].content.content?.[0]; node; node = node.content?.[0]) depth++;
    expect(depth).toBe(LIMITS.maxNestingDepth);
  });

  it("leaves out attributes that are shared types nested without bound", () => {
    const doc = createPlanDoc();
    const sectionId = readPlan(doc).sections[0].id;
    const paragraph = getSectionFragment(doc, sectionId).get(0) as Y.XmlElement;
    let value = new Y.Map<unknown>();
    paragraph.setAttribute("data", value as never);
    for (let i = 0; i < 5_000; i++) {
      const inner = new Y.Map<unknown>();
      value.set("next", inner);
      value = inner;
    }
    paragraph.setAttribute("align", "left");
    expect(expectReadable(doc).sections[0].content.content?.[0].attrs).toEqual({ align: "left" });
  });

  it("reads a section whose fragment name was used as another type", () => {
    const source = createPlanDoc();
    const sectionId = readPlan(source).sections[0].id;
    const hostile = new Y.Doc();
    Y.applyUpdate(hostile, Y.encodeStateAsUpdate(source));
    // Before the section's fragment is read as XML, the name is taken by a map.
    const other = new Y.Doc();
    other.getMap(`section:${sectionId}`).set("x", 1);
    Y.applyUpdate(hostile, Y.encodeStateAsUpdate(other));
    hostile.getMap(`section:${sectionId}`);
    expect(() => readPlan(hostile)).not.toThrow();
    expect(readPlan(hostile).sections[0]).toMatchObject({ id: sectionId, text: "" });
  });

  it("reads a document whose section list was first used as a map", () => {
    const doc = new Y.Doc();
    doc.getMap("sections").set("x", "y");
    expect(readPlan(doc)).toEqual({ sections: [] });
    expect(readPlan(stored(doc))).toEqual({ sections: [] });
  });
});
