import { describe, expect, it } from "vitest";
import { slidesFromPlan } from "./from-plan";
import { partTitle } from "./labels";
import { readPptx } from "./pptx-reader.test-support";
import { longPlanJson, SAMPLE_HASH, sampleDeckInput, samplePlanJson } from "./sample-deck.test-support";
import { deckToPptx } from "./to-pptx";

describe("PPTX export", () => {
  it("is a valid package whose slides hold every section title and the hash as text, one slide per model slide", async () => {
    const plan = longPlanJson();
    const deck = slidesFromPlan(sampleDeckInput({}, plan));
    const pptx = await readPptx(await deckToPptx(deck));
    expect(pptx.files).toContain("[Content_Types].xml");
    expect(pptx.files).toContain("ppt/presentation.xml");
    expect(pptx.slides).toHaveLength(deck.slides.length);
    const allText = pptx.slides.flatMap((slide) => slide.paragraphs);
    for (const section of plan.sections) expect(allText, section.title).toContain(section.title);
    expect(pptx.slides.at(-1)!.paragraphs.join("\n")).toContain(SAMPLE_HASH);
    deck.slides.forEach((slide, index) => {
      const title = slide.kind === "section" || slide.kind === "tactic" ? partTitle(slide.title, slide.part, slide.parts) : slide.title;
      expect(pptx.slides[index].paragraphs, slide.id).toContain(title);
    });
  });

  it("draws text and tables, never pictures of text", async () => {
    const pptx = await readPptx(await deckToPptx(slidesFromPlan(sampleDeckInput({}, longPlanJson()))));
    expect(pptx.files.filter((name) => name.startsWith("ppt/media/") && !name.endsWith("/"))).toEqual([]);
    expect(pptx.slides.filter((slide) => slide.hasTable).length).toBeGreaterThan(1);
    const rubric = pptx.slides.find((slide) => slide.hasTable && slide.paragraphs.includes("Lead-scoring rubric"))!;
    expect(rubric.runs).toEqual(expect.arrayContaining(["Grade", "Criteria", "Points", "G0"]));
  });

  it("carries speaker notes and names tactic reviewers on their slides", async () => {
    const deck = slidesFromPlan(sampleDeckInput());
    const pptx = await readPptx(await deckToPptx(deck));
    expect(pptx.notes).toHaveLength(deck.slides.length);
    deck.slides.forEach((slide, index) => expect(pptx.notes[index]).toContain(slide.notes));
    const webinars = deck.slides.findIndex((slide) => slide.id === "section:tactic-partner-webinars:1");
    expect(pptx.slides[webinars].paragraphs.join(" ")).toContain("Amara Nwosu  ·  Reviewed");
  });

  it("puts DRAFT on every slide of an unapproved version and on none of an approved one", async () => {
    const draft = await readPptx(await deckToPptx(slidesFromPlan(sampleDeckInput({ isApproved: false }, samplePlanJson()))));
    for (const slide of draft.slides) expect(slide.runs).toContain("DRAFT");
    const approved = await readPptx(await deckToPptx(slidesFromPlan(sampleDeckInput())));
    for (const slide of approved.slides) expect(slide.runs).not.toContain("DRAFT");
  });
});
