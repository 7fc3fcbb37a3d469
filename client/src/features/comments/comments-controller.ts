/**
 * The one place the comments panel and the section editors meet. Editors read anchors and report where
 * highlights landed; the panel reads the active thread and the draft. Plain subscriptions (no React
 * state) so that a new thread re-decorates one editor instead of re-rendering every section.
 */
import { decodeAnchorPosition, type Anchor } from "@planbridge/plan-schema";
import type { EditorState } from "@tiptap/pm/state";
import { anchorSelection, type AnchorPositions } from "./anchor-positions";

export interface ThreadAnchor extends AnchorPositions {
  threadId: string;
  isSuggestion: boolean;
  /** The text of a thread being written, so the writer still sees what it is about. */
  isDraft?: boolean;
}

/** The highlight id of the draft; never a server id. */
export const DRAFT_THREAD_ID = "draft";

export interface AnchoredThread {
  id: string;
  sectionId?: string | null;
  anchorStart?: string | null;
  anchorEnd?: string | null;
  suggestion?: string | null;
  status: string;
}

export type DraftKind = "comment" | "suggestion";

/** A thread being written: where it will anchor (section, positions, quote). */
export interface ThreadDraft {
  kind: DraftKind;
  anchor: Anchor;
}

type Listener = () => void;

export class CommentsController {
  private anchors = new Map<string, ThreadAnchor[]>();
  private readonly sectionListeners = new Map<string, Set<Listener>>();
  private readonly listeners = new Set<Listener>();
  /** Thread ids whose text an editor could find, per section; the rest are orphaned on this screen. */
  private readonly located = new Map<string, Set<string>>();
  private activeThreadId: string | null = null;
  private draft: ThreadDraft | null = null;
  private draftAnchor: ThreadAnchor | null = null;
  private version = 0;

  /** Open threads with an anchor become highlights; resolved ones stay in the panel only. */
  setThreads(threads: readonly AnchoredThread[]): void {
    const next = new Map<string, ThreadAnchor[]>();
    for (const thread of threads) {
      const anchor = toAnchor(thread);
      if (!anchor || !thread.sectionId || thread.status !== "OPEN") continue;
      next.set(thread.sectionId, [...(next.get(thread.sectionId) ?? []), anchor]);
    }
    const changed = new Set([...this.anchors.keys(), ...next.keys()]);
    const previous = this.anchors;
    this.anchors = next;
    for (const sectionId of changed) {
      if (!sameAnchors(previous.get(sectionId), next.get(sectionId))) this.notifySection(sectionId);
    }
  }

  anchorsOf(sectionId: string): readonly ThreadAnchor[] {
    const anchors = this.anchors.get(sectionId) ?? [];
    return this.draftAnchor && this.draft?.anchor.sectionId === sectionId ? [...anchors, this.draftAnchor] : anchors;
  }

  /** Editors subscribe to their own section only. */
  subscribeSection(sectionId: string, listener: Listener): () => void {
    const set = this.sectionListeners.get(sectionId) ?? new Set();
    set.add(listener);
    this.sectionListeners.set(sectionId, set);
    return () => set.delete(listener);
  }

  /** The panel subscribes to the active thread, the draft and which anchors were found. */
  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Changes whenever anything the panel shows changes (for useSyncExternalStore). */
  getVersion = (): number => this.version;
  getActiveThreadId = (): string | null => this.activeThreadId;
  getDraft = (): ThreadDraft | null => this.draft;

  activate(threadId: string | null): void {
    if (this.activeThreadId === threadId) return;
    const previous = this.activeThreadId;
    this.activeThreadId = threadId;
    for (const sectionId of this.sectionsHolding([previous, threadId])) this.notifySection(sectionId);
    this.notify();
  }

  startDraft(draft: ThreadDraft): void {
    const previous = this.draft;
    this.draft = draft;
    const anchor = toAnchor({ id: DRAFT_THREAD_ID, anchorStart: draft.anchor.start, anchorEnd: draft.anchor.end, suggestion: draft.kind === "suggestion" ? "" : null, status: "OPEN" });
    this.draftAnchor = anchor && { ...anchor, isDraft: true };
    if (previous && previous.anchor.sectionId !== draft.anchor.sectionId) this.notifySection(previous.anchor.sectionId);
    this.notifySection(draft.anchor.sectionId);
    this.notify();
  }

  clearDraft(): void {
    if (!this.draft) return;
    const { sectionId } = this.draft.anchor;
    this.draft = null;
    this.draftAnchor = null;
    this.notifySection(sectionId);
    this.notify();
  }

  /** Called by an editor after it decorated: which of its section's threads it found text for. */
  reportLocated(sectionId: string, threadIds: Set<string>): void {
    if (sameSet(this.located.get(sectionId), threadIds)) return;
    this.located.set(sectionId, threadIds);
    this.notify();
  }

  /** True once the editor has looked and found no text: deleted since the server last said otherwise. */
  isTextMissing(threadId: string, sectionId: string): boolean {
    const found = this.located.get(sectionId);
    const isHighlighted = this.anchorsOf(sectionId).some((anchor) => anchor.threadId === threadId);
    return isHighlighted && found !== undefined && !found.has(threadId);
  }

  private sectionsHolding(threadIds: (string | null)[]): string[] {
    const wanted = new Set(threadIds.filter((id): id is string => id !== null));
    return [...this.anchors].filter(([, anchors]) => anchors.some((a) => wanted.has(a.threadId))).map(([sectionId]) => sectionId);
  }

  private notifySection(sectionId: string): void {
    for (const listener of this.sectionListeners.get(sectionId) ?? []) listener();
  }

  private notify(): void {
    this.version++;
    for (const listener of this.listeners) listener();
  }
}

function toAnchor(thread: AnchoredThread): ThreadAnchor | null {
  if (!thread.anchorStart || !thread.anchorEnd) return null;
  const start = decodeAnchorPosition(thread.anchorStart);
  const end = decodeAnchorPosition(thread.anchorEnd);
  if (!start || !end) return null;
  return { threadId: thread.id, start, end, isSuggestion: thread.suggestion !== null && thread.suggestion !== undefined };
}

function sameAnchors(a: ThreadAnchor[] | undefined, b: ThreadAnchor[] | undefined): boolean {
  if (!a || !b) return a === b;
  return a.length === b.length && a.every((anchor, i) => anchor.threadId === b[i].threadId && anchor.isSuggestion === b[i].isSuggestion);
}

function sameSet(a: Set<string> | undefined, b: Set<string>): boolean {
  return a !== undefined && a.size === b.size && [...a].every((id) => b.has(id));
}

/** Opens the composer for the text [from, to) of a section editor; false when it cannot be anchored. */
export function startThreadDraft(
  state: EditorState,
  controller: CommentsController,
  { kind, sectionId, from, to }: { kind: DraftKind; sectionId: string; from: number; to: number },
): boolean {
  const anchor = anchorSelection(state, sectionId, from, to);
  if (!anchor || !anchor.quote) return false;
  controller.startDraft({ kind, anchor });
  return true;
}
