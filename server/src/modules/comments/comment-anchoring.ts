/**
 * Comments and the shared document: checking a new anchor against the plan's document, where stored
 * anchors point now, and applying an accepted suggestion. Pure functions over a Y.Doc the caller
 * reads or changes through the CommentDocuments port.
 */
import {
  hasSection,
  isWithinOneText,
  normalizeQuote,
  replaceAnchoredText,
  resolveAnchor,
  SectionTexts,
  type Anchor,
  type ResolvedAnchor,
} from "@planbridge/plan-schema";
import type * as Y from "yjs";
import { BadInputError, ConflictError } from "../../errors";
import type { CommentThread } from "./comment-thread.entity";

/** The thread's stored anchor, or null for a plan-level thread. */
export function anchorOf(thread: CommentThread): Anchor | null {
  if (!thread.isAnchored) return null;
  return { sectionId: thread.sectionId!, start: thread.anchorStart!, end: thread.anchorEnd!, quote: thread.quote ?? "" };
}

/**
 * Why a new anchor is not acceptable in this document, or null: both positions must decode, lie in
 * that section, and enclose exactly the quote (a suggestion's, inside one paragraph).
 */
export function anchorProblem(doc: Y.Doc, anchor: Anchor, isSuggestion: boolean): string | null {
  if (!hasSection(doc, anchor.sectionId)) return "The anchor names a section this plan does not have.";
  const resolved = resolveAnchor(doc, anchor);
  if (!resolved) return "The anchor's positions do not point into that section of this plan.";
  if (resolved.isOrphaned) return "The anchor encloses no text.";
  if (resolved.text !== normalizeQuote(anchor.quote)) return "The quote does not match the text between the anchor's positions.";
  if (isSuggestion && !isWithinOneText(doc, anchor)) return "A suggested edit must stay within one paragraph.";
  return null;
}

/** Where each anchored thread points now (null: its section or its text is gone), one walk per section. */
export function anchorStates(doc: Y.Doc, threads: readonly CommentThread[]): Map<string, ResolvedAnchor | null> {
  const texts = new SectionTexts(doc);
  return new Map(
    threads.filter((thread) => thread.isAnchored).map((thread) => [thread.id, texts.has(thread.sectionId!) ? resolveAnchor(doc, anchorOf(thread)!, texts) : null]),
  );
}

/**
 * Replaces the anchored text with the thread's suggestion. CONFLICT when the text is gone, when it
 * changed since the suggestion was made (unless `confirm`), or when it now spans paragraphs; the
 * document is then left as it was.
 */
export function applySuggestion(doc: Y.Doc, thread: CommentThread, confirm: boolean): void {
  const anchor = anchorOf(thread)!;
  const now = resolveAnchor(doc, anchor);
  if (!now || now.isOrphaned) throw new ConflictError("The suggested text has been deleted; there is nothing left to replace.");
  if (now.text !== thread.quote && !confirm) {
    throw new ConflictError(`The text changed since the suggestion (now "${now.text}"); confirm to replace it anyway.`);
  }
  if (!replaceAnchoredText(doc, anchor, thread.suggestion!)) {
    throw new ConflictError("The suggested text now spans several paragraphs; edit it by hand.");
  }
}

/** Trims the quote and checks its length (the rest of the anchor is checked against the document). */
export function cleanAnchor(anchor: Anchor, maxQuoteLength: number): Anchor {
  const quote = normalizeQuote(anchor.quote);
  if (quote.length < 1 || quote.length > maxQuoteLength) throw new BadInputError(`A quote needs 1 to ${maxQuoteLength} characters.`);
  return { ...anchor, quote };
}
