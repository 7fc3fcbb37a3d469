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
      return rows.reduce((sum, row) => sum + rowLines(row, budget), 0);
    }
  }
}

export function rowLines(cells: readonly string[], budget: TextBudget): number {
  const columnChars = Math.floor(budget.lineChars / Math.max(1, cells.length)) - 2;
  return Math.max(1, ...cells.map((cell) => wrappedLines(cell, columnChars)));
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
