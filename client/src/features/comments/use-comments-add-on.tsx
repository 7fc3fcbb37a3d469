import { useMemo } from "react";
import type { SectionEditorAddOn } from "../../editor/section-editor";
import { CommentHighlights } from "./comment-highlights";
import type { PlanCommentAbilities } from "./comment-permissions";
import type { CommentsController } from "./comments-controller";
import { SelectionCommentMenu } from "./selection-comment-menu";

/** What comments add to one section's editor: highlights of its threads and the selection menu. */
export function useCommentsAddOn(controller: CommentsController, abilities: PlanCommentAbilities, sectionId: string): SectionEditorAddOn {
  // The extensions are built once per section: new ones would rebuild the editor and its Yjs binding.
  const extensions = useMemo(() => [CommentHighlights.configure({ controller, sectionId })], [controller, sectionId]);
  return useMemo(
    () => ({
      extensions,
      render: (editor) => <SelectionCommentMenu editor={editor} sectionId={sectionId} controller={controller} abilities={abilities} />,
    }),
    [extensions, controller, sectionId, abilities],
  );
}
