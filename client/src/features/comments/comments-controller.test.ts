import { addSection, anchorPhrase, getSectionFragment, listSections, SectionKind } from "@planbridge/plan-schema";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { CommentsController, DRAFT_THREAD_ID, type AnchoredThread } from "./comments-controller";

/** A doc with two sections of one paragraph each, and threads anchored on phrases of them. */
function world() {
  const doc = new Y.Doc();
  addSection(doc, "Summary", SectionKind.SUMMARY);
  addSection(doc, "Positioning", SectionKind.POSITIONING);
  const [a, b] = listSections(doc).map((s) => s.id);
  for (const [id, text] of [[a, "Grow new ARR by 35% this year."], [b, "For operations leaders."]]) {
    const paragraph = new Y.XmlElement("paragraph");
    getSectionFragment(doc, id).insert(0, [paragraph]);
    paragraph.insert(0, [new Y.XmlText(text)]);
  }
  const thread = (id: string, sectionId: string, phrase: string, status = "OPEN"): AnchoredThread => {
    const anchor = anchorPhrase(doc, sectionId, phrase)!;
    return { id, sectionId, anchorStart: anchor.start, anchorEnd: anchor.end, status, suggestion: null };
  };
  return { doc, a, b, thread };
}

function countCalls(controller: CommentsController, sectionId: string): () => number {
  let calls = 0;
  controller.subscribeSection(sectionId, () => calls++);
  return () => calls;
}

describe("CommentsController", () => {
  it("highlights open anchored threads only, per section", () => {
    const { a, b, thread } = world();
    const controller = new CommentsController();
    controller.setThreads([thread("t1", a, "new ARR"), thread("t2", a, "35%", "RESOLVED"), thread("t3", b, "operations")]);
    expect(controller.anchorsOf(a).map((x) => x.threadId)).toEqual(["t1"]);
    expect(controller.anchorsOf(b).map((x) => x.threadId)).toEqual(["t3"]);
  });

  it("re-decorates only the sections whose threads changed", () => {
    const { a, b, thread } = world();
    const controller = new CommentsController();
    const callsA = countCalls(controller, a);
    const callsB = countCalls(controller, b);
    controller.setThreads([thread("t1", a, "new ARR")]);
    controller.setThreads([thread("t1", a, "new ARR"), thread("t3", b, "operations")]);
    expect([callsA(), callsB()]).toEqual([1, 1]);
    controller.activate("t3");
    expect([callsA(), callsB()]).toEqual([1, 2]);
  });

  it("says a thread's text is missing only after its editor looked and did not find it", () => {
    const { a, thread } = world();
    const controller = new CommentsController();
    controller.setThreads([thread("t1", a, "new ARR")]);
    expect(controller.isTextMissing("t1", a)).toBe(false);
    controller.reportLocated(a, new Set());
    expect(controller.isTextMissing("t1", a)).toBe(true);
    controller.reportLocated(a, new Set(["t1"]));
    expect(controller.isTextMissing("t1", a)).toBe(false);
  });

  it("shows the draft's text as a highlight until the draft is closed", () => {
    const { doc, a } = world();
    const controller = new CommentsController();
    const calls = countCalls(controller, a);
    controller.startDraft({ kind: "comment", anchor: anchorPhrase(doc, a, "this year")! });
    expect(controller.anchorsOf(a).map((x) => x.threadId)).toEqual([DRAFT_THREAD_ID]);
    controller.clearDraft();
    expect(controller.anchorsOf(a)).toEqual([]);
    expect(calls()).toBe(2);
  });
});
