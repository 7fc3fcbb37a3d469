import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  appendSection,
  createPlanDoc,
  DEFAULT_TEMPLATE,
  getSectionFragment,
  getSections,
  LIMITS,
  readPlan,
  SectionKind,
  sectionFragmentName,
  SECTIONS_KEY,
  setSectionReviewer,
} from "@planbridge/plan-schema";

/** A document built by another replica, as the client's editor would: through a second Y.Doc. */
function replicate(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

describe("default template", () => {
  it("has the DESIGN.md sections in order, tactics as separate sections", () => {
    const kinds = DEFAULT_TEMPLATE.sections.map((section) => section.kind);
    expect(kinds.slice(0, 6)).toEqual([
      SectionKind.SUMMARY,
      SectionKind.PRODUCT_MIX,
      SectionKind.SEGMENT_PRIORITIES,
      SectionKind.COMPETITIVE_THREATS,
      SectionKind.VALUE_PROPOSITION,
      SectionKind.POSITIONING,
    ]);
    expect(kinds.filter((kind) => kind === SectionKind.TACTIC).length).toBeGreaterThanOrEqual(2);
    expect(kinds.slice(-4)).toEqual([
      SectionKind.LEAD_SCORING,
      SectionKind.CAMPAIGN_CALENDAR,
      SectionKind.CAMPAIGN_GOALS,
      SectionKind.FEEDBACK_CADENCE,
    ]);
  });

  it("creates one map per section and one fragment (with an empty paragraph) per section id", () => {
    const doc = replicate(createPlanDoc());
    const sections = getSections(doc).toArray();
    expect(doc.getArray(SECTIONS_KEY).length).toBe(DEFAULT_TEMPLATE.sections.length);
    const ids = sections.map((section) => section.get("id") as string);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      const fragment = doc.getXmlFragment(sectionFragmentName(id));
      expect(fragment.length).toBe(1);
      expect((fragment.get(0) as Y.XmlElement).nodeName).toBe("paragraph");
    }
  });

  it("gives every new plan fresh section ids", () => {
    const first = readPlan(createPlanDoc()).sections.map((section) => section.id);
    const second = readPlan(createPlanDoc()).sections.map((section) => section.id);
    expect(first.some((id) => second.includes(id))).toBe(false);
  });
});

describe("readPlan", () => {
  it("returns Tiptap-shaped ProseMirror JSON and plain text for seeded content", () => {
    const doc = createPlanDoc({
      sections: [
        {
          id: "s1",
          kind: SectionKind.POSITIONING,
          title: "Positioning",
          reviewerId: "user-1",
          content: [
            { type: "heading", level: 2, text: "For mid-market IT" },
            "We win on time to value.",
            { type: "bulletList", items: ["Two-week onboarding", "No consultants"] },
          ],
        },
      ],
    });
    const [section] = readPlan(replicate(doc)).sections;
    expect(section).toMatchObject({ id: "s1", kind: "positioning", title: "Positioning", reviewerId: "user-1" });
    expect(section.content).toEqual({
      type: "doc",
      content: [
        { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "For mid-market IT" }] },
        { type: "paragraph", content: [{ type: "text", text: "We win on time to value." }] },
        {
          type: "bulletList",
          content: [
            { type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "Two-week onboarding" }] }] },
            { type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "No consultants" }] }] },
          ],
        },
      ],
    });
    expect(section.text).toBe("For mid-market IT\nWe win on time to value.\nTwo-week onboarding\nNo consultants");
  });

  it("maps y-prosemirror text attributes to marks, including hashed overlapping mark names", () => {
    const doc = createPlanDoc({ sections: [{ id: "s1", kind: SectionKind.SUMMARY, title: "Summary" }] });
    const paragraph = getSectionFragment(doc, "s1").get(0) as Y.XmlElement;
    const text = new Y.XmlText();
    paragraph.insert(0, [text]);
    text.insert(0, "plain ");
    text.insert(6, "bold", { bold: {} });
    text.insert(10, " link", { "link--AbCd1234": { href: "https://example.com" }, italic: {} });
    const [section] = readPlan(doc).sections;
    expect(section.content.content?.[0].content).toEqual([
      { type: "text", text: "plain " },
      { type: "text", text: "bold", marks: [{ type: "bold" }] },
      {
        type: "text",
        text: " link",
        marks: [{ type: "link", attrs: { href: "https://example.com" } }, { type: "italic" }],
      },
    ]);
    expect(section.text).toBe("plain bold link");
  });

  it("renders tables as tab-separated rows", () => {
    const doc = createPlanDoc({ sections: [{ id: "t", kind: SectionKind.LEAD_SCORING, title: "Lead scoring" }] });
    const fragment = getSectionFragment(doc, "t");
    const table = new Y.XmlElement("table");
    fragment.insert(1, [table]);
    const row = (cells: string[], cellType: string) => {
      const tableRow = new Y.XmlElement("tableRow");
      tableRow.insert(
        0,
        cells.map((value) => {
          const cell = new Y.XmlElement(cellType);
          const paragraph = new Y.XmlElement("paragraph");
          paragraph.insert(0, [new Y.XmlText(value)]);
          cell.insert(0, [paragraph]);
          return cell;
        }),
      );
      return tableRow;
    };
    table.insert(0, [row(["Grade", "Rule"], "tableHeader"), row(["A", "Demo booked"], "tableCell")]);
    expect(readPlan(doc).sections[0].text).toBe("\nGrade\tRule\nA\tDemo booked");
  });

  it("sees reviewer assignments and appended sections; unknown kinds read as custom", () => {
    const doc = createPlanDoc();
    const tacticId = readPlan(doc).sections.find((section) => section.kind === SectionKind.TACTIC)!.id;
    expect(setSectionReviewer(doc, tacticId, "council-emea")).toBe(true);
    expect(setSectionReviewer(doc, "missing", "x")).toBe(false);
    const added = appendSection(doc, { kind: SectionKind.CUSTOM, title: "Appendix", content: ["Notes"] });
    getSections(doc).get(0).set("kind", "from-the-future");
    const plan = readPlan(replicate(doc));
    expect(plan.sections.find((section) => section.id === tacticId)?.reviewerId).toBe("council-emea");
    expect(plan.sections.at(-1)).toMatchObject({ id: added, title: "Appendix", text: "Notes" });
    expect(plan.sections[0].kind).toBe(SectionKind.CUSTOM);
  });
});

describe("limits", () => {
  it("nest: an update fits in a frame and a document holds many updates", () => {
    expect(LIMITS.maxUpdateBytes).toBeLessThan(LIMITS.maxFrameBytes);
    expect(LIMITS.maxDocBytes).toBeGreaterThan(LIMITS.maxUpdateBytes);
    expect(LIMITS.messageBurst).toBeGreaterThanOrEqual(LIMITS.messagesPerSecond);
  });
});
