import type { EditorView } from "@tiptap/pm/view";

/**
 * The editor positions of the browser's selection when it lies inside this editor. Read from the DOM,
 * not from the editor state: a read-only editor never takes focus, and even a focused one updates its
 * state from the DOM a moment after a Shift+Arrow, so the state can be one key behind.
 */
export function selectedRange(view: EditorView): { from: number; to: number } | null {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || !selection.anchorNode || !selection.focusNode) return null;
  if (!view.dom.contains(selection.anchorNode) || !view.dom.contains(selection.focusNode)) return null;
  try {
    const anchor = view.posAtDOM(selection.anchorNode, selection.anchorOffset);
    const focus = view.posAtDOM(selection.focusNode, selection.focusOffset);
    const [from, to] = anchor < focus ? [anchor, focus] : [focus, anchor];
    return from < to && to <= view.state.doc.content.size ? { from, to } : null;
  } catch {
    return null;
  }
}
