/**
 * Test input: the seeded sample plan (server/src/db/seed) as a version would store it, plus a plan with
 * a 3,000-word section and a table. Imported only by tests, so the package itself never reaches the server.
 */
import { appendSection, createPlanDoc, readPlan, SectionKind, type PlanJson, type ProseMirrorNode } from "@planbridge/plan-schema";
import { demoPlanTemplate } from "../../../server/src/db/seed/demo-plan";
import type { DeckInput } from "./from-plan";

export const SAMPLE_HASH = "3f9a1c7be2d4058a6e1f2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f7a8";

export function samplePlanJson(): PlanJson {
  const reviewerOf = (sectionId: string) => (sectionId.startsWith("tactic-") ? `reviewer-${sectionId}` : null);
  return readPlan(createPlanDoc(demoPlanTemplate(reviewerOf)));
}

export function sampleDeckInput(overrides: Partial<DeckInput> = {}, content: PlanJson = samplePlanJson()): DeckInput {
  return {
    planTitle: "FY27 Growth Plan: Mid-Market",
    period: "FY27",
    ownerName: "Maya Okafor",
    version: { number: 3, name: "Field launch", hash: SAMPLE_HASH, createdAt: "2026-11-20T09:30:00.000Z", content },
    isApproved: true,
    approvers: [{ name: "Dan Morales", jobTitle: "Sales director", state: "CURRENT", decidedAt: "2026-11-22T15:00:00.000Z" }],
    reviewers: {
      "tactic-partner-webinars": { name: "Amara Nwosu", state: "REVIEWED", reviewedAt: "2026-11-21T10:00:00.000Z" },
      "tactic-abm-email": { name: "Kenji Tanaka", state: "WAITING", reviewedAt: null },
    },
    ...overrides,
  };
}

const WORDS = "pipeline region council forecast partner webinar account quota territory launch enablement battlecard segment buyer renewal".split(" ");

/** `count` words in sentences of twelve, the same every run. */
export function words(count: number, seed = 1): string {
  const sentences: string[] = [];
  for (let start = 0; start < count; start += 12) {
    const sentence = Array.from({ length: Math.min(12, count - start) }, (_, index) => WORDS[(seed * 7 + start + index * 3) % WORDS.length]);
    sentences.push(`${sentence.join(" ").replace(/^./, (first) => first.toUpperCase())}.`);
  }
  return sentences.join(" ");
}

/** The sample plan with a 3,000-word section (in paragraphs of 150 words) and a table section added. */
export function longPlanJson(): PlanJson {
  const reviewerOf = () => null;
  const doc = createPlanDoc(demoPlanTemplate(reviewerOf));
  const paragraphs = Array.from({ length: 20 }, (_, index) => words(150, index + 1));
  appendSection(doc, { id: "field-playbook", kind: SectionKind.CUSTOM, title: "Field playbook", content: paragraphs });
  const plan = readPlan(doc);
  plan.sections.push(tableSection());
  return plan;
}

function tableSection(): PlanJson["sections"][number] {
  const cell = (type: string, text: string): ProseMirrorNode => ({ type, content: [{ type: "paragraph", content: [{ type: "text", text }] }] });
  const row = (type: string, cells: string[]): ProseMirrorNode => ({ type: "tableRow", content: cells.map((text) => cell(type, text)) });
  const rows = [row("tableHeader", ["Grade", "Criteria", "Points"]), ...Array.from({ length: 30 }, (_, index) => row("tableCell", [`G${index}`, words(14, index), String(index * 5)]))];
  return { id: "rubric", kind: "lead_scoring", title: "Lead-scoring rubric", reviewerId: null, content: { type: "doc", content: [{ type: "table", content: rows }] }, text: "" };
}
