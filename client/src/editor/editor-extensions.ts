import { sectionFragmentName } from "@planbridge/plan-schema";
import type { AnyExtension } from "@tiptap/core";
import Collaboration from "@tiptap/extension-collaboration";
import CollaborationCaret from "@tiptap/extension-collaboration-caret";
import { TableKit } from "@tiptap/extension-table";
import { Placeholder } from "@tiptap/extensions";
import StarterKit from "@tiptap/starter-kit";
import type { PlanConnection } from "../collab/plan-connection";
import { caretLabelTextColor } from "./caret-label-color";

export interface CaretUser {
  name: string;
  color: string;
}

interface SectionExtensionOptions {
  connection: PlanConnection;
  sectionId: string;
  user: CaretUser;
  placeholder: string;
  /** What a feature adds to every section editor (comment highlights); none by default. */
  extra?: readonly AnyExtension[];
}

/** The document schema of a section (nodes and marks), shared by live editors and read-only renderings. */
export function contentExtensions(): AnyExtension[] {
  return [
    StarterKit.configure({
      // Yjs keeps the undo history (per user, across collaborators); ProseMirror's would undo others' typing.
      undoRedo: false,
      // Two editors each appending a trailing paragraph at once would leave two; the schema seeds one instead.
      trailingNode: false,
      link: { openOnClick: false, autolink: true, defaultProtocol: "https" },
      heading: { levels: [2, 3] },
    }),
    TableKit.configure({ table: { resizable: false } }),
  ];
}

/** The extensions of one section's editor: rich text bound to that section's fragment of the shared doc. */
export function sectionExtensions({ connection, sectionId, user, placeholder, extra = [] }: SectionExtensionOptions): AnyExtension[] {
  return [
    ...contentExtensions(),
    // Read-only readers see "Nothing written yet." too, instead of a blank box (Tiptap hides it by default).
    Placeholder.configure({ placeholder, showOnlyWhenEditable: false }),
    Collaboration.configure({ document: connection.doc, field: sectionFragmentName(sectionId) }),
    CollaborationCaret.configure({ provider: connection.provider, user, render: renderCaret }),
    ...extra,
  ];
}

/** A caret with the person's name above it; `data-caret-name` lets tests find whose caret it is. */
function renderCaret(user: Record<string, unknown>): HTMLElement {
  const name = typeof user.name === "string" ? user.name : "Someone";
  const color = typeof user.color === "string" ? user.color : "#868e96";
  const caret = document.createElement("span");
  caret.className = "collaboration-carets__caret";
  caret.style.borderColor = color;
  caret.dataset.caretName = name;
  const label = document.createElement("div");
  label.className = "collaboration-carets__label";
  label.style.backgroundColor = color;
  label.style.color = caretLabelTextColor(color);
  label.textContent = name;
  caret.append(label);
  return caret;
}
