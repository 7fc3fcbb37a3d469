import type { Editor } from "@tiptap/core";
import { EditorContent, useEditor } from "@tiptap/react";
import { useEffect, useMemo } from "react";
import type { PlanConnection } from "../../collab/plan-connection";
import type { PlanCommentAbilities } from "../comments/comment-permissions";
import type { CommentsController } from "../comments/comments-controller";
import { SelectionCommentMenu } from "../comments/selection-comment-menu";
import { sectionExtensions, type CaretUser } from "./editor-extensions";
import classes from "./section-editor.module.css";

interface SectionEditorProps {
  connection: PlanConnection;
  sectionId: string;
  title: string;
  user: CaretUser;
  isEditable: boolean;
  comments: CommentsController | null;
  commentAbilities: PlanCommentAbilities;
  /** Called when this editor gains focus, so the shared toolbar acts on it. */
  onActivate(editor: Editor): void;
}

/** One section's rich text, live-bound to `section:<id>` in the plan's shared document. */
export function SectionEditor({ connection, sectionId, title, user, isEditable, comments, commentAbilities, onActivate }: SectionEditorProps) {
  // Built once per binding: Tiptap re-applies changed options on every render, which is not free.
  const extensions = useMemo(
    () => sectionExtensions({ connection, sectionId, user, placeholder: isEditable ? "Write this section…" : "Nothing written yet.", comments }),
    // The binding is tied to the doc and section; a new name, colour or role must not rebuild it.
    [connection, sectionId, comments],
  );
  const editorProps = useMemo(
    () => ({ attributes: { class: classes.prose, "aria-label": `${title} text`, "data-section-editor": sectionId } }),
    [title, sectionId],
  );
  const editor = useEditor(
    {
      extensions,
      editable: isEditable,
      editorProps,
      onFocus: ({ editor: focused }) => onActivate(focused),
    },
    [extensions],
  );

  useEffect(() => {
    if (editor && editor.isEditable !== isEditable) editor.setEditable(isEditable);
  }, [editor, isEditable]);

  return (
    <div className={classes.editor}>
      <EditorContent editor={editor} data-readonly={!isEditable || undefined} />
      {comments && <SelectionCommentMenu editor={editor} sectionId={sectionId} controller={comments} abilities={commentAbilities} />}
    </div>
  );
}
