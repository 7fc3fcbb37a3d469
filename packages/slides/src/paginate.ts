/**
 * Splits a section's blocks across slides so no slide exceeds the text budget. Blocks are cut into
 * units (a paragraph, a list item, a table row), packed greedily, and put back together per slide:
 * a list continues as the same list, a table repeats its header, a heading never ends a slide.
 */
import type { SlideBlock, SlideListItem, TextBudget } from "./slide-model";
import { blocksLines, rowLines } from "./text-budget";

type Unit =
  | { type: "heading" | "paragraph"; text: string }
  | { type: "item"; group: number; ordered: boolean; item: SlideListItem }
  | { type: "row"; group: number; header: string[] | null; cells: string[] };

export function paginate(blocks: readonly SlideBlock[], budget: TextBudget): SlideBlock[][] {
  const pages: Unit[][] = [];
  let page: Unit[] = [];
  for (const unit of toUnits(blocks, budget)) {
    if (page.length > 0 && pageLines([...page, unit], budget) > budget.maxLines) {
      // A heading at the foot of a slide belongs with what follows it.
      const carried = trailingHeadings(page);
      pages.push(page.slice(0, page.length - carried.length));
      page = carried;
    }
    page.push(unit);
  }
  if (page.length > 0 || pages.length === 0) pages.push(page);
  return pages.filter((units, index) => units.length > 0 || index === 0).map(toBlocks);
}

function pageLines(units: Unit[], budget: TextBudget): number {
  return blocksLines(toBlocks(units), budget);
}

function trailingHeadings(page: Unit[]): Unit[] {
  let start = page.length;
  while (start > 0 && page[start - 1].type === "heading") start -= 1;
  // A slide of nothing but headings keeps them; moving them all would loop forever.
  return start === 0 ? [] : page.slice(start);
}

function toUnits(blocks: readonly SlideBlock[], budget: TextBudget): Unit[] {
  return blocks.flatMap((block, group): Unit[] => {
    const pieceChars = Math.floor(budget.maxLines / 2) * budget.lineChars;
    switch (block.type) {
      case "heading":
      case "paragraph":
        return splitText(block.text, pieceChars).map((text) => ({ type: block.type, text }));
      case "list":
        return block.items.flatMap((item) =>
          splitText(item.text, pieceChars).map((text) => ({ type: "item", group, ordered: block.ordered, item: { ...item, text } })),
        );
      case "table":
        return block.rows.flatMap((cells) => splitRow(cells, budget).map((part) => ({ type: "row", group, header: block.header, cells: part })));
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
      else blocks.push({ type: "table", header: unit.header, rows: [unit.cells] });
      lastGroup = unit.group;
    } else {
      blocks.push({ type: unit.type, text: unit.text });
      lastGroup = null;
    }
  }
  return blocks;
}

/** Pieces of at most `maxChars`, broken after a sentence where possible, else between words. */
export function splitText(text: string, maxChars: number): string[] {
  if (text.length <= maxChars) return [text];
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > maxChars) {
    const cut = breakPoint(rest, maxChars);
    pieces.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trimStart();
  }
  if (rest.length > 0) pieces.push(rest);
  return pieces;
}

function breakPoint(text: string, maxChars: number): number {
  const window = text.slice(0, maxChars + 1);
  const sentence = Math.max(window.lastIndexOf(". "), window.lastIndexOf("? "), window.lastIndexOf("! "));
  if (sentence > maxChars / 2) return sentence + 1;
  const space = window.lastIndexOf(" ");
  return space > maxChars / 4 ? space : maxChars;
}

/** A row too tall for one slide continues in further rows, each cell's text split alike. */
function splitRow(cells: string[], budget: TextBudget): string[][] {
  const header = 2;
  if (rowLines(cells, budget) <= budget.maxLines - header) return [cells];
  const columnChars = Math.floor(budget.lineChars / cells.length) - 2;
  const pieces = cells.map((cell) => splitText(cell, columnChars * Math.floor((budget.maxLines - header) / 2)));
  const count = Math.max(...pieces.map((cellPieces) => cellPieces.length));
  return Array.from({ length: count }, (_, index) => pieces.map((cellPieces) => cellPieces[index] ?? ""));
}

