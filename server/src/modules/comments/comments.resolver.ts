import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Subscription } from "type-graphql";
import { refreshLoaders, requireUser, type Context } from "../../graphql/context";
import { whenKnown } from "../../graphql/peekable-loader";
import { Plan } from "../plans/plan.entity";
import { User } from "../users/user.entity";
import type { ThreadEventPayload } from "./comment-feed";
import { commentPermissions, threadPermissions } from "./comment-permissions";
import { Comment } from "./comment.entity";
import { SuggestionStatus } from "./comment-enums";
import { CommentThread } from "./comment-thread.entity";
import {
  CommentPermissions,
  CreateThreadInput,
  EditCommentInput,
  RejectSuggestionInput,
  ReplyToThreadInput,
  ThreadAnchor,
  ThreadEvent,
  ThreadFilterInput,
  ThreadPermissions,
} from "./comment.types";

const NO_PERMISSIONS = { reply: false, resolve: false, reopen: false, acceptSuggestion: false, rejectSuggestion: false, edit: false, delete: false };
const NO_COMMENT_PERMISSIONS = { edit: false, delete: false };

/**
 * The author (the row always exists: a foreign key), at once when the request already holds it: the
 * plan page's comments come with their authors loaded, and a field answered without a promise spares
 * graphql-js waiting on the whole comment.
 */
function authorOf(context: Context, authorId: string): User | Promise<User> {
  return context.loaders.user.loadNow(authorId) as User | Promise<User>;
}

@Resolver(() => CommentThread)
export class ThreadResolver {
  @Query(() => CommentThread)
  thread(@Arg("id", () => ID) id: string, @Ctx() context: Context): Promise<CommentThread> {
    return context.services.comments.thread(requireUser(context), id);
  }

  @Mutation(() => CommentThread, { description: "Opens a thread: on a range of text (anchor), or on the plan; optionally suggesting a replacement" })
  createThread(@Arg("input") input: CreateThreadInput, @Ctx() context: Context): Promise<CommentThread> {
    return context.services.comments.createThread(requireUser(context), input);
  }

  @Mutation(() => Comment)
  replyToThread(@Arg("input") input: ReplyToThreadInput, @Ctx() context: Context): Promise<Comment> {
    return context.services.comments.reply(requireUser(context), input.threadId, input.body);
  }

  @Mutation(() => CommentThread)
  resolveThread(@Arg("id", () => ID) id: string, @Ctx() context: Context): Promise<CommentThread> {
    return context.services.comments.resolve(requireUser(context), id);
  }

  @Mutation(() => CommentThread)
  reopenThread(@Arg("id", () => ID) id: string, @Ctx() context: Context): Promise<CommentThread> {
    return context.services.comments.reopen(requireUser(context), id);
  }

  @Mutation(() => CommentThread, { description: "Applies the suggested edit to the document and resolves the thread; CONFLICT if the text changed, unless confirm" })
  acceptSuggestion(
    @Arg("id", () => ID) id: string,
    @Arg("confirm", () => Boolean, { nullable: true }) confirm: boolean | null,
    @Ctx() context: Context,
  ): Promise<CommentThread> {
    return context.services.comments.acceptSuggestion(requireUser(context), id, confirm ?? false);
  }

  @Mutation(() => CommentThread, { description: "Declines the suggested edit with a reason; the document is unchanged" })
  rejectSuggestion(@Arg("input") input: RejectSuggestionInput, @Ctx() context: Context): Promise<CommentThread> {
    return context.services.comments.rejectSuggestion(requireUser(context), input.threadId, input.reason);
  }

  @Subscription(() => ThreadEvent, {
    description: "Threads of a plan created or changed by anyone; ends when I lose access",
    subscribe: ({ args, context }) => (context as Context).services.commentFeed.threadEvents(subscriberOf(context as Context), (args as { planId: string }).planId),
  })
  threadEvents(@Arg("planId", () => ID) _planId: string, @Root() payload: ThreadEventPayload, @Ctx() context: Context): ThreadEventPayload {
    refreshLoaders(context); // each event must read the thread as it is now, not as an earlier event cached it
    return payload;
  }

  @FieldResolver(() => User)
  author(@Root() thread: CommentThread, @Ctx() context: Context): User | Promise<User> {
    return authorOf(context, thread.authorId);
  }

  @FieldResolver(() => ID)
  planId(@Root() thread: CommentThread): string {
    return thread.planId;
  }

  @FieldResolver(() => [Comment], { description: "The opening comment first, then replies in order" })
  comments(@Root() thread: CommentThread, @Ctx() context: Context): Promise<Comment[]> {
    return context.commentLoaders.commentsOfThread.load(thread.id);
  }

  @FieldResolver(() => ThreadAnchor, { nullable: true })
  anchor(@Root() thread: CommentThread): ThreadAnchor | null {
    if (!thread.isAnchored) return null;
    return { sectionId: thread.sectionId!, start: thread.anchorStart!, end: thread.anchorEnd!, quote: thread.quote ?? "" };
  }

  @FieldResolver(() => Boolean, { description: "The anchored text was deleted; the quote says what it was" })
  async isOrphaned(@Root() thread: CommentThread, @Ctx() context: Context): Promise<boolean> {
    return isOrphaned(thread, await context.commentLoaders.anchorStates.load(thread.planId));
  }

  @FieldResolver(() => User, { nullable: true })
  resolvedBy(@Root() thread: CommentThread, @Ctx() context: Context): Promise<User | null> | null {
    return thread.resolvedById ? context.loaders.user.load(thread.resolvedById) : null;
  }

  @FieldResolver(() => User, { nullable: true, description: "Who accepted or rejected the suggestion" })
  suggestionDecidedBy(@Root() thread: CommentThread, @Ctx() context: Context): Promise<User | null> | null {
    return thread.suggestionDecidedById ? context.loaders.user.load(thread.suggestionDecidedById) : null;
  }

  @FieldResolver(() => ThreadPermissions)
  viewerCan(@Root() thread: CommentThread, @Ctx() context: Context): ThreadPermissions | Promise<ThreadPermissions> {
    const user = context.user;
    if (!user) return NO_PERMISSIONS;
    return whenKnown(context.commentLoaders.planAccess.loadNow(thread.planId), (access) => (access ? threadPermissions(user, access, thread) : NO_PERMISSIONS));
  }
}

@Resolver(() => Comment)
export class CommentResolver {
  @Mutation(() => Comment, { description: "Changes my comment's text" })
  editComment(@Arg("input") input: EditCommentInput, @Ctx() context: Context): Promise<Comment> {
    return context.services.comments.editComment(requireUser(context), input.commentId, input.body);
  }

  @Mutation(() => Comment, { description: "Removes my comment's text; its place in the thread stays" })
  deleteComment(@Arg("id", () => ID) id: string, @Ctx() context: Context): Promise<Comment> {
    return context.services.comments.deleteComment(requireUser(context), id);
  }

  @FieldResolver(() => User)
  author(@Root() comment: Comment, @Ctx() context: Context): User | Promise<User> {
    return authorOf(context, comment.authorId);
  }

  @FieldResolver(() => ID)
  threadId(@Root() comment: Comment): string {
    return comment.threadId;
  }

  @FieldResolver(() => CommentPermissions)
  viewerCan(@Root() comment: Comment, @Ctx() context: Context): CommentPermissions | Promise<CommentPermissions> {
    const user = context.user;
    if (!user) return NO_COMMENT_PERMISSIONS;
    // The plan page primes both (its threads, and the plan's access row): answered at once there.
    return whenKnown(context.commentLoaders.thread.loadNow(comment.threadId), (thread) =>
      thread
        ? whenKnown(context.commentLoaders.planAccess.loadNow(thread.planId), (access) => (access ? commentPermissions(user, access, comment) : NO_COMMENT_PERMISSIONS))
        : NO_COMMENT_PERMISSIONS,
    );
  }
}

@Resolver(() => Plan)
export class PlanThreadsResolver {
  @FieldResolver(() => [CommentThread], { description: "Comment threads, oldest first" })
  async threads(
    @Root() plan: Plan,
    @Arg("filter", () => ThreadFilterInput, { nullable: true }) filter: ThreadFilterInput | null,
    @Ctx() context: Context,
  ): Promise<CommentThread[]> {
    const threads = await context.commentLoaders.threadsOfPlan.load(plan.id);
    for (const thread of threads) context.commentLoaders.thread.prime(thread.id, thread);
    if (!filter) return threads;
    const states = filter.isOrphaned == null ? null : await context.commentLoaders.anchorStates.load(plan.id);
    return threads.filter(
      (thread) =>
        (!filter.status || thread.status === filter.status) &&
        (!filter.sectionId || thread.sectionId === filter.sectionId) &&
        (!filter.criterionId || thread.criterionId === filter.criterionId) &&
        (!filter.mine || thread.authorId === context.user?.id) &&
        (states === null || isOrphaned(thread, states) === filter.isOrphaned),
    );
  }
}

/** Anchored text gone; a thread whose suggestion was accepted replaced its text on purpose. */
function isOrphaned(thread: CommentThread, states: Map<string, { isOrphaned: boolean } | null>): boolean {
  if (!thread.isAnchored || thread.suggestionStatus === SuggestionStatus.ACCEPTED) return false;
  const state = states.get(thread.id);
  return !state || state.isOrphaned;
}

/** Who a live feed is for: subscriptions only run on authenticated sockets, which carry a session. */
export function subscriberOf(context: Context) {
  return { user: requireUser(context), sessionId: context.sessionId! };
}
