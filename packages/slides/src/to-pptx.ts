/**
 * The deck as an editable PowerPoint file: every word is a text box or a table cell (never a picture),
 * one theme, slide numbers, speaker notes, and "DRAFT" on every slide of an unapproved version.
 * Import it as `@planbridge/slides/pptx`: it pulls in pptxgenjs, which the browser bundle does not need.
 */
import PptxGenJS from "pptxgenjs";
import { approvalStateLabel, dayOf, DRAFT_MARK, partTitle, reviewStateLabel } from "./labels";
import { THEME } from "./pptx-theme";
import type { AgendaSlide, SectionSlide, SignoffSlide, Slide, SlideBlock, SlideDeck, TitleSlide } from "./slide-model";
import { blockLines, columnWidths, rowLines } from "./text-budget";
import { DEFAULT_TEXT_BUDGET } from "./slide-model";

type PptxSlide = PptxGenJS.Slide;
type TextRun = PptxGenJS.TextProps;
type TableRow = PptxGenJS.TableRow;

const MASTER = "PLANBRIDGE";
const BODY_WIDTH = THEME.width - 2 * THEME.margin;

export async function deckToPptx(deck: SlideDeck): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  pptx.layout = THEME.layout;
  pptx.title = deck.planTitle;
  pptx.subject = `Version ${deck.versionNumber} (${deck.shortHash})`;
  pptx.company = "planbridge";
  pptx.theme = { headFontFace: THEME.font, bodyFontFace: THEME.font };
  defineMaster(pptx, deck);
  for (const slide of deck.slides) {
    const page = pptx.addSlide({ masterName: MASTER });
    drawSlide(page, slide);
    if (deck.isDraft) drawDraftMark(page);
    page.addNotes(slide.notes);
  }
  const output = await pptx.write({ outputType: "uint8array", compression: true });
  if (!(output instanceof Uint8Array)) throw new Error("pptxgenjs did not return bytes");
  return output;
}

/** The accent rule, the footer (plan, version, short hash) and the slide number are on every slide. */
function defineMaster(pptx: PptxGenJS, deck: SlideDeck): void {
  pptx.defineSlideMaster({
    title: MASTER,
    background: { color: "FFFFFF" },
    objects: [
      { rect: { x: 0, y: 0, w: THEME.width, h: 0.12, fill: { color: THEME.accent } } },
      // Text boxes inset their text by 0.1in: the rule starts where the footer's text does.
      { line: { x: THEME.margin + 0.1, y: THEME.footerY - 0.08, w: BODY_WIDTH - 0.2, h: 0, line: { color: THEME.rule, width: 0.75 } } },
      {
        text: {
          text: `${deck.planTitle}  ·  Version ${deck.versionNumber}  ·  ${deck.shortHash}`,
          options: { x: THEME.margin, y: THEME.footerY, w: BODY_WIDTH - 1, h: 0.35, fontFace: THEME.font, fontSize: 10, color: THEME.muted, valign: "middle" },
        },
      },
    ],
    slideNumber: { x: THEME.width - THEME.margin - 0.6, y: THEME.footerY, w: 0.6, h: 0.35, fontFace: THEME.font, fontSize: 10, color: THEME.muted, align: "right", valign: "middle" },
  });
}

function drawSlide(page: PptxSlide, slide: Slide): void {
  switch (slide.kind) {
    case "title":
      return drawTitle(page, slide);
    case "agenda":
      return drawAgenda(page, slide);
    case "section":
    case "tactic":
      return drawSection(page, slide);
    case "signoff":
      return drawSignoff(page, slide);
  }
}

function drawDraftMark(page: PptxSlide): void {
  page.addText(DRAFT_MARK, {
    x: THEME.width - THEME.margin - 1.5,
    y: 0.3,
    w: 1.5,
    h: 0.45,
    fontFace: THEME.font,
    fontSize: 16,
    bold: true,
    color: THEME.draft,
    align: "center",
    valign: "middle",
    line: { color: THEME.draft, width: 1.5 },
  });
}

function drawSlideTitle(page: PptxSlide, title: string): void {
  page.addText(title, {
    x: THEME.margin,
    y: THEME.titleY,
    w: BODY_WIDTH - 1.7,
    h: 0.8,
    fontFace: THEME.font,
    fontSize: THEME.titleSize,
    bold: true,
    color: THEME.navy,
    valign: "middle",
    fit: "shrink",
  });
}

function drawTitle(page: PptxSlide, slide: TitleSlide): void {
  page.addShape("rect", { x: 0, y: 2.0, w: 0.25, h: 2.6, fill: { color: THEME.navy } });
  page.addText(slide.planTitle, { x: THEME.margin, y: 1.9, w: BODY_WIDTH, h: 1.4, fontFace: THEME.font, fontSize: 40, bold: true, color: THEME.navy, valign: "bottom", fit: "shrink" });
  const subtitle = [slide.period, slide.versionLabel].filter(Boolean).join("  ·  ");
  page.addText(subtitle, { x: THEME.margin, y: 3.35, w: BODY_WIDTH, h: 0.5, fontFace: THEME.font, fontSize: 22, color: THEME.accent });
  page.addText(
    [
      { text: "Owner: ", options: { bold: true, breakLine: false } },
      { text: slide.ownerName, options: { breakLine: true } },
      { text: "Status: ", options: { bold: true, breakLine: false } },
      { text: slide.status },
    ],
    { x: THEME.margin, y: 4.1, w: BODY_WIDTH, h: 0.9, fontFace: THEME.font, fontSize: 18, color: THEME.text, valign: "top" },
  );
}

/** Up to one budget of items in a column; longer agendas use two. */
function drawAgenda(page: PptxSlide, slide: AgendaSlide): void {
  drawSlideTitle(page, slide.title);
  const perColumn = Math.max(DEFAULT_TEXT_BUDGET.maxLines, Math.ceil(slide.items.length / 2));
  const columns = [slide.items.slice(0, perColumn), slide.items.slice(perColumn)].filter((items) => items.length > 0);
  const width = columns.length > 1 ? BODY_WIDTH / 2 - 0.2 : BODY_WIDTH;
  columns.forEach((items, column) => {
    const first = column * perColumn + slide.firstNumber;
    const runs: TextRun[] = items.map((item, index) => ({
      text: item.text,
      options: { bullet: { type: "number", numberStartAt: first + index }, breakLine: true, paraSpaceAfter: 4 },
    }));
    page.addText(runs, { x: THEME.margin + column * (width + 0.4), y: THEME.bodyY, w: width, h: 5.2, fontFace: THEME.font, fontSize: 16, color: THEME.text, valign: "top", fit: "shrink" });
  });
}

function drawSection(page: PptxSlide, slide: SectionSlide): void {
  drawSlideTitle(page, partTitle(slide.title, slide.part, slide.parts));
  let y = THEME.bodyY;
  if (slide.reviewer) {
    const name = slide.reviewer.name ?? "No reviewer assigned";
    const when = slide.reviewer.reviewedAt ? `, ${dayOf(slide.reviewer.reviewedAt)}` : "";
    page.addText(
      [
        { text: "Council reviewer: ", options: { bold: true } },
        { text: `${name}  ·  ${reviewStateLabel(slide.reviewer.state)}${when}` },
      ],
      { x: THEME.margin, y: THEME.bodyY - 0.35, w: BODY_WIDTH, h: 0.4, fontFace: THEME.font, fontSize: 14, color: THEME.accent },
    );
    y += 0.15;
  }
  for (const group of groupBlocks(slide.blocks)) {
    y = group.type === "table" ? drawTable(page, group, y) : drawText(page, group.blocks, y);
  }
}

type BlockGroup = { type: "text"; blocks: SlideBlock[] } | Extract<SlideBlock, { type: "table" }>;

/** Runs of text blocks share one text box; each table is its own shape below the text before it. */
function groupBlocks(blocks: readonly SlideBlock[]): BlockGroup[] {
  const groups: BlockGroup[] = [];
  for (const block of blocks) {
    const last = groups[groups.length - 1];
    if (block.type === "table") groups.push(block);
    else if (last?.type === "text") last.blocks.push(block);
    else groups.push({ type: "text", blocks: [block] });
  }
  return groups;
}

function drawText(page: PptxSlide, blocks: SlideBlock[], y: number): number {
  const lines = blocks.reduce((sum, block) => sum + blockLines(block, DEFAULT_TEXT_BUDGET), 0);
  const height = lines * THEME.lineHeight + 0.1;
  page.addText(blocks.flatMap(textRuns), { x: THEME.margin, y, w: BODY_WIDTH, h: height, fontFace: THEME.font, fontSize: THEME.bodySize, color: THEME.text, valign: "top" });
  return y + height;
}

function textRuns(block: SlideBlock): TextRun[] {
  switch (block.type) {
    case "heading":
      return [{ text: block.text, options: { bold: true, fontSize: THEME.headingSize, color: THEME.navy, breakLine: true, paraSpaceBefore: 4, paraSpaceAfter: 4 } }];
    case "paragraph":
      return [{ text: block.text, options: { breakLine: true, paraSpaceAfter: 8 } }];
    case "list":
      return block.items.map((item) => ({
        text: item.text,
        options: { bullet: block.ordered ? { type: "number" } : true, indentLevel: item.level, breakLine: true, paraSpaceAfter: 4 },
      }));
    case "table":
      return [];
  }
}

function drawTable(page: PptxSlide, table: Extract<SlideBlock, { type: "table" }>, y: number): number {
  const cell = (text: string, isHeader: boolean): PptxGenJS.TableCell => ({
    text,
    options: { bold: isHeader, fill: isHeader ? { color: THEME.tableHeader } : undefined, color: isHeader ? THEME.navy : THEME.text },
  });
  const rows: TableRow[] = [...(table.header ? [table.header.map((text) => cell(text, true))] : []), ...table.rows.map((row) => row.map((text) => cell(text, false)))];
  const heights = [...(table.header ? [table.header] : []), ...table.rows].map((row) => rowLines(row, table.widths, DEFAULT_TEXT_BUDGET) * 0.27 + 0.14);
  // Text boxes inset their text by 0.1in; the table starts there too so left edges line up.
  const width = BODY_WIDTH - 0.2;
  page.addTable(rows, {
    x: THEME.margin + 0.1,
    y: y + 0.1,
    w: width,
    colW: table.widths.map((share) => share * width),
    rowH: heights,
    fontFace: THEME.font,
    fontSize: 14,
    valign: "middle",
    border: { type: "solid", pt: 0.75, color: THEME.rule },
    margin: 0.06,
  });
  return y + 0.2 + heights.reduce((sum, height) => sum + height, 0);
}

function drawSignoff(page: PptxSlide, slide: SignoffSlide): void {
  drawSlideTitle(page, slide.title);
  const version = slide.versionName ? `Version ${slide.versionNumber}: ${slide.versionName}` : `Version ${slide.versionNumber}`;
  page.addText(
    [
      { text: version, options: { bold: true, breakLine: false } },
      { text: `, cut ${dayOf(slide.versionCutAt)}`, options: { breakLine: true, paraSpaceAfter: 10 } },
      { text: "Version hash (SHA-256): ", options: { breakLine: false, color: THEME.muted, fontSize: 14 } },
      { text: slide.hash, options: { fontFace: THEME.mono, fontSize: 12, color: THEME.text } },
    ],
    { x: THEME.margin, y: THEME.bodyY - 0.1, w: BODY_WIDTH, h: 1.0, fontFace: THEME.font, fontSize: 18, color: THEME.text, valign: "top" },
  );
  if (slide.approvers.length === 0) {
    page.addText("Not submitted for sign-off.", { x: THEME.margin, y: 2.6, w: BODY_WIDTH, h: 0.5, fontFace: THEME.font, fontSize: 18, color: THEME.muted });
    return;
  }
  const header = ["Approver", "Role", "Decision", "Date"];
  const rows = slide.approvers.map((approver) => [approver.name, approver.jobTitle ?? "", approvalStateLabel(approver.state), dayOf(approver.decidedAt)]);
  drawTable(page, { type: "table", header, rows, widths: columnWidths([header, ...rows]) }, 2.5);
}
