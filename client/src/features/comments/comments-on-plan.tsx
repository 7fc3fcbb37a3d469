import type { AnyExtension } from "@tiptap/core";
import { useMemo } from "react";
import { useSections } from "../../collab/use-sections";
import type { PlanAddOnProps } from "../../editor/plan-add-on";
import type { SectionEditorAddOn } from "../../editor/section-editor";
import { CommentHighlights } from "./comment-highlights";
import { planCommentAbilities } from "./comment-permissions";
import { CommentsPanel } from "./comments-panel";
import { SelectionCommentMenu } from "./selection-comment-menu";
import { useNewCommentsController } from "./use-comments-controller";
import { useLinkedThread } from "./use-linked-thread";
import { usePlanThreads } from "./use-plan-threads";

/**
 * Comments on the plan page (wired in by app/router): the threads panel beside the text, and for each
 * section's editor the highlights of its threads and the "Comment / Suggest an edit" menu.
 */
export function CommentsOnPlan({ planId, myId, doc, people, viewerCan, children }: PlanAddOnProps) {
  const controller = useNewCommentsController();
  const threads = usePlanThreads(planId, controller);
  useLinkedThread(controller, threads.threads);
  const abilities = useMemo(() => planCommentAbilities(viewerCan), [viewerCan]);
  const sections = useSections(doc);

  // Extensions once per section for the page's life: new ones would rebuild the editor and its binding.
  const extensionsOf = useMemo(() => {
    const made = new Map<string, readonly AnyExtension[]>();
    return (sectionId: string) => {
      const extensions = made.get(sectionId) ?? [CommentHighlights.configure({ controller, sectionId })];
      made.set(sectionId, extensions);
      return extensions;
    };
  }, [controller]);
  const forSection = useMemo(() => {
    const addOns = new Map<string, SectionEditorAddOn>();
    return (sectionId: string) => {
      const addOn = addOns.get(sectionId) ?? {
        extensions: extensionsOf(sectionId),
        render: (editor) => <SelectionCommentMenu editor={editor} sectionId={sectionId} controller={controller} abilities={abilities} />,
      };
      addOns.set(sectionId, addOn);
      return addOn;
    };
  }, [extensionsOf, controller, abilities]);

  const aside = <CommentsPanel planId={planId} myId={myId} controller={controller} threads={threads} sections={sections} people={people} abilities={abilities} />;
  return children({ aside, forSection });
}
