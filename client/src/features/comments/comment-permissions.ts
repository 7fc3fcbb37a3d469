/**
 * Every comment permission the client shows or hides UI by, in one file. Thread-level answers come from
 * the server (`Thread.viewerCan`, `Comment.viewerCan`). The plan-level ones are still read from the role:
 * REPLACE `planCommentAbilities` with `Plan.viewerCan { comment suggest }` when the structure branch
 * (which adds viewerCan and deletes plan-page/plan-roles.ts) is merged. The server enforces all of it.
 */
import type { PlanRole, PlanStatus } from "../../gql/graphql";

export interface PlanCommentAbilities {
  /** Open a thread on the text or on the whole plan. */
  canComment: boolean;
  /** Attach a suggested replacement to a new thread. */
  canSuggest: boolean;
}

const COMMENTING_ROLES: readonly PlanRole[] = ["OWNER", "EDITOR", "COMMENTER", "APPROVER"];
const SUGGESTING_ROLES: readonly PlanRole[] = ["OWNER", "EDITOR", "COMMENTER"];

/** Mirrors server/src/policies (issue 10): archived plans are read only. To be replaced by Plan.viewerCan. */
export function planCommentAbilities(plan: { myRole?: PlanRole | null; status: PlanStatus }): PlanCommentAbilities {
  const isOpen = plan.status !== "ARCHIVED" && Boolean(plan.myRole);
  const role = plan.myRole ?? "VIEWER";
  return { canComment: isOpen && COMMENTING_ROLES.includes(role), canSuggest: isOpen && SUGGESTING_ROLES.includes(role) };
}

export const NO_COMMENT_ABILITIES: PlanCommentAbilities = { canComment: false, canSuggest: false };
