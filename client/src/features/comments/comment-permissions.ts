/**
 * The plan-level comment permissions the client shows or hides UI by: the server's `Plan.viewerCan`
 * answers (its policy, archived plans included). Thread and comment actions follow `Thread.viewerCan`
 * and `Comment.viewerCan`. The server enforces all of it; the client never decides from a role name.
 */
export interface PlanCommentAbilities {
  /** Open a thread on the text or on the whole plan. */
  canComment: boolean;
  /** Attach a suggested replacement to a new thread. */
  canSuggest: boolean;
}

export function planCommentAbilities(viewerCan: { comment: boolean; suggest: boolean }): PlanCommentAbilities {
  return { canComment: viewerCan.comment, canSuggest: viewerCan.suggest };
}
