/**
 * The slide model: what a deck says, independent of how it is drawn. PPTX, Markdown and the browser's
 * presenter mode all render this one shape, so what is presented is what is downloaded. Plain JSON
 * (dates as ISO strings) so it crosses worker threads and the network unchanged.
 */

/** A line of text inside a list; `level` 0 is top level (nested lists indent). */
export interface SlideListItem {
  text: string;
  level: number;
}

export type SlideBlock =
  | { type: "heading"; text: string }
  | { type: "paragraph"; text: string }
  | { type: "list"; ordered: boolean; items: SlideListItem[] }
  | { type: "table"; header: string[] | null; rows: string[][]; /** Column widths as shares of 1, from the text they hold. */ widths: number[] };

export interface SlideReviewer {
  name: string | null;
  /** REVIEWED, CHANGES_NEEDED, WAITING, STALE or UNASSIGNED (the sign-off module's coverage states). */
  state: string;
  reviewedAt: string | null;
}

export interface SlideApprover {
  name: string;
  jobTitle: string | null;
  /** PENDING, CURRENT, STALE or CHANGES_REQUESTED. */
  state: string;
  decidedAt: string | null;
}

interface SlideBase {
  /** Stable across renders of the same version: `title`, `agenda`, `section:<id>:<part>`, `signoff`. */
  id: string;
  title: string;
  /** What the presenter reads from; also the PPTX speaker notes. */
  notes: string;
}

export interface TitleSlide extends SlideBase {
  kind: "title";
  planTitle: string;
  period: string | null;
  ownerName: string;
  status: string;
  versionLabel: string;
}

export interface AgendaSlide extends SlideBase {
  kind: "agenda";
  items: SlideListItem[];
  /** Long agendas continue on further slides; numbering carries on. */
  firstNumber: number;
}

export interface SectionSlide extends SlideBase {
  kind: "section" | "tactic";
  sectionId: string;
  sectionKind: string;
  /** 1-based part of a section split across slides, and how many parts it has. */
  part: number;
  parts: number;
  blocks: SlideBlock[];
  /** Tactic slides only: who on the council reviews it and where that review stands. */
  reviewer: SlideReviewer | null;
}

export interface SignoffSlide extends SlideBase {
  kind: "signoff";
  versionNumber: number;
  versionName: string | null;
  versionCutAt: string;
  hash: string;
  shortHash: string;
  approvers: SlideApprover[];
}

export type Slide = TitleSlide | AgendaSlide | SectionSlide | SignoffSlide;

export interface SlideDeck {
  planTitle: string;
  versionNumber: number;
  /** Unapproved versions carry "DRAFT" on every slide in every rendering. */
  isDraft: boolean;
  shortHash: string;
  slides: Slide[];
}

/**
 * How much text fits on one slide at the theme's body size: lines of about `lineChars` characters.
 * A section whose text exceeds it continues on further slides rather than overflowing.
 */
export interface TextBudget {
  maxLines: number;
  lineChars: number;
}

export const DEFAULT_TEXT_BUDGET: TextBudget = { maxLines: 14, lineChars: 100 };
