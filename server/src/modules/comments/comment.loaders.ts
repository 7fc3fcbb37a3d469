/** Per-request DataLoaders of comments: a plan page costs the same statements for 0 or 500 threads. */
import DataLoader from "dataloader";
import type { ResolvedAnchor } from "@planbridge/plan-schema";
import { byKey, groupBy } from "../../graphql/loaders";
import { PeekableLoader } from "../../graphql/peekable-loader";
import type { DocumentVersions } from "../plans/plan-documents.port";
import type { User } from "../users/user.entity";
import type { Comment } from "./comment.entity";
import type { CommentThread } from "./comment-thread.entity";
import type { CommentsService, PlanAccessRow } from "./comments.service";

export type CommentLoaders = ReturnType<typeof createCommentLoaders>;

/**
 * `users` is the request's user loader: comments arrive with their authors loaded, so a comment's
 * fields (author, viewerCan) are all answered without a promise.
 */
export function createCommentLoaders(
  comments: CommentsService,
  userId: string | null,
  users: DataLoader<string, User | null>,
  documentVersions: DocumentVersions,
) {
  const threadsOfPlan = new DataLoader<string, CommentThread[]>(async (planIds) =>
    groupBy(await comments.threadsOfPlans(planIds), planIds, (thread) => thread.planId),
  );
  return {
    threadsOfPlan,
    thread: new PeekableLoader<string, CommentThread | null>(async (ids) => byKey(await comments.threadsByIds(ids), ids, (thread) => thread.id)),
    commentsOfThread: new DataLoader<string, Comment[]>(async (threadIds) => {
      const rows = await comments.commentsOfThreads(threadIds);
      await users.loadMany([...new Set(rows.map((comment) => comment.authorId))]);
      return groupBy(rows, threadIds, (comment) => comment.threadId);
    }),
    /** Where each anchored thread of a plan points now: one read of the plan's document per plan. */
    anchorStates: new DataLoader<string, Map<string, ResolvedAnchor | null>>((planIds) =>
      Promise.all(planIds.map(async (planId) => comments.anchorStates(planId, await threadsOfPlan.load(planId), documentVersions))),
    ),
    /** The plan and my role in it, for viewerCan. */
    planAccess: new PeekableLoader<string, PlanAccessRow | null>(async (planIds) =>
      userId ? byKey(await comments.planAccess(planIds, userId), planIds, (row) => row.plan.id) : planIds.map(() => null),
    ),
  };
}
