/**
 * The deck as Markdown: one slide per `---`-separated block (the convention Marp and most slide tools
 * read), speaker notes as HTML comments. Text from the plan is escaped so a title reads back unchanged.
 */
import { approvalStateLabel, dayOf, DRAFT_MARK, partTitle, reviewStateLabel } from "./labels";
import type { SectionSlide, SignoffSlide, Slide, SlideBlock, SlideDeck, TitleSlide } from "./slide-model";

export function deckToMarkdown(deck: SlideDeck): string {
  const slides = deck.slides.map((slide) => {
    const body = slideMarkdown(slide);
    const draft = deck.isDraft ? [`**${DRAFT_MARK}: version ${deck.versionNumber} is not approved**`] : [];
    return [...draft, body, notesComment(slide.notes)].join("\n\n");
  });
  return `${slides.join("\n\n---\n\n")}\n`;
}

/** Backslash-escapes what Markdown would read as syntax; line-start markers are escaped per line. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~#]/g, (char) => `\\${char}`)
    .replace(/^(\s*)([-+=]|\d+[.)])/gm, (_match, space: string, marker: string) => `${space}${marker.replace(/([-+=.)])$/, "\\$1")}`);
}

function slideMarkdown(slide: Slide): string {
  switch (slide.kind) {
    case "title":
      return titleMarkdown(slide);
    case "agenda":
      return [`## ${escapeMarkdown(slide.title)}`, slide.items.map((item, index) => `${index + 1}. ${escapeMarkdown(item.text)}`).join("\n")].join("\n\n");
    case "section":
    case "tactic":
      return sectionMarkdown(slide);
    case "signoff":
      return signoffMarkdown(slide);
  }
}

function titleMarkdown(slide: TitleSlide): string {
  const facts = [
    slide.period ? `**Period:** ${escapeMarkdown(slide.period)}` : null,
    `**Owner:** ${escapeMarkdown(slide.ownerName)}`,
    `**Status:** ${escapeMarkdown(slide.status)}`,
    `**${escapeMarkdown(slide.versionLabel)}**`,
  ].filter((line): line is string => line !== null);
  return [`# ${escapeMarkdown(slide.planTitle)}`, facts.join("  \n")].join("\n\n");
}

function sectionMarkdown(slide: SectionSlide): string {
  const parts = [`## ${escapeMarkdown(partTitle(slide.title, slide.part, slide.parts))}`];
  if (slide.reviewer) {
    const name = slide.reviewer.name ? escapeMarkdown(slide.reviewer.name) : "Unassigned";
    parts.push(`> Council reviewer: ${name} (${reviewStateLabel(slide.reviewer.state)})`);
  }
  parts.push(...slide.blocks.map(blockMarkdown));
  return parts.join("\n\n");
}

function blockMarkdown(block: SlideBlock): string {
  switch (block.type) {
    case "heading":
      return `### ${escapeMarkdown(block.text)}`;
    case "paragraph":
      return escapeMarkdown(block.text);
    case "list":
      return block.items.map((item) => `${"   ".repeat(item.level)}${block.ordered ? "1." : "-"} ${escapeMarkdown(item.text)}`).join("\n");
    case "table":
      return tableMarkdown(block.header ?? block.rows[0].map(() => ""), block.rows);
  }
}

function tableMarkdown(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map((cell) => escapeMarkdown(cell) || " ").join(" | ")} |`;
  return [line(header), `|${header.map(() => " --- ").join("|")}|`, ...rows.map(line)].join("\n");
}

function signoffMarkdown(slide: SignoffSlide): string {
  const version = slide.versionName ? `Version ${slide.versionNumber}: ${slide.versionName}` : `Version ${slide.versionNumber}`;
  const facts = `**${escapeMarkdown(version)}**, cut ${dayOf(slide.versionCutAt)}  \n**Hash:** \`${slide.hash}\``;
  if (slide.approvers.length === 0) return [`## ${slide.title}`, facts, "Not submitted for sign-off."].join("\n\n");
  const rows = slide.approvers.map((approver) => [approver.name, approver.jobTitle ?? "", approvalStateLabel(approver.state), dayOf(approver.decidedAt)]);
  return [`## ${slide.title}`, facts, tableMarkdown(["Approver", "Role", "Decision", "Date"], rows)].join("\n\n");
}

/** HTML comments end at `-->`, so that sequence is broken up inside notes. */
function notesComment(notes: string): string {
  return `<!-- notes: ${notes.replace(/--/g, "- -")} -->`;
}
