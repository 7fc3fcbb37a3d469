import { marked, type Token, type Tokens } from "marked";
import { describe, expect, it } from "vitest";
import { slidesFromPlan } from "./from-plan";
import { longPlanJson, SAMPLE_HASH, sampleDeckInput, samplePlanJson } from "./sample-deck.test-support";
import { deckToMarkdown } from "./to-markdown";

/** Plain text of a parsed heading: escapes resolved, markup dropped. */
function plainText(tokens: Token[] | undefined): string {
  return (tokens ?? []).map((token) => ("tokens" in token && token.tokens ? plainText(token.tokens) : "text" in token ? String(token.text) : "")).join("");
}

function headings(markdown: string, depth: number): string[] {
  return marked.lexer(markdown).filter((token): token is Tokens.Heading => token.type === "heading" && token.depth === depth).map((heading) => plainText(heading.tokens));
}

describe("Markdown export", () => {
  it("reads back every section title in order, even titles full of Markdown syntax", () => {
    const plan = longPlanJson();
    plan.sections[0].title = "Summary: *bold* _claims_ # [links](x) <b>html</b> | pipes \\ and `code`";
    plan.sections[1].title = "1. Not a list - really";
    const markdown = deckToMarkdown(slidesFromPlan(sampleDeckInput({}, plan)));
    const titles = headings(markdown, 2).filter((title) => !/\(continued, \d+ of \d+\)$/.test(title));
    expect(titles).toEqual(["Agenda", ...plan.sections.map((section) => section.title), "Sign-off"]);
  });

  it("has one slide per model slide, with the plan title, the approver and the full hash", () => {
    const deck = slidesFromPlan(sampleDeckInput());
    const markdown = deckToMarkdown(deck);
    expect(marked.lexer(markdown).filter((token) => token.type === "hr")).toHaveLength(deck.slides.length - 1);
    expect(headings(markdown, 1)).toEqual(["FY27 Growth Plan: Mid-Market"]);
    expect(markdown).toContain(SAMPLE_HASH);
    expect(markdown).toMatch(/\| Dan Morales \| Sales director \| Approved \| 2026-11-22 \|/);
    expect(markdown).toContain("> Council reviewer: Amara Nwosu (Reviewed)");
    expect(markdown).not.toContain("DRAFT");
  });

  it("marks every slide of a draft", () => {
    const deck = slidesFromPlan(sampleDeckInput({ isApproved: false }, samplePlanJson()));
    const slides = deckToMarkdown(deck).split("\n\n---\n\n");
    expect(slides).toHaveLength(deck.slides.length);
    for (const slide of slides) expect(slide.startsWith("**DRAFT: version 3 is not approved**")).toBe(true);
  });

  it("keeps speaker notes inside HTML comments that cannot be closed early", () => {
    const plan = samplePlanJson();
    plan.sections[0].title = "Ends --> here";
    const markdown = deckToMarkdown(slidesFromPlan(sampleDeckInput({}, plan)));
    const comments = markdown.match(/<!--[\s\S]*?-->/g) ?? [];
    expect(comments.length).toBe(slidesFromPlan(sampleDeckInput({}, plan)).slides.length);
    expect(comments.some((comment) => comment.includes("Ends - -> here"))).toBe(true);
  });
});
