import { Button, Group, Paper } from "@mantine/core";
import type { Editor } from "@tiptap/core";
import { IconMessagePlus, IconPencilQuestion } from "@tabler/icons-react";
import { useCallback, useEffect, useState } from "react";
import { startThreadDraft, type CommentsController, type DraftKind } from "./comments-controller";
import type { PlanCommentAbilities } from "./comment-permissions";
import classes from "./comments.module.css";
import { selectedRange } from "./selection-range";

interface SelectionCommentMenuProps {
  editor: Editor | null;
  sectionId: string;
  controller: CommentsController;
  abilities: PlanCommentAbilities;
}

interface SelectedText {
  from: number;
  to: number;
  top: number;
  left: number;
  /** A suggestion replaces text inside one paragraph; across blocks only a comment makes sense. */
  isInOneBlock: boolean;
}

/**
 * "Comment" and "Suggest an edit" over selected text. Reads the browser's selection rather than the
 * editor's, because read-only editors (commenters) never take focus and their selection is the DOM's.
 * Keyboard users have Ctrl/Cmd+Alt+M in the editor (comment-highlights.ts) or Tab to these buttons.
 */
export function SelectionCommentMenu({ editor, sectionId, controller, abilities }: SelectionCommentMenuProps) {
  const selected = useSelectedText(editor);
  const start = useCallback(
    (kind: DraftKind, range: SelectedText) => {
      if (editor) startThreadDraft(editor.state, controller, { kind, sectionId, from: range.from, to: range.to });
    },
    [editor, controller, sectionId],
  );

  const range = selected;
  if (!range || !abilities.canComment) return null;
  return (
    <Paper
      shadow="md"
      withBorder
      p={4}
      className={classes.selectionMenu}
      style={{ top: range.top, left: range.left }}
      data-testid="selection-comment-menu"
      role="toolbar"
      aria-label="Comment on the selected text"
      // Keep the text selected while a button is pressed.
      onMouseDown={(event) => event.preventDefault()}
    >
      <Group gap={4} wrap="nowrap">
        <Button size="compact-sm" variant="subtle" leftSection={<IconMessagePlus size={16} />} onClick={() => start("comment", range)}>
          Comment
        </Button>
        {abilities.canSuggest && (
          <Button
            size="compact-sm"
            variant="subtle"
            color="grape"
            leftSection={<IconPencilQuestion size={16} />}
            disabled={!range.isInOneBlock}
            title={range.isInOneBlock ? undefined : "Select text within one paragraph to suggest a change"}
            onClick={() => start("suggestion", range)}
          >
            Suggest an edit
          </Button>
        )}
      </Group>
    </Paper>
  );
}

/** About the width of the menu with both buttons. */
const MENU_WIDTH = 290;

/** The selected text of this editor and where to float the menu; null when nothing is selected here. */
function useSelectedText(editor: Editor | null): SelectedText | null {
  const [selected, setSelected] = useState<SelectedText | null>(null);
  useEffect(() => {
    if (!editor) return;
    const update = () => {
      const next = readSelection(editor);
      // Tabbing from the text to the menu moves focus but must not take the menu away.
      if (!next && isFocusInMenu(editor)) return;
      setSelected((previous) => (sameSelection(previous, next) ? previous : next));
    };
    document.addEventListener("selectionchange", update);
    return () => document.removeEventListener("selectionchange", update);
  }, [editor]);
  return selected;
}

function readSelection(editor: Editor): SelectedText | null {
  if (editor.isDestroyed) return null;
  const view = editor.view;
  const range = selectedRange(view);
  if (!range) return null;
  const { from, to } = range;
  const doc = view.state.doc;
  if (!doc.textBetween(from, to).trim()) return null;
  const container = view.dom.parentElement;
  if (!container) return null;
  const box = container.getBoundingClientRect();
  const coords = view.coordsAtPos(from);
  const isInOneBlock = doc.resolve(from).sameParent(doc.resolve(to));
  // Kept inside the editor's width, so a selection at the end of a line does not push it over the panel.
  const left = Math.max(0, Math.min(coords.left - box.left, box.width - MENU_WIDTH));
  return { from, to, top: coords.top - box.top - 44, left, isInOneBlock };
}

function isFocusInMenu(editor: Editor): boolean {
  const menu = editor.isDestroyed ? null : editor.view.dom.parentElement?.querySelector("[data-testid=selection-comment-menu]");
  return Boolean(menu && document.activeElement && menu.contains(document.activeElement));
}

function sameSelection(a: SelectedText | null, b: SelectedText | null): boolean {
  return a === b || (a !== null && b !== null && a.from === b.from && a.to === b.to && a.top === b.top && a.left === b.left);
}
