import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  anchorFromPositions,
  anchorPhrase,
  createAnchor,
  decodeAnchorPosition,
  encodeAnchorPosition,
  isWithinOneText,
  replaceAnchoredText,
  resolveAnchor,
  SectionText,
} from "./anchors";
import { getSectionFragment } from "./doc-layout";
import { listSections } from "./section-edits";
import { createPlanDoc } from "./template";

function planWithText(paragraphs: string[]) {
  const doc = createPlanDoc();
  const sectionId = listSections(doc)[0].id;
  const fragment = getSectionFragment(doc, sectionId);
  doc.transact(() => {
    fragment.delete(0, fragment.length);
    fragment.insert(
      0,
      paragraphs.map((text) => {
        const paragraph = new Y.XmlElement("paragraph");
        paragraph.insert(0, [new Y.XmlText(text)]);
        return paragraph;
      }),
    );
  });
  const textOf = (index: number) => (fragment.get(index) as Y.XmlElement).get(0) as Y.XmlText;
  return { doc, sectionId, fragment, textOf };
}

describe("anchors", () => {
  it("reads a section as text with one line break after each block", () => {
    const { fragment } = planWithText(["Lead scores", "A leads need 80 points"]);
    expect(new SectionText(fragment).text).toBe("Lead scores\nA leads need 80 points\n");
  });

  it("resolves an anchor to exactly its phrase while text is typed before, after and around it", () => {
    const { doc, sectionId, textOf } = planWithText(["A leads need 80 points."]);
    const anchor = anchorPhrase(doc, sectionId, "80 points")!;
    expect(anchor.quote).toBe("80 points");
    textOf(0).insert(0, "Today: ");
    textOf(0).insert("Today: A leads need 80 points".length, " at least");
    textOf(0).insert("Today: A leads need ".length, "only ");
    expect(resolveAnchor(doc, anchor)).toMatchObject({ text: "80 points", isOrphaned: false });
  });

  it("grows with text typed inside and becomes orphaned when the phrase is deleted", () => {
    const { doc, sectionId, textOf } = planWithText(["A leads need 80 points."]);
    const anchor = anchorPhrase(doc, sectionId, "80 points")!;
    textOf(0).insert("A leads need 80".length, "0");
    expect(resolveAnchor(doc, anchor)?.text).toBe("800 points");
    textOf(0).delete("A leads need ".length, "800 points".length);
    expect(resolveAnchor(doc, anchor)).toMatchObject({ isOrphaned: true });
  });

  it("is orphaned when the paragraph holding it is deleted", () => {
    const { doc, sectionId, fragment } = planWithText(["keep", "A leads need 80 points."]);
    const anchor = anchorPhrase(doc, sectionId, "80 points")!;
    fragment.delete(1, 1);
    expect(resolveAnchor(doc, anchor)).toMatchObject({ isOrphaned: true });
  });

  it("spans paragraphs, but only one-paragraph anchors can be replaced", () => {
    const { doc, sectionId } = planWithText(["first part", "second part"]);
    const anchor = createAnchor(doc, sectionId, 6, 17)!;
    expect(anchor.quote).toBe("part\nsecond");
    expect(isWithinOneText(doc, anchor)).toBe(false);
    expect(replaceAnchoredText(doc, anchor, "x")).toBe(false);
  });

  it("starts a selection that begins at a paragraph's end on the next paragraph's text", () => {
    const { doc, sectionId } = planWithText(["first", "second"]);
    const anchor = createAnchor(doc, sectionId, "first".length, "first\nsec".length)!;
    expect(anchor.quote).toBe("sec");
    expect(resolveAnchor(doc, anchor)?.text).toBe("sec");
    expect(createAnchor(doc, sectionId, "first".length, "first\n".length)).toBeNull();
  });

  it("replaces exactly the anchored text", () => {
    const { doc, sectionId, fragment } = planWithText(["A leads need 80 points.", "B leads need 50 points."]);
    const anchor = anchorPhrase(doc, sectionId, "80")!;
    expect(replaceAnchoredText(doc, anchor, "120")).toBe(true);
    expect(new SectionText(fragment).text).toBe("A leads need 120 points.\nB leads need 50 points.\n");
  });

  it("turns a selection made with left-sticking positions (as y-tiptap makes them) into a proper anchor", () => {
    const { doc, sectionId, textOf } = planWithText(["A leads need 80 points."]);
    const at = "A leads need ".length;
    const start = Y.createRelativePositionFromTypeIndex(textOf(0), at, -1);
    const end = Y.createRelativePositionFromTypeIndex(textOf(0), at + "80 points".length, -1);
    const anchor = anchorFromPositions(doc, sectionId, start, end)!;
    expect(anchor.quote).toBe("80 points");
    textOf(0).insert(at, "only ");
    expect(resolveAnchor(doc, anchor)?.text).toBe("80 points");
    expect(anchorFromPositions(doc, sectionId, start, start)).toBeNull();
  });

  it("does not resolve positions of another section, another document or garbage", () => {
    const { doc, sectionId } = planWithText(["A leads need 80 points."]);
    const anchor = anchorPhrase(doc, sectionId, "80")!;
    const otherSection = listSections(doc)[1].id;
    expect(resolveAnchor(doc, { ...anchor, sectionId: otherSection })).toBeNull();
    const other = planWithText(["A leads need 80 points."]);
    expect(resolveAnchor(other.doc, { ...anchor, sectionId: other.sectionId })).toBeNull();
    expect(resolveAnchor(doc, { ...anchor, start: "not base64 at all!" })).toBeNull();
    expect(decodeAnchorPosition("")).toBeNull();
    const roundTrip = decodeAnchorPosition(anchor.start)!;
    expect(encodeAnchorPosition(roundTrip)).toBe(anchor.start);
  });
});
