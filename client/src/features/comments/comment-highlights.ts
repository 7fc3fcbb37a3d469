/**
 * Highlights of a section's open threads, as ProseMirror decorations rather than document marks: they
 * never touch the shared text, so read-only roles see and make them, and they cost nothing to store.
 * Positions are recomputed from the threads' relative positions whenever remote changes arrive, so a
 * highlight follows its text while others type around it.
 */
import { Extension } from "@tiptap/core";
import { Plugin, PluginKey, type EditorState, type Transaction } from "@tiptap/pm/state";
import { Decoration, DecorationSet, type EditorView } from "@tiptap/pm/view";
import { ySyncPluginKey } from "@tiptap/y-tiptap";
import { resolveAnchor } from "./anchor-positions";
import { DRAFT_THREAD_ID, startThreadDraft, type CommentsController } from "./comments-controller";
import { selectedRange } from "./selection-range";

export interface CommentHighlightOptions {
  controller: CommentsController | null;
  sectionId: string;
}

interface HighlightState {
  decorations: DecorationSet;
  located: Set<string>;
}

const highlightKey = new PluginKey<HighlightState>("commentHighlights");
const REFRESH = "refresh";

export const CommentHighlights = Extension.create<CommentHighlightOptions>({
  name: "commentHighlights",
  addOptions: () => ({ controller: null, sectionId: "" }),
  addKeyboardShortcuts() {
    const { controller, sectionId } = this.options;
    return {
      // Comment on the selection without the mouse (Google Docs uses the same keys).
      "Mod-Alt-m": ({ editor }) => {
        const range = selectedRange(editor.view) ?? editor.state.selection;
        const { from, to } = range;
        return controller !== null && from < to && startThreadDraft(editor.state, controller, { kind: "comment", sectionId, from, to });
      },
    };
  },
  addProseMirrorPlugins() {
    const { controller, sectionId } = this.options;
    if (!controller) return [];
    return [highlightPlugin(controller, sectionId)];
  },
});

function highlightPlugin(controller: CommentsController, sectionId: string): Plugin<HighlightState> {
  const build = (state: EditorState): HighlightState => buildHighlights(state, controller, sectionId);
  return new Plugin<HighlightState>({
    key: highlightKey,
    state: {
      init: () => ({ decorations: DecorationSet.empty, located: new Set() }),
      apply(tr, previous, _old, state) {
        if (tr.getMeta(highlightKey) === REFRESH || isRemoteChange(tr)) return build(state);
        // Local typing: Yjs learns of it only after this transaction, so map the ranges instead
        // (a range whose text this edit deleted disappears, and its thread is no longer located).
        return tr.docChanged ? mapHighlights(previous, tr) : previous;
      },
    },
    props: {
      decorations: (state) => highlightKey.getState(state)?.decorations,
      handleClick(view, pos) {
        const threadId = threadAt(view, pos);
        if (threadId && threadId !== DRAFT_THREAD_ID) controller.activate(threadId);
        // Never swallow the click: editors still place their caret, readers still select.
        return false;
      },
    },
    view(view) {
      const refresh = () => {
        if (!view.isDestroyed) view.dispatch(view.state.tr.setMeta(highlightKey, REFRESH).setMeta("addToHistory", false));
      };
      const unsubscribe = controller.subscribeSection(sectionId, refresh);
      // Not during the view's construction: Tiptap has not finished wiring its dispatch yet.
      queueMicrotask(refresh);
      return {
        update(updated) {
          const located = highlightKey.getState(updated.state)?.located;
          if (located && isSynced(updated.state)) controller.reportLocated(sectionId, located);
        },
        destroy: unsubscribe,
      };
    },
  });
}

/** y-sync marks the transactions it makes from Yjs changes (remote edits, undo, the first render). */
function isRemoteChange(tr: Transaction): boolean {
  const meta: unknown = tr.getMeta(ySyncPluginKey);
  return tr.docChanged && typeof meta === "object" && meta !== null && "isChangeOrigin" in meta && meta.isChangeOrigin === true;
}

/** Before the first render from Yjs the editor is empty and every anchor would look deleted. */
function isSynced(state: EditorState): boolean {
  return state.doc.textContent.length > 0 || state.doc.childCount > 1;
}

function buildHighlights(state: EditorState, controller: CommentsController, sectionId: string): HighlightState {
  const activeId = controller.getActiveThreadId();
  const located = new Set<string>();
  const decorations: Decoration[] = [];
  for (const anchor of controller.anchorsOf(sectionId)) {
    const range = resolveAnchor(state, anchor);
    if (!range) continue;
    if (!anchor.isDraft) located.add(anchor.threadId);
    const isActive = anchor.isDraft || anchor.threadId === activeId;
    const classes = ["comment-highlight", anchor.isSuggestion && "comment-highlight--suggestion", isActive && "comment-highlight--active"];
    decorations.push(
      Decoration.inline(range.from, range.to, { class: classes.filter(Boolean).join(" "), "data-thread-id": anchor.threadId }, { threadId: anchor.threadId }),
    );
  }
  return { decorations: DecorationSet.create(state.doc, decorations), located };
}

function mapHighlights(previous: HighlightState, tr: Transaction): HighlightState {
  const decorations = previous.decorations.map(tr.mapping, tr.doc);
  const located = new Set(decorations.find().map((decoration) => threadIdOf(decoration)).filter((id): id is string => id !== null && id !== DRAFT_THREAD_ID));
  return { decorations, located };
}

function threadIdOf(decoration: Decoration): string | null {
  const spec: unknown = decoration.spec;
  return spec && typeof spec === "object" && "threadId" in spec && typeof spec.threadId === "string" ? spec.threadId : null;
}

/** The innermost (shortest) highlight under a click, so a thread nested in another stays reachable. */
function threadAt(view: EditorView, pos: number): string | null {
  const found = highlightKey.getState(view.state)?.decorations.find(pos, pos) ?? [];
  const inside = found.filter((d) => d.from < pos || d.to > pos).sort((a, b) => a.to - a.from - (b.to - b.from));
  return inside[0] ? threadIdOf(inside[0]) : null;
}
