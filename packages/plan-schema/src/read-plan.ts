import * as Y from "yjs";
import { uniqueSectionMaps } from "./section-edits";
import { SectionField, getSectionFragment } from "./doc-layout";
import { isSectionKind, SectionKind } from "./sections";

/** ProseMirror JSON (what `editor.getJSON()` returns for one section). */
export interface ProseMirrorMark {
  type: string;
  attrs?: Record<string, unknown>;
}
export interface ProseMirrorNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: ProseMirrorNode[];
  text?: string;
  marks?: ProseMirrorMark[];
}

export interface PlanSectionJson {
  id: string;
  kind: SectionKind;
  title: string;
  reviewerId: string | null;
  /** `{ type: "doc", content: [...] }`. */
  content: ProseMirrorNode;
  /** Plain text: one line per block, table cells separated by tabs. For search, diffs and hashes. */
  text: string;
}

export interface PlanJson {
  sections: PlanSectionJson[];
}

/** A plain-JSON view of a plan document, in section order; the doc is not modified. */
export function readPlan(doc: Y.Doc): PlanJson {
  return { sections: uniqueSectionMaps(doc).map((section) => readSection(doc, section)) };
}

function readSection(doc: Y.Doc, section: Y.Map<unknown>): PlanSectionJson {
  const id = String(section.get(SectionField.id) ?? "");
  const kind = section.get(SectionField.kind);
  const reviewerId = section.get(SectionField.reviewerId);
  const fragment = getSectionFragment(doc, id);
  const blocks = fragment.toArray().flatMap(nodeFromY);
  return {
    id,
    kind: isSectionKind(kind) ? kind : SectionKind.CUSTOM,
    title: String(section.get(SectionField.title) ?? ""),
    reviewerId: typeof reviewerId === "string" ? reviewerId : null,
    content: { type: "doc", content: blocks },
    text: blocks.map(blockText).join("\n"),
  };
}

function nodeFromY(node: Y.XmlElement | Y.XmlText | Y.XmlHook): ProseMirrorNode[] {
  if (node instanceof Y.XmlText) return textNodes(node);
  if (!(node instanceof Y.XmlElement)) return [];
  const result: ProseMirrorNode = { type: node.nodeName };
  const attrs = node.getAttributes();
  if (Object.keys(attrs).length > 0) result.attrs = attrs;
  const children = node.toArray().flatMap(nodeFromY);
  if (children.length > 0) result.content = children;
  return [result];
}

interface DeltaOp {
  insert?: unknown;
  attributes?: Record<string, unknown>;
}

/** Text runs; y-prosemirror stores marks as text attributes ("bold", or "link--<hash>" when overlapping). */
function textNodes(text: Y.XmlText): ProseMirrorNode[] {
  return (text.toDelta() as DeltaOp[]).flatMap((op) => {
    if (typeof op.insert !== "string" || op.insert.length === 0) return [];
    const node: ProseMirrorNode = { type: "text", text: op.insert };
    const marks = Object.entries(op.attributes ?? {}).map(([name, attrs]) => markFromAttribute(name, attrs));
    if (marks.length > 0) node.marks = marks;
    return [node];
  });
}

function markFromAttribute(name: string, attrs: unknown): ProseMirrorMark {
  const type = name.replace(/--[a-zA-Z0-9+/=]{8}$/, "");
  const isObject = typeof attrs === "object" && attrs !== null && Object.keys(attrs).length > 0;
  return isObject ? { type, attrs: attrs as Record<string, unknown> } : { type };
}

const CELL_TYPES = new Set(["tableCell", "tableHeader"]);

/** Plain text of one block: inline text concatenated, nested blocks on their own lines. */
function blockText(node: ProseMirrorNode): string {
  if (node.type === "text") return node.text ?? "";
  const children = node.content ?? [];
  if (children.every((child) => child.type === "text")) return children.map(blockText).join("");
  const separator = children.some((child) => CELL_TYPES.has(child.type)) ? "\t" : "\n";
  return children.map(blockText).join(separator);
}
