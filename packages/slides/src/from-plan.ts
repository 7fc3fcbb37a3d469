/**
 * A version of a plan (its stored `readPlan` JSON, sign-off and council reviews) as a slide deck:
 * title, agenda, the sections in plan order (split by the text budget), tactic slides naming their
 * reviewer, and a sign-off slide carrying the approvers and the version hash. Pure: no I/O, no clock.
 */
import type { PlanSectionJson, VersionContentJson } from "@planbridge/plan-schema";
import { alignmentSlides } from "./alignment-slides";
import { reviewStateLabel } from "./labels";
import { paginate } from "./paginate";
import { blocksFromRichText } from "./rich-text-blocks";
import {
  DEFAULT_TEXT_BUDGET,
  type AgendaSlide,
  type SectionSlide,
  type SignoffSlide,
  type SlideApprover,
  type SlideDeck,
  type SlideReviewer,
  type TextBudget,
  type TitleSlide,
} from "./slide-model";

export interface DeckVersion {
  number: number;
  name: string | null;
  /** SHA-256 (hex) of the version's canonical JSON. */
  hash: string;
  createdAt: string;
  content: VersionContentJson;
}

export interface DeckInput {
  planTitle: string;
  /** e.g. "FY27"; plans without one leave it out. */
  period?: string | null;
  ownerName: string;
  version: DeckVersion;
  /** Whether this exact version is the approved one: anything else is marked DRAFT. */
  isApproved: boolean;
  /** The sign-off of this version, if it was submitted. */
  approvers: SlideApprover[];
  /** Council review standing per tactic section id. */
  reviewers: Record<string, SlideReviewer>;
}

const SHORT_HASH = 12;

export function slidesFromPlan(input: DeckInput, budget: TextBudget = DEFAULT_TEXT_BUDGET): SlideDeck {
  const { version } = input;
  const sections = version.content.sections;
  return {
    planTitle: input.planTitle,
    versionNumber: version.number,
    isDraft: !input.isApproved,
    shortHash: shortHash(version.hash),
    slides: [
      titleSlide(input),
      ...agendaSlides(sections, budget),
      ...sections.flatMap((section, index) => sectionSlides(section, index, sections.length, input.reviewers[section.id] ?? null, budget)),
      ...alignmentSlides(version.content.alignment, budget),
      signoffSlide(input),
    ],
  };
}

export function shortHash(hash: string): string {
  return hash.slice(0, SHORT_HASH);
}

export function versionLabel(version: Pick<DeckVersion, "number" | "name">): string {
  return version.name ? `Version ${version.number}: ${version.name}` : `Version ${version.number}`;
}

function statusLabel(input: DeckInput): string {
  if (input.isApproved) return "Approved";
  return input.approvers.length > 0 ? "In sign-off (not approved)" : "Draft (not approved)";
}

function titleSlide(input: DeckInput): TitleSlide {
  const label = versionLabel(input.version);
  const status = statusLabel(input);
  return {
    kind: "title",
    id: "title",
    title: input.planTitle,
    planTitle: input.planTitle,
    period: input.period ?? null,
    ownerName: input.ownerName,
    status,
    versionLabel: label,
    notes: `${input.planTitle}. ${label}, ${status.toLowerCase()}. Owner: ${input.ownerName}. Version hash ${shortHash(input.version.hash)}.`,
  };
}

/** Two columns of one budget each per agenda slide. */
function agendaSlides(sections: PlanSectionJson[], budget: TextBudget): AgendaSlide[] {
  const perSlide = budget.maxLines * 2;
  const count = Math.max(1, Math.ceil(sections.length / perSlide));
  return Array.from({ length: count }, (_, index) => ({
    kind: "agenda",
    id: `agenda:${index + 1}`,
    title: count > 1 ? `Agenda (${index + 1} of ${count})` : "Agenda",
    items: sections.slice(index * perSlide, (index + 1) * perSlide).map((section) => ({ text: section.title, level: 0 })),
    firstNumber: index * perSlide + 1,
    notes: `${sections.length} sections, in the order the plan was signed.`,
  }));
}

function sectionSlides(section: PlanSectionJson, index: number, count: number, reviewer: SlideReviewer | null, budget: TextBudget): SectionSlide[] {
  const isTactic = section.kind === "tactic";
  const pages = paginate(blocksFromRichText(section.content), budget);
  return pages.map((blocks, page) => ({
    kind: isTactic ? "tactic" : "section",
    id: `section:${section.id}:${page + 1}`,
    title: section.title,
    sectionId: section.id,
    sectionKind: section.kind,
    part: page + 1,
    parts: pages.length,
    blocks,
    reviewer: isTactic ? (reviewer ?? { name: null, state: "UNASSIGNED", reviewedAt: null }) : null,
    notes: sectionNotes(section, index, count, page + 1, pages.length, isTactic ? reviewer : null),
  }));
}

function sectionNotes(section: PlanSectionJson, index: number, count: number, part: number, parts: number, reviewer: SlideReviewer | null): string {
  const lines = [`Section ${index + 1} of ${count}: ${section.title}.`];
  if (parts > 1) lines.push(`Part ${part} of ${parts}.`);
  if (reviewer?.name) lines.push(`Council reviewer: ${reviewer.name} (${reviewStateLabel(reviewer.state).toLowerCase()}).`);
  return lines.join(" ");
}

function signoffSlide(input: DeckInput): SignoffSlide {
  const { version } = input;
  const approved = input.approvers.filter((approver) => approver.state === "CURRENT").length;
  return {
    kind: "signoff",
    id: "signoff",
    title: "Sign-off",
    versionNumber: version.number,
    versionName: version.name,
    versionCutAt: version.createdAt,
    hash: version.hash,
    shortHash: shortHash(version.hash),
    approvers: input.approvers,
    notes: `${versionLabel(version)}, hash ${version.hash}. ${approved} of ${input.approvers.length} required approvers approved this text.`,
  };
}
