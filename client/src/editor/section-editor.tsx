import type { AnyExtension, Editor } from "@tiptap/core";
import { EditorContent, useEditor } from "@tiptap/react";
import { useEffect, useMemo, type ReactNode } from "react";
import type { PlanConnection } from "../collab/plan-connection";
import { sectionExtensions, type CaretUser } from "./editor-extensions";
import classes from "./section-editor.module.css";

interface SectionEditorProps {
  connection: PlanConnection;
  sectionId: string;
  title: string;
  user: CaretUser;
  isEditable: boolean;
  /** A feature's extensions and floating UI for this editor (comments); keep the object stable. */
  addOn?: SectionEditorAddOn;
  /** Called when this editor gains focus, so the shared toolbar acts on it. */
  onActivate(editor: Editor): void;
}

export interface SectionEditorAddOn {
  extensions: readonly AnyExtension[];
  /** Rendered over the editor (positioned relative to it), e.g. a menu for the selected text. */
  render(editor: Editor | null): ReactNode;
}

/** One section's rich text, live-bound to `section:<id>` in the plan's shared document. */
export function SectionEditor({ connection, sectionId, title, user, isEditable, addOn, onActivate }: SectionEditorProps) {
  const extra = addOn?.extensions;
  // Built once per binding: Tiptap re-applies changed options on every render, which is not free.
  const extensions = useMemo(
    () => sectionExtensions({ connection, sectionId, user, placeholder: isEditable ? "Write this section…" : "Nothing written yet.", extra }),
    // The binding is tied to the doc and section; a new name, colour or role must not rebuild it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [connection, sectionId, extra],
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
      {addOn?.render(editor)}
    </div>
  );
}
