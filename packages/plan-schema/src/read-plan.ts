import * as Y from "yjs";
import { uniqueSectionMaps } from "./section-edits";
import { SectionField, getSectionFragment } from "./doc-layout";
import { LIMITS } from "./limits";
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

/**
 * A plain-JSON view of a plan document, in section order; the doc is not modified. Never throws: the
 * document is written by clients, and documents stored before the server checked their shape may
 * hold anything (a string among the sections, text nested thousands deep). What does not fit the
 * schema is skipped, and rich text deeper than LIMITS.maxNestingDepth is cut off.
 */
export function readPlan(doc: Y.Doc): PlanJson {
  return { sections: uniqueSectionMaps(doc).map((section) => readSection(doc, section)) };
}

function readSection(doc: Y.Doc, section: Y.Map<unknown>): PlanSectionJson {
  const id = section.get(SectionField.id) as string; // uniqueSectionMaps keeps string ids only
  const kind = section.get(SectionField.kind);
  const title = section.get(SectionField.title);
  const reviewerId = section.get(SectionField.reviewerId);
  const blocks = sectionBlocks(doc, id);
  return {
    id,
    kind: isSectionKind(kind) ? kind : SectionKind.CUSTOM,
    title: typeof title === "string" ? title : "",
    reviewerId: typeof reviewerId === "string" ? reviewerId : null,
    content: { type: "doc", content: blocks },
    text: blocks.map(blockText).join("\n"),
  };
}

function sectionBlocks(doc: Y.Doc, sectionId: string): ProseMirrorNode[] {
  let fragment: Y.XmlFragment;
  try {
    fragment = getSectionFragment(doc, sectionId);
  } catch {
    return []; // the name was first used as another shared type: there is no rich text to read
  }
  return fragment.toArray().flatMap((node) => nodeFromY(node, 1));
}

function nodeFromY(node: unknown, depth: number): ProseMirrorNode[] {
  if (node instanceof Y.XmlText) return textNodes(node);
  if (!(node instanceof Y.XmlElement) || depth > LIMITS.maxNestingDepth) return [];
  const result: ProseMirrorNode = { type: node.nodeName };
  const attrs = plainAttributes(node.getAttributes());
  if (Object.keys(attrs).length > 0) result.attrs = attrs;
  const children = node.toArray().flatMap((child) => nodeFromY(child, depth + 1));
  if (children.length > 0) result.content = children;
  return [result];
}

/** Attribute values that are shared types (never written by the editor) are left out: they can nest without bound. */
/** Attribute values that are plain data; a nested shared type (hostile input) is dropped. */
function plainAttributes(stored: Record<string, unknown>): Record<string, unknown> {
  const attrs: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(stored)) {
    if (!(value instanceof Y.AbstractType)) attrs[name] = value;
  }
  return attrs;
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
