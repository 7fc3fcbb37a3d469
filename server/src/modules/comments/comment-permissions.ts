/** viewerCan of threads and comments: the comment policy, narrowed by the state of the thread. */
import { canComment, type CommentAction, type CommentSubject } from "../../policies/comment-policy";
import type { Actor } from "../../policies/plan-policy";
import type { PlanRole } from "../../policies/plan-role";
import { PlanStatus } from "../plans/plan-status";
import type { Plan } from "../plans/plan.entity";
import { SuggestionStatus, ThreadStatus } from "./comment-enums";
import type { Comment } from "./comment.entity";
import type { CommentThread } from "./comment-thread.entity";

export interface PlanAccessRow {
  plan: Plan;
  role: PlanRole | null;
}

export function subjectOf(access: PlanAccessRow, authorId: string | null): CommentSubject {
  return {
    organizationId: access.plan.organizationId,
    role: access.role,
    isArchived: access.plan.status === PlanStatus.ARCHIVED,
    authorId,
  };
}

export function threadPermissions(actor: Actor, access: PlanAccessRow, thread: CommentThread) {
  const subject = subjectOf(access, thread.authorId);
  const may = (action: CommentAction) => canComment(actor, action, subject);
  const isPending = thread.suggestionStatus === SuggestionStatus.PENDING;
  // A decided suggestion stays closed (reopenThread answers CONFLICT).
  const isReopenable = thread.status === ThreadStatus.RESOLVED && (thread.suggestionStatus === null || isPending);
  return {
    reply: may("thread.reply"),
    resolve: may("thread.resolve") && thread.status === ThreadStatus.OPEN,
    reopen: may("thread.reopen") && isReopenable,
    acceptSuggestion: may("suggestion.accept") && isPending,
    rejectSuggestion: may("suggestion.reject") && isPending,
    edit: may("comment.edit"),
    delete: may("comment.delete"),
  };
}

export function commentPermissions(actor: Actor, access: PlanAccessRow, comment: Comment) {
  const subject = subjectOf(access, comment.authorId);
  return {
    edit: canComment(actor, "comment.edit", subject) && !comment.deletedAt,
    delete: canComment(actor, "comment.delete", subject) && !comment.deletedAt,
  };
}
