/**
 * Splits a section's blocks across slides so no slide exceeds the text budget. Blocks are cut into
 * units (a paragraph, a list item, a table row) and packed in order; a paragraph or list item that does
 * not fit is broken at a sentence or word to fill the slide and continues on the next. Units are put
 * back together per slide: a list continues as the same list, a table repeats its header, and a heading
 * never ends a slide.
 */
import type { SlideBlock, SlideListItem, TextBudget } from "./slide-model";
import { blocksLines, columnChars, rowLines } from "./text-budget";

type TextUnit = { type: "heading" | "paragraph"; text: string };
type ItemUnit = { type: "item"; group: number; ordered: boolean; item: SlideListItem };
type RowUnit = { type: "row"; group: number; header: string[] | null; widths: number[]; cells: string[] };
type Unit = TextUnit | ItemUnit | RowUnit;

/** Fewer spare lines than this and a paragraph starts on the next slide instead of being broken. */
const MIN_SPLIT_LINES = 2;

export function paginate(blocks: readonly SlideBlock[], budget: TextBudget): SlideBlock[][] {
  const pages: Unit[][] = [];
  let page: Unit[] = [];
  const queue = toUnits(blocks, budget);
  for (let index = 0; index < queue.length; index += 1) {
    const unit = queue[index];
    if (linesOf([...page, unit], budget) <= budget.maxLines) {
      page.push(unit);
      continue;
    }
    const split = splitToFit(unit, budget.maxLines - linesOf(page, budget), budget);
    if (split) {
      page.push(split[0]);
      queue.splice(index + 1, 0, split[1]);
    } else if (page.length > 0) {
      // A heading at the foot of a slide belongs with what follows it.
      const carried = trailingHeadings(page);
      pages.push(page.slice(0, page.length - carried.length));
      page = carried;
      index -= 1;
    } else {
      page.push(unit);
    }
  }
  if (page.length > 0 || pages.length === 0) pages.push(page);
  return pages.map(toBlocks);
}

function linesOf(units: Unit[], budget: TextBudget): number {
  return blocksLines(toBlocks(units), budget);
}

function trailingHeadings(page: Unit[]): Unit[] {
  let start = page.length;
  while (start > 0 && page[start - 1].type === "heading") start -= 1;
  // A slide of nothing but headings keeps them; moving them all would loop forever.
  return start === 0 ? [] : page.slice(start);
}

/** The part of a paragraph or list item that fills `spareLines`, and the rest; null when it cannot. */
function splitToFit(unit: Unit, spareLines: number, budget: TextBudget): [Unit, Unit] | null {
  if (spareLines < MIN_SPLIT_LINES || unit.type === "heading" || unit.type === "row") return null;
  const text = unit.type === "item" ? unit.item.text : unit.text;
  const width = unit.type === "item" ? budget.lineChars - 4 * (unit.item.level + 1) : budget.lineChars;
  const cut = breakPoint(text, spareLines * width);
  const head = text.slice(0, cut).trim();
  const tail = text.slice(cut).trim();
  if (head.length === 0 || tail.length === 0) return null;
  const withText = (value: string): Unit => (unit.type === "item" ? { ...unit, item: { ...unit.item, text: value } } : { ...unit, text: value });
  return [withText(head), withText(tail)];
}

function toUnits(blocks: readonly SlideBlock[], budget: TextBudget): Unit[] {
  return blocks.flatMap((block, group): Unit[] => {
    switch (block.type) {
      case "heading":
      case "paragraph":
        return [{ type: block.type, text: block.text }];
      case "list":
        return block.items.map((item) => ({ type: "item", group, ordered: block.ordered, item }));
      case "table":
        return block.rows.flatMap((cells) =>
          splitRow(cells, block.widths, budget).map((part): RowUnit => ({ type: "row", group, header: block.header, widths: block.widths, cells: part })),
        );
    }
  });
}

/** Consecutive units of one list or table become one block again; a table page starts with its header. */
function toBlocks(units: Unit[]): SlideBlock[] {
  const blocks: SlideBlock[] = [];
  let lastGroup: number | null = null;
  for (const unit of units) {
    const last = blocks[blocks.length - 1];
    if (unit.type === "item") {
      if (last?.type === "list" && lastGroup === unit.group) last.items.push(unit.item);
      else blocks.push({ type: "list", ordered: unit.ordered, items: [unit.item] });
      lastGroup = unit.group;
    } else if (unit.type === "row") {
      if (last?.type === "table" && lastGroup === unit.group) last.rows.push(unit.cells);
      else blocks.push({ type: "table", header: unit.header, rows: [unit.cells], widths: unit.widths });
      lastGroup = unit.group;
    } else {
      blocks.push({ type: unit.type, text: unit.text });
      lastGroup = null;
    }
  }
  return blocks;
}

/** Where to cut `text` so the first part has at most `maxChars`: after a sentence, else between words. */
function breakPoint(text: string, maxChars: number): number {
  if (text.length <= maxChars) return text.length;
  const window = text.slice(0, maxChars + 1);
  const sentence = Math.max(window.lastIndexOf(". "), window.lastIndexOf("? "), window.lastIndexOf("! "));
  if (sentence > maxChars / 2) return sentence + 1;
  const space = window.lastIndexOf(" ");
  return space > maxChars / 4 ? space : maxChars;
}

/** Pieces of at most `maxChars`, cut by `breakPoint`. */
function splitText(text: string, maxChars: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > maxChars) {
    const cut = breakPoint(rest, maxChars);
    pieces.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trimStart();
  }
  if (rest.length > 0 || pieces.length === 0) pieces.push(rest);
  return pieces;
}

/** A row too tall for one slide (with its header) continues in further rows, each cell's text split alike. */
function splitRow(cells: string[], widths: number[], budget: TextBudget): string[][] {
  const spare = Math.floor((budget.maxLines - 2) / 2);
  if (rowLines(cells, widths, budget) <= budget.maxLines - 2) return [cells];
  const pieces = cells.map((cell, column) => splitText(cell, spare * columnChars(widths[column] ?? 1 / cells.length, budget)));
  const count = Math.max(...pieces.map((cellPieces) => cellPieces.length));
  return Array.from({ length: count }, (_, index) => pieces.map((cellPieces) => cellPieces[index] ?? ""));
}
