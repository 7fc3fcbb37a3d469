/** How many lines a block takes on a slide: the measure that decides where a long section breaks. */
import type { Slide, SlideBlock, TextBudget } from "./slide-model";

/** Lines a run of text wraps to in a column `chars` wide (at least one). */
export function wrappedLines(text: string, chars: number): number {
  return Math.max(1, Math.ceil(text.length / Math.max(10, chars)));
}

/** Lists indent by a few characters per level; table cells share the line between the columns. */
export function blockLines(block: SlideBlock, budget: TextBudget): number {
  switch (block.type) {
    case "heading":
    case "paragraph":
      return wrappedLines(block.text, budget.lineChars);
    case "list":
      return block.items.reduce((sum, item) => sum + wrappedLines(item.text, budget.lineChars - 4 * (item.level + 1)), 0);
    case "table": {
      const rows = block.header ? [block.header, ...block.rows] : block.rows;
      return rows.reduce((sum, row) => sum + rowLines(row, block.widths, budget), 0);
    }
  }
}

/** Tables are set a size smaller than body text, so a line across the slide holds this much more. */
const TABLE_TEXT_SCALE = 1.25;

export function columnChars(width: number, budget: TextBudget): number {
  return Math.floor(budget.lineChars * TABLE_TEXT_SCALE * width) - 2;
}

export function rowLines(cells: readonly string[], widths: readonly number[], budget: TextBudget): number {
  return Math.max(1, ...cells.map((cell, index) => wrappedLines(cell, columnChars(widths[index] ?? 1 / cells.length, budget))));
}

/** Wider columns for longer text: shares of 1 by each column's average length, none under 8%. */
export function columnWidths(rows: readonly (readonly string[])[]): number[] {
  const count = Math.max(1, ...rows.map((row) => row.length));
  const averages = Array.from({ length: count }, (_, column) => {
    const lengths = rows.map((row) => row[column]?.length ?? 0);
    return Math.max(6, lengths.reduce((sum, length) => sum + length, 0) / Math.max(1, lengths.length));
  });
  const total = averages.reduce((sum, value) => sum + value, 0);
  const floored = averages.map((value) => Math.max(0.08, value / total));
  const flooredTotal = floored.reduce((sum, value) => sum + value, 0);
  return floored.map((value) => value / flooredTotal);
}

export function blocksLines(blocks: readonly SlideBlock[], budget: TextBudget): number {
  return blocks.reduce((sum, block) => sum + blockLines(block, budget), 0);
}

/**
 * A slide's body in budget lines: what "no slide exceeds its budget" is measured in. Agenda items sit
 * in two columns of half width; the title and sign-off slides have fixed layouts.
 */
export function slideLines(slide: Slide, budget: TextBudget): number {
  switch (slide.kind) {
    case "section":
    case "tactic":
      return blocksLines(slide.blocks, budget);
    case "agenda": {
      const half = Math.floor(budget.lineChars / 2);
      const lines = slide.items.map((item) => wrappedLines(item.text, half));
      const perColumn = Math.max(budget.maxLines, Math.ceil(lines.length / 2));
      const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
      return Math.max(sum(lines.slice(0, perColumn)), sum(lines.slice(perColumn)));
    }
    case "title":
      return 3;
    case "signoff":
      return 2 + slide.approvers.length;
  }
}
