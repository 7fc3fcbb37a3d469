/** Per-request DataLoaders of comments: a plan page costs the same statements for 0 or 500 threads. */
import DataLoader from "dataloader";
import type { ResolvedAnchor } from "@planbridge/plan-schema";
import { byKey, groupBy } from "../../graphql/loaders";
import type { Comment } from "./comment.entity";
import type { CommentThread } from "./comment-thread.entity";
import type { CommentsService, PlanAccessRow } from "./comments.service";

export type CommentLoaders = ReturnType<typeof createCommentLoaders>;

export function createCommentLoaders(comments: CommentsService, userId: string | null) {
  const threadsOfPlan = new DataLoader<string, CommentThread[]>(async (planIds) =>
    groupBy(await comments.threadsOfPlans(planIds), planIds, (thread) => thread.planId),
  );
  return {
    threadsOfPlan,
    thread: new DataLoader<string, CommentThread | null>(async (ids) => byKey(await comments.threadsByIds(ids), ids, (thread) => thread.id)),
    commentsOfThread: new DataLoader<string, Comment[]>(async (threadIds) =>
      groupBy(await comments.commentsOfThreads(threadIds), threadIds, (comment) => comment.threadId),
    ),
    /** Where each anchored thread of a plan points now: one read of the plan's document per plan. */
    anchorStates: new DataLoader<string, Map<string, ResolvedAnchor | null>>((planIds) =>
      Promise.all(planIds.map(async (planId) => comments.anchorStates(planId, await threadsOfPlan.load(planId)))),
    ),
    /** The plan and my role in it, for viewerCan. */
    planAccess: new DataLoader<string, PlanAccessRow | null>(async (planIds) =>
      userId ? byKey(await comments.planAccess(planIds, userId), planIds, (row) => row.plan.id) : planIds.map(() => null),
    ),
  };
}
