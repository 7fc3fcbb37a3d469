import * as Y from "yjs";

/**
 * Seed content for a section, written into its Y.XmlFragment with Tiptap StarterKit's node names
 * (paragraph, heading[level], bulletList/orderedList > listItem > paragraph) so the client's editor
 * renders it as if a user had typed it. A plain string is a paragraph.
 */
export type SeedBlock =
  | string
  | { type: "paragraph"; text: string }
  | { type: "heading"; level: 1 | 2 | 3; text: string }
  | { type: "bulletList" | "orderedList"; items: string[] };

/** ProseMirror node names the shared document uses (Tiptap StarterKit + table extension). */
export const NodeName = {
  paragraph: "paragraph",
  heading: "heading",
  bulletList: "bulletList",
  orderedList: "orderedList",
  listItem: "listItem",
  table: "table",
  tableRow: "tableRow",
  tableCell: "tableCell",
  tableHeader: "tableHeader",
} as const;

export function paragraphElement(text: string): Y.XmlElement {
  const paragraph = new Y.XmlElement(NodeName.paragraph);
  if (text.length > 0) paragraph.insert(0, [new Y.XmlText(text)]);
  return paragraph;
}

function seedElement(block: SeedBlock): Y.XmlElement {
  if (typeof block === "string") return paragraphElement(block);
  if (block.type === "paragraph") return paragraphElement(block.text);
  if (block.type === "heading") {
    const heading = new Y.XmlElement(NodeName.heading);
    heading.setAttribute("level", block.level as number as unknown as string);
    heading.insert(0, [new Y.XmlText(block.text)]);
    return heading;
  }
  const list = new Y.XmlElement(block.type);
  list.insert(
    0,
    block.items.map((item) => {
      const listItem = new Y.XmlElement(NodeName.listItem);
      listItem.insert(0, [paragraphElement(item)]);
      return listItem;
    }),
  );
  return list;
}

/**
 * Fills an empty fragment. With no blocks it still writes one empty paragraph: two editors opening an
 * empty fragment at once would each insert their own, leaving the section with two.
 */
export function writeSeedContent(fragment: Y.XmlFragment, blocks: readonly SeedBlock[] = []): void {
  const elements = blocks.length > 0 ? blocks.map(seedElement) : [paragraphElement("")];
  fragment.insert(fragment.length, elements);
}
