/**
 * Who may do what with comment threads, on top of the plan policy: the plan role decides who may
 * comment and suggest at all, authorship decides who may change a comment or close their own thread.
 * Pure functions: callers load the membership and the thread, this decides.
 */
import { can, PlanRole, type Actor, type PlanSubject } from "./plan-policy";

export const COMMENT_ACTIONS = [
  "thread.view",
  "thread.create",
  "thread.reply",
  "thread.suggest",
  "thread.resolve",
  "thread.reopen",
  "suggestion.accept",
  "suggestion.reject",
  "comment.edit",
  "comment.delete",
] as const;
export type CommentAction = (typeof COMMENT_ACTIONS)[number];

export interface CommentSubject extends PlanSubject {
  /** Author of the thread (thread actions) or of the comment (comment actions); null when creating. */
  authorId: string | null;
}

const { OWNER, EDITOR } = PlanRole;

/** The plan editors: besides authors, they keep threads tidy and decide on suggested edits. */
function isPlanEditor(subject: PlanSubject): boolean {
  return subject.role === OWNER || subject.role === EDITOR;
}

export function canComment(actor: Actor, action: CommentAction, subject: CommentSubject): boolean {
  // plan.comment already refuses non-members, other organisations, deactivated users and archived plans.
  const mayComment = can(actor, "plan.comment", subject);
  const isAuthor = subject.authorId !== null && subject.authorId === actor.id;
  switch (action) {
    case "thread.view":
      return can(actor, "plan.view", subject);
    case "thread.create":
    case "thread.reply":
      return mayComment;
    case "thread.suggest":
      return can(actor, "plan.suggest", subject);
    case "thread.resolve":
    case "thread.reopen":
      return mayComment && (isAuthor || isPlanEditor(subject));
    case "suggestion.accept":
    case "suggestion.reject":
      return mayComment && isPlanEditor(subject);
    case "comment.edit":
    case "comment.delete":
      return mayComment && isAuthor;
  }
}
