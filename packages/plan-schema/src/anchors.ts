import { fromBase64, toBase64 } from "lib0/buffer";
import * as Y from "yjs";
import { getSectionFragment } from "./doc-layout";
import { uniqueSectionMaps } from "./section-edits";
import { SectionField } from "./doc-layout";

/**
 * Comment anchors: a range of one section's text named by two Yjs relative positions, so the range
 * follows concurrent edits (text typed before it moves it, text typed inside it grows it). Both sides
 * use these helpers, so the server's check of a quote and the client's highlight read the same text.
 *
 * Positions are measured in the section's "anchor text": the characters of its Y.XmlText nodes in
 * document order, with one "\n" after every element (paragraph, list item, ...). Text formatting
 * does not count. `start` sits before the quote's first character and keeps to the character on its
 * right; `end` sits after the last character and keeps to the one on its left, so typing just outside
 * the quote never pulls the new text into it.
 *
 * In the browser: turn the ProseMirror selection into relative positions with y-tiptap's
 * `absolutePositionToRelativePosition`, then `anchorFromPositions` gives the anchor (and its quote) to
 * send as `AnchorInput`; `resolveAnchor` on the client's Y.Doc gives the offsets to highlight.
 */
export interface Anchor {
  sectionId: string;
  /** base64 of `Y.encodeRelativePosition`. */
  start: string;
  end: string;
  /** The text between start and end when the anchor was made (see normalizeQuote). */
  quote: string;
}

/** Where an anchor points in the current document: anchor-text offsets, from < to unless orphaned. */
export interface ResolvedAnchor {
  from: number;
  to: number;
  /** normalizeQuote of the text now between the two positions. */
  text: string;
  /** The anchored text is gone (both positions collapsed onto one point). */
  isOrphaned: boolean;
}

/** Embedded objects (images) take one place in Yjs text; they read as this character. */
const EMBED = "\uFFFC";

export function encodeAnchorPosition(position: Y.RelativePosition): string {
  return toBase64(Y.encodeRelativePosition(position));
}

/** The relative position, or null when the string is not one. */
export function decodeAnchorPosition(encoded: string): Y.RelativePosition | null {
  try {
    const position = Y.decodeRelativePosition(fromBase64(encoded));
    return position.item === null && position.type === null && position.tname === null ? null : position;
  } catch {
    return null;
  }
}

/** Line breaks between blocks and surrounding whitespace do not make two quotes different. */
export function normalizeQuote(text: string): string {
  return text.replace(/\s*\n\s*/g, "\n").trim();
}

interface Place {
  type: Y.AbstractType<unknown>;
  index: number;
}

/**
 * The anchor text of one section with a map from Yjs places to offsets: for each XmlText its first
 * offset, for each element and the fragment the offset before each child (and after the last).
 */
export class SectionText {
  private chars: string[] = [];
  private readonly textStarts = new Map<Y.XmlText, number>();
  private readonly childStarts = new Map<Y.AbstractType<unknown>, number[]>();

  constructor(readonly fragment: Y.XmlFragment) {
    this.walk(fragment);
  }

  get text(): string {
    return this.chars.join("");
  }

  /** The offset of a Yjs place inside this section, or null when the place is elsewhere. */
  offsetOf(place: Place): number | null {
    if (place.type instanceof Y.XmlText) {
      const start = this.textStarts.get(place.type);
      return start === undefined ? null : start + place.index;
    }
    const starts = this.childStarts.get(place.type);
    if (!starts) return null;
    return starts[Math.min(place.index, starts.length - 1)];
  }

  /**
   * The Yjs text node and index for one end of a range: "before" is the first text character at or
   * after the offset (a range's start), "after" the last one at or before it (a range's end), so a
   * range starting or ending on a block boundary moves onto the text next to it. Null when there is none.
   */
  textPlaceAt(offset: number, side: "before" | "after"): { text: Y.XmlText; index: number } | null {
    let found: { text: Y.XmlText; index: number } | null = null;
    for (const [text, start] of this.textStarts) {
      const end = start + text.length;
      if (text.length === 0) continue;
      if (side === "before" && end > offset) return { text, index: Math.max(0, offset - start) };
      if (side === "after" && start < offset) found = { text, index: Math.min(text.length, offset - start) };
    }
    return found;
  }

  slice(from: number, to: number): string {
    return this.chars.slice(from, to).join("");
  }

  private walk(type: Y.XmlFragment | Y.XmlElement): void {
    const starts: number[] = [];
    for (const child of type.toArray()) {
      starts.push(this.chars.length);
      if (child instanceof Y.XmlText) this.addText(child);
      else if (child instanceof Y.XmlElement) {
        this.walk(child);
        this.chars.push("\n");
      }
    }
    starts.push(this.chars.length);
    this.childStarts.set(type as unknown as Y.AbstractType<unknown>, starts);
  }

  private addText(text: Y.XmlText): void {
    this.textStarts.set(text, this.chars.length);
    for (const op of text.toDelta() as { insert?: unknown }[]) {
      if (typeof op.insert === "string") this.chars.push(...op.insert);
      else this.chars.push(EMBED);
    }
  }
}

/**
 * Section texts of one unchanging document, each read once: resolving many anchors (a plan page of
 * threads) then costs one walk per section instead of one per anchor.
 */
export class SectionTexts {
  private readonly texts = new Map<string, SectionText>();
  private listed: Set<string> | null = null;

  constructor(private readonly doc: Y.Doc) {}

  /** Whether the section is in the plan's section list. */
  has(sectionId: string): boolean {
    this.listed ??= new Set(uniqueSectionMaps(this.doc).map((section) => String(section.get(SectionField.id))));
    return this.listed.has(sectionId);
  }

  of(sectionId: string): SectionText {
    let text = this.texts.get(sectionId);
    if (!text) {
      text = new SectionText(getSectionFragment(this.doc, sectionId));
      this.texts.set(sectionId, text);
    }
    return text;
  }
}

/** Whether the section is in the plan's section list (its fragment may outlive it). */
export function hasSection(doc: Y.Doc, sectionId: string): boolean {
  return uniqueSectionMaps(doc).some((section) => section.get(SectionField.id) === sectionId);
}

/**
 * Makes an anchor over anchor-text offsets [from, to) of a section; null when the section does not
 * exist or the range does not start and end on text.
 */
export function createAnchor(doc: Y.Doc, sectionId: string, from: number, to: number): Anchor | null {
  if (!hasSection(doc, sectionId) || from >= to) return null;
  const section = new SectionText(getSectionFragment(doc, sectionId));
  const first = section.textPlaceAt(from, "before");
  const last = section.textPlaceAt(to, "after");
  const quote = normalizeQuote(section.slice(from, to));
  if (!first || !last || quote === "") return null;
  return {
    sectionId,
    start: encodeAnchorPosition(Y.createRelativePositionFromTypeIndex(first.text, first.index, 0)),
    end: encodeAnchorPosition(Y.createRelativePositionFromTypeIndex(last.text, last.index, -1)),
    quote,
  };
}

/**
 * The anchor for a selection given as two relative positions, however they were made: in the browser,
 * from ProseMirror positions with y-tiptap's `absolutePositionToRelativePosition(pos, fragment, mapping)`
 * (which keeps both ends to the left). The result keeps start to the right and end to the left, as
 * every anchor does, and carries the quote the server will check. Null when the selection holds no text.
 */
export function anchorFromPositions(doc: Y.Doc, sectionId: string, start: Y.RelativePosition, end: Y.RelativePosition): Anchor | null {
  const section = new SectionText(getSectionFragment(doc, sectionId));
  const from = offsetIn(doc, section, start);
  const to = offsetIn(doc, section, end);
  if (typeof from !== "number" || typeof to !== "number") return null;
  return createAnchor(doc, sectionId, from, to);
}

/** An anchor on the `occurrence`-th appearance of `phrase` in a section (seed data and tests). */
export function anchorPhrase(doc: Y.Doc, sectionId: string, phrase: string, occurrence = 0): Anchor | null {
  const text = new SectionText(getSectionFragment(doc, sectionId)).text;
  let at = -1;
  for (let seen = 0; seen <= occurrence; seen++) {
    at = text.indexOf(phrase, at + 1);
    if (at < 0) return null;
  }
  return createAnchor(doc, sectionId, at, at + phrase.length);
}

/**
 * Where the anchor points now. Null when a position does not decode, names content this document
 * does not have, or lies outside the anchor's section: such an anchor was never valid for this plan.
 */
export function resolveAnchor(doc: Y.Doc, anchor: Omit<Anchor, "quote">, texts?: SectionTexts): ResolvedAnchor | null {
  const start = decodeAnchorPosition(anchor.start);
  const end = decodeAnchorPosition(anchor.end);
  if (!start || !end) return null;
  const section = texts ? texts.of(anchor.sectionId) : new SectionText(getSectionFragment(doc, anchor.sectionId));
  const from = offsetIn(doc, section, start);
  const to = offsetIn(doc, section, end);
  // A position inside a deleted paragraph no longer has a place in the section: the text is gone.
  if (from === undefined || to === undefined) return null;
  const isListed = texts ? texts.has(anchor.sectionId) : hasSection(doc, anchor.sectionId);
  if (from === null || to === null || from >= to || !isListed) {
    return { from: from ?? 0, to: from ?? 0, text: "", isOrphaned: true };
  }
  return { from, to, text: normalizeQuote(section.slice(from, to)), isOrphaned: false };
}

/**
 * The offset of a relative position in the section: undefined when it cannot belong to this section
 * (unknown content, or content of another section), null when its content was deleted with its block.
 */
function offsetIn(doc: Y.Doc, section: SectionText, position: Y.RelativePosition): number | null | undefined {
  const absolute = Y.createAbsolutePositionFromRelativePosition(position, doc);
  // Content this document once had but has garbage-collected (its block was deleted) is gone text.
  if (!absolute) return position.item && Y.getState(doc.store, position.item.client) > position.item.clock ? null : undefined;
  const offset = section.offsetOf(absolute);
  if (offset !== null) return offset;
  return isInside(absolute.type, section.fragment) ? null : undefined;
}

/** Whether a (possibly deleted) type sits somewhere under the fragment. */
function isInside(type: Y.AbstractType<unknown>, fragment: Y.XmlFragment): boolean {
  for (let current: Y.AbstractType<unknown> | null = type; current; current = current._item?.parent as Y.AbstractType<unknown> | null) {
    if (current === fragment) return true;
    if (!current._item) return false;
  }
  return false;
}

/**
 * Replaces the anchored text with `replacement` in one transaction of the caller's. Only anchors within
 * one text node can be replaced (a suggestion stays inside one paragraph); returns false otherwise.
 */
export function replaceAnchoredText(doc: Y.Doc, anchor: Omit<Anchor, "quote">, replacement: string): boolean {
  const resolved = resolveAnchor(doc, anchor);
  if (!resolved || resolved.isOrphaned) return false;
  const section = new SectionText(getSectionFragment(doc, anchor.sectionId));
  const first = section.textPlaceAt(resolved.from, "before");
  const last = section.textPlaceAt(resolved.to, "after");
  if (!first || !last || first.text !== last.text) return false;
  doc.transact(() => {
    first.text.delete(first.index, last.index - first.index);
    if (replacement.length > 0) first.text.insert(first.index, replacement);
  });
  return true;
}

/** Whether the anchored range lies inside one text node (a suggestion can be applied to it). */
export function isWithinOneText(doc: Y.Doc, anchor: Omit<Anchor, "quote">): boolean {
  const resolved = resolveAnchor(doc, anchor);
  if (!resolved || resolved.isOrphaned) return false;
  const section = new SectionText(getSectionFragment(doc, anchor.sectionId));
  const first = section.textPlaceAt(resolved.from, "before");
  const last = section.textPlaceAt(resolved.to, "after");
  return first !== null && last !== null && first.text === last.text;
}
