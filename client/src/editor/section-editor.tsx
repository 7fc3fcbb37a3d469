import type { Editor } from "@tiptap/core";
import { EditorContent, useEditor } from "@tiptap/react";
import { useEffect, useMemo } from "react";
import type { PlanConnection } from "../collab/plan-connection";
import { sectionExtensions, type CaretUser } from "./editor-extensions";
import classes from "./section-editor.module.css";

interface SectionEditorProps {
  connection: PlanConnection;
  sectionId: string;
  title: string;
  user: CaretUser;
  isEditable: boolean;
  /** Called when this editor gains focus, so the shared toolbar acts on it. */
  onActivate(editor: Editor): void;
}

/** One section's rich text, live-bound to `section:<id>` in the plan's shared document. */
export function SectionEditor({ connection, sectionId, title, user, isEditable, onActivate }: SectionEditorProps) {
  // Built once per binding: Tiptap re-applies changed options on every render, which is not free.
  const extensions = useMemo(
    () => sectionExtensions({ connection, sectionId, user, placeholder: isEditable ? "Write this section…" : "Nothing written yet." }),
    // The binding is tied to the doc and section; a new name, colour or role must not rebuild it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [connection, sectionId],
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

  return <EditorContent editor={editor} className={classes.editor} data-readonly={!isEditable || undefined} />;
}
