/**
 * Between a section editor's ProseMirror positions and the Y.RelativePositions a thread is anchored by.
 * Relative positions name characters of the section's XmlFragment, so they keep pointing at the same
 * text while others insert and delete around it. The encoding and the quote's text are plan-schema's
 * (anchors.ts), the same the server checks a new anchor with.
 */
import { anchorFromPositions, type Anchor } from "@planbridge/plan-schema";
import type { EditorState } from "@tiptap/pm/state";
import { absolutePositionToRelativePosition, relativePositionToAbsolutePosition, ySyncPluginKey } from "@tiptap/y-tiptap";
import * as Y from "yjs";

type ProsemirrorMapping = Parameters<typeof relativePositionToAbsolutePosition>[3];

interface SyncBinding {
  doc: Y.Doc;
  type: Y.XmlFragment;
  mapping: ProsemirrorMapping;
}

export interface AnchorPositions {
  start: Y.RelativePosition;
  end: Y.RelativePosition;
}

/** The y-sync binding of an editor, once its view exists; null before that. */
function syncBinding(state: EditorState): SyncBinding | null {
  const pluginState: unknown = ySyncPluginKey.getState(state);
  if (!pluginState || typeof pluginState !== "object" || !("binding" in pluginState)) return null;
  const binding = pluginState.binding as SyncBinding | null;
  return binding?.doc ? binding : null;
}

/**
 * Anchors the selection [from, to) of a section's editor with plan-schema's anchorFromPositions, the
 * code the server checks anchors with: start keeps to the quote's first character, end to its last,
 * and the quote is the text the server will find between them. Null when the selection holds no text.
 */
export function anchorSelection(state: EditorState, sectionId: string, from: number, to: number): Anchor | null {
  const binding = syncBinding(state);
  if (!binding || from >= to) return null;
  // y-tiptap's types say `any`; it returns a Y.RelativePosition.
  const start = absolutePositionToRelativePosition(from, binding.type, binding.mapping) as Y.RelativePosition;
  const end = absolutePositionToRelativePosition(to, binding.type, binding.mapping) as Y.RelativePosition;
  return anchorFromPositions(binding.doc, sectionId, start, end);
}

/** Where an anchor is in this editor now, or null when its text is gone (or not in this section). */
export function resolveAnchor(state: EditorState, anchor: AnchorPositions): { from: number; to: number } | null {
  const binding = syncBinding(state);
  if (!binding) return null;
  const from = toEditorPosition(binding, anchor.start);
  const to = toEditorPosition(binding, anchor.end);
  if (from === null || to === null || from >= to || to > state.doc.content.size) return null;
  return { from, to };
}

/**
 * y-tiptap refuses a position attached to a character when it lands on the section's first character
 * (a heuristic for its carets), which would hide every thread that starts a section. The same place,
 * expressed as "after the character on its left" (or "start of this text"), converts as it should.
 */
function toEditorPosition(binding: SyncBinding, position: Y.RelativePosition): number | null {
  const absolute = Y.createAbsolutePositionFromRelativePosition(position, binding.doc);
  if (!absolute) return null;
  const fromTheLeft = Y.createRelativePositionFromTypeIndex(absolute.type, absolute.index, -1);
  return relativePositionToAbsolutePosition(binding.doc, binding.type, fromTheLeft, binding.mapping);
}
