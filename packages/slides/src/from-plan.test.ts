import { describe, expect, it } from "vitest";
import { slidesFromPlan } from "./from-plan";
import { longPlanJson, SAMPLE_HASH, sampleDeckInput, samplePlanJson } from "./sample-deck.test-support";
import { DEFAULT_TEXT_BUDGET, type SectionSlide, type Slide } from "./slide-model";
import { slideLines } from "./text-budget";

const sectionSlides = (slides: Slide[]) => slides.filter((slide): slide is SectionSlide => slide.kind === "section" || slide.kind === "tactic");

describe("slide model of a plan version", () => {
  it("shows every section of the sample plan, in plan order, after a title and an agenda", () => {
    const plan = samplePlanJson();
    const deck = slidesFromPlan(sampleDeckInput());
    expect(deck.slides[0]).toMatchObject({ kind: "title", planTitle: "FY27 Growth Plan: Mid-Market", period: "FY27", ownerName: "Maya Okafor", status: "Approved" });
    expect(deck.slides[1]).toMatchObject({ kind: "agenda", items: plan.sections.map((section) => ({ text: section.title, level: 0 })) });
    const firstParts = sectionSlides(deck.slides).filter((slide) => slide.part === 1);
    expect(firstParts.map((slide) => slide.sectionId)).toEqual(plan.sections.map((section) => section.id));
    expect(firstParts.map((slide) => slide.title)).toEqual(plan.sections.map((section) => section.title));
    expect(deck.slides.at(-1)?.kind).toBe("signoff");
  });

  it("keeps every slide within its text budget, the long plan too", () => {
    for (const deck of [slidesFromPlan(sampleDeckInput()), slidesFromPlan(sampleDeckInput({}, longPlanJson()))]) {
      for (const slide of deck.slides) expect(slideLines(slide, DEFAULT_TEXT_BUDGET), slide.id).toBeLessThanOrEqual(DEFAULT_TEXT_BUDGET.maxLines);
    }
  });

  it("splits a 3,000-word section across several slides without losing or reordering a word", () => {
    const plan = longPlanJson();
    const long = plan.sections.find((section) => section.id === "field-playbook")!;
    expect(long.text.split(/\s+/).filter(Boolean)).toHaveLength(3000);
    const parts = sectionSlides(slidesFromPlan(sampleDeckInput({}, plan)).slides).filter((slide) => slide.sectionId === "field-playbook");
    expect(parts.length).toBeGreaterThanOrEqual(10);
    // Slides are filled before the text continues: every part but the last uses most of the budget.
    for (const slide of parts.slice(0, -1)) expect(slideLines(slide, DEFAULT_TEXT_BUDGET)).toBeGreaterThanOrEqual(DEFAULT_TEXT_BUDGET.maxLines - 2);
    expect(parts.map((slide) => [slide.part, slide.parts])).toEqual(parts.map((_, index) => [index + 1, parts.length]));
    const shown = parts.flatMap((slide) => slide.blocks.map((block) => (block.type === "paragraph" ? block.text : ""))).join(" ");
    expect(shown.split(/\s+/)).toEqual(long.text.split(/\s+/).filter(Boolean));
  });

  it("continues a long table on further slides, repeating its header and keeping every row", () => {
    const parts = sectionSlides(slidesFromPlan(sampleDeckInput({}, longPlanJson())).slides).filter((slide) => slide.sectionId === "rubric");
    expect(parts.length).toBeGreaterThan(1);
    const tables = parts.flatMap((slide) => slide.blocks.filter((block) => block.type === "table"));
    expect(tables.every((table) => table.header?.join() === "Grade,Criteria,Points")).toBe(true);
    expect(tables.flatMap((table) => table.rows.map((row) => row[0]))).toEqual(Array.from({ length: 30 }, (_, index) => `G${index}`));
  });

  it("turns rich text into headings, bullets and numbered lists", () => {
    const slides = sectionSlides(slidesFromPlan(sampleDeckInput()).slides);
    const positioning = slides.find((slide) => slide.sectionId === "positioning")!;
    expect(positioning.blocks[0]).toEqual({ type: "heading", text: "For operations leaders who are judged on on-time delivery" });
    const segments = slides.find((slide) => slide.sectionId === "segment-priorities")!;
    expect(segments.blocks[0]).toMatchObject({ type: "list", ordered: true });
    const mix = slides.find((slide) => slide.sectionId === "product-mix")!;
    expect(mix.blocks[0]).toMatchObject({ type: "list", ordered: false, items: [{ text: "Insights Cloud (core platform): 70% of new ARR", level: 0 }, {}, {}] });
  });

  it("names the council reviewer and review state on tactic slides only", () => {
    const slides = sectionSlides(slidesFromPlan(sampleDeckInput()).slides);
    expect(slides.find((slide) => slide.sectionId === "tactic-partner-webinars")).toMatchObject({ kind: "tactic", reviewer: { name: "Amara Nwosu", state: "REVIEWED" } });
    expect(slides.find((slide) => slide.sectionId === "tactic-abm-email")).toMatchObject({ kind: "tactic", reviewer: { name: "Kenji Tanaka", state: "WAITING" } });
    expect(slides.find((slide) => slide.sectionId === "tactic-field-events")).toMatchObject({ kind: "tactic", reviewer: { name: null, state: "UNASSIGNED" } });
    expect(slides.find((slide) => slide.sectionId === "summary")).toMatchObject({ kind: "section", reviewer: null });
    expect(slides.find((slide) => slide.sectionId === "tactic-partner-webinars")?.notes).toContain("Amara Nwosu");
  });

  it("ends with a sign-off slide carrying the approvers, their dates, the version number and the hash", () => {
    const deck = slidesFromPlan(sampleDeckInput());
    expect(deck.slides.at(-1)).toMatchObject({
      kind: "signoff",
      versionNumber: 3,
      hash: SAMPLE_HASH,
      shortHash: SAMPLE_HASH.slice(0, 12),
      approvers: [{ name: "Dan Morales", state: "CURRENT", decidedAt: "2026-11-22T15:00:00.000Z" }],
    });
    expect(deck.isDraft).toBe(false);
  });

  it("marks a version that is not the approved one as a draft", () => {
    const deck = slidesFromPlan(sampleDeckInput({ isApproved: false, approvers: [] }));
    expect(deck.isDraft).toBe(true);
    expect(deck.slides[0]).toMatchObject({ status: "Draft (not approved)" });
  });

  it("never throws on empty or unexpected rich text, and gives an empty section one slide", () => {
    const plan = samplePlanJson();
    plan.sections[0].content = { type: "doc", content: [{ type: "mystery", content: [{ type: "text", text: "kept" }] }, { type: "paragraph" }] };
    plan.sections[1].content = { type: "doc" };
    const slides = sectionSlides(slidesFromPlan(sampleDeckInput({}, plan)).slides);
    expect(slides[0].blocks).toEqual([{ type: "paragraph", text: "kept" }]);
    expect(slides[1]).toMatchObject({ sectionId: "product-mix", blocks: [], parts: 1 });
  });

  it("splits a long agenda and keeps numbering across its slides", () => {
    const plan = { sections: Array.from({ length: 60 }, (_, index) => ({ ...samplePlanJson().sections[0], id: `s${index}`, title: `Section ${index + 1}` })) };
    const agendas = slidesFromPlan(sampleDeckInput({}, plan)).slides.filter((slide) => slide.kind === "agenda");
    expect(agendas.map((slide) => [slide.firstNumber, slide.items.length])).toEqual([[1, 28], [29, 28], [57, 4]]);
  });
});
