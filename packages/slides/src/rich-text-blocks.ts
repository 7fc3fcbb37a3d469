/**
 * A section's rich text (ProseMirror JSON as `readPlan` returns it) as slide blocks. The document is
 * written by clients, so anything unexpected degrades to plain paragraphs instead of throwing.
 */
import type { ProseMirrorNode } from "@planbridge/plan-schema";
import type { SlideBlock, SlideListItem } from "./slide-model";
import { columnWidths } from "./text-budget";

export function blocksFromRichText(doc: ProseMirrorNode): SlideBlock[] {
  return (doc.content ?? []).flatMap(blockFromNode);
}

function blockFromNode(node: ProseMirrorNode): SlideBlock[] {
  switch (node.type) {
    case "heading":
      return nonEmpty(inlineText(node), (text) => ({ type: "heading", text }));
    case "bulletList":
    case "orderedList": {
      const items = listItems(node, 0);
      return items.length > 0 ? [{ type: "list", ordered: node.type === "orderedList", items }] : [];
    }
    case "table":
      return tableBlock(node);
    case "horizontalRule":
      return [];
    default:
      return nonEmpty(inlineText(node), (text) => ({ type: "paragraph", text }));
  }
}

function nonEmpty(text: string, make: (text: string) => SlideBlock): SlideBlock[] {
  const trimmed = text.trim();
  return trimmed.length > 0 ? [make(trimmed)] : [];
}

/** A list item's own text is its paragraphs; nested lists become deeper items right after it. */
function listItems(list: ProseMirrorNode, level: number): SlideListItem[] {
  return (list.content ?? []).flatMap((item) => {
    const children = item.content ?? [];
    const text = children
      .filter((child) => !isList(child))
      .map(inlineText)
      .join(" ")
      .trim();
    const nested = children.filter(isList).flatMap((child) => listItems(child, level + 1));
    return text.length > 0 ? [{ text, level }, ...nested] : nested;
  });
}

function isList(node: ProseMirrorNode): boolean {
  return node.type === "bulletList" || node.type === "orderedList";
}

function tableBlock(table: ProseMirrorNode): SlideBlock[] {
  const rows = (table.content ?? []).map((row) => row.content ?? []);
  if (rows.length === 0) return [];
  const isHeaderRow = rows[0].length > 0 && rows[0].every((cell) => cell.type === "tableHeader");
  const texts = rows.map((cells) => cells.map((cell) => inlineText(cell).trim()));
  const width = Math.max(...texts.map((cells) => cells.length));
  const padded = texts.map((cells) => [...cells, ...Array<string>(width - cells.length).fill("")]);
  return [{ type: "table", header: isHeaderRow ? padded[0] : null, rows: isHeaderRow ? padded.slice(1) : padded, widths: columnWidths(padded) }];
}

/** All text under a node on one line; block children are joined by a space, hard breaks too. */
function inlineText(node: ProseMirrorNode): string {
  if (node.type === "text") return node.text ?? "";
  if (node.type === "hardBreak") return " ";
  const children = node.content ?? [];
  const isInline = children.every((child) => child.type === "text" || child.type === "hardBreak");
  return children.map(inlineText).join(isInline ? "" : " ");
}
