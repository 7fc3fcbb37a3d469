/**
 * Comment threads: the rules. Who may act (comment-policy), limits, anchor checks against the live
 * document, suggested edits applied through the document port, notifications, and live events.
 * Queries live in the repository; errors are domain errors.
 */
import { createHash } from "node:crypto";
import { COMMENT_LIMITS, type Anchor, type CommentLimits, type ResolvedAnchor } from "@planbridge/plan-schema";
import type { EntityManager } from "typeorm";
import { isUuid } from "../../ids";
import { BadInputError, ConflictError, ForbiddenError, NotFoundError } from "../../errors";
import { canComment, type CommentAction, type CommentSubject } from "../../policies/comment-policy";
import type { User } from "../users/user.entity";
import { anchorProblem, anchorStates, applySuggestion, cleanAnchor } from "./comment-anchoring";
import type { DocumentVersions } from "../plans/plan-documents.port";
import type { CommentDocuments } from "./comment-documents.port";
import { NotificationKind, SuggestionStatus, ThreadEventKind, ThreadStatus } from "./comment-enums";
import type { CommentEvents } from "./comment-events";
import { CommentNotifier } from "./comment-notifier";
import { subjectOf, type PlanAccessRow } from "./comment-permissions";
import type { Comment } from "./comment.entity";
import type { CommentThread } from "./comment-thread.entity";
import type { CommentsRepository, WithPlanAccess } from "./comments.repository";
import { mentionedEmails } from "./mentions";
import type { Notification } from "./notification.entity";

export type AnchorValues = Anchor;

export interface CreateThreadValues {
  planId: string;
  body: string;
  anchor?: AnchorValues | null;
  suggestion?: string | null;
  criterionId?: string | null;
}

export type { PlanAccessRow };

export class CommentsService {
  private readonly notifier: CommentNotifier;

  constructor(
    private readonly repository: CommentsRepository,
    private readonly documents: CommentDocuments,
    events: CommentEvents,
    private readonly limits: CommentLimits = COMMENT_LIMITS,
  ) {
    this.notifier = new CommentNotifier(repository, events);
  }

  async createThread(user: User, values: CreateThreadValues): Promise<CommentThread> {
    const access = await this.repository.findPlanAccess(values.planId, user.id);
    if (!access || access.plan.organizationId !== user.organizationId) throw new NotFoundError("Plan");
    const isSuggestion = values.suggestion !== undefined && values.suggestion !== null;
    this.assertMay(user, isSuggestion ? "thread.suggest" : "thread.create", subjectOf(access, null));
    const body = this.cleanBody(values.body);
    if (isSuggestion && !values.anchor) throw new BadInputError("A suggested edit needs an anchor: select the text to replace.");
    const suggestion = isSuggestion ? this.cleanSuggestion(values.suggestion!) : null;
    const anchor = values.anchor ? await this.checkAnchor(values.planId, values.anchor, isSuggestion) : null;
    const criterionId = await this.checkCriterion(values);
    const thread = await this.notifier.transaction(async (manager) => {
      await this.assertRate(user.id, manager);
      await this.repository.lockPlan(values.planId, manager);
      if ((await this.repository.countThreads(values.planId, manager)) >= this.limits.maxThreadsPerPlan) {
        throw new BadInputError(`This plan has reached ${this.limits.maxThreadsPerPlan} threads; resolve or reuse existing ones.`);
      }
      const created = await this.repository.insertThread(
        {
          planId: values.planId,
          authorId: user.id,
          sectionId: anchor?.sectionId ?? null,
          anchorStart: anchor?.start ?? null,
          anchorEnd: anchor?.end ?? null,
          quote: anchor?.quote ?? null,
          criterionId,
          suggestion,
          suggestionStatus: isSuggestion ? SuggestionStatus.PENDING : null,
          status: ThreadStatus.OPEN,
        },
        manager,
      );
      const comment = await this.repository.insertComment({ threadId: created.id, authorId: user.id, body }, manager);
      await this.notifier.mentions(manager, user, created, comment);
      return created;
    });
    this.notifier.announce(thread, ThreadEventKind.CREATED);
    return thread;
  }

  /** A criterion thread is about one line of this plan's lead definition, not about text. */
  private async checkCriterion(values: CreateThreadValues): Promise<string | null> {
    if (values.criterionId === undefined || values.criterionId === null) return null;
    if (values.anchor) throw new BadInputError("A comment on a criterion has no text anchor.");
    if (values.suggestion !== undefined && values.suggestion !== null) throw new BadInputError("A comment on a criterion cannot suggest an edit.");
    if (!(await this.repository.criterionBelongsToPlan(values.criterionId, values.planId))) {
      throw new BadInputError("This criterion is not part of the plan's lead definition.");
    }
    return values.criterionId;
  }

  async reply(user: User, threadId: string, body: string): Promise<Comment> {
    const { row: thread } = await this.authorizeThread(user, threadId, "thread.reply");
    const text = this.cleanBody(body);
    const comment = await this.notifier.transaction(async (manager) => {
      await this.assertRate(user.id, manager);
      await this.repository.lockThread(thread.id, manager);
      if ((await this.repository.countComments(thread.id, manager)) >= this.limits.maxCommentsPerThread) {
        throw new BadInputError(`This thread has reached ${this.limits.maxCommentsPerThread} comments; start a new thread.`);
      }
      const created = await this.repository.insertComment({ threadId: thread.id, authorId: user.id, body: text }, manager);
      const mentioned = await this.notifier.mentions(manager, user, thread, created);
      if (!mentioned.includes(thread.authorId)) await this.notifier.author(manager, user, thread, NotificationKind.REPLY, created.id);
      await this.repository.touchThread(thread.id, manager);
      return created;
    });
    this.notifier.announce(thread, ThreadEventKind.REPLIED);
    return comment;
  }

  async resolve(user: User, threadId: string): Promise<CommentThread> {
    const { row: thread } = await this.authorizeThread(user, threadId, "thread.resolve");
    if (thread.status === ThreadStatus.RESOLVED) return thread;
    const saved = await this.notifier.transaction(async (manager) => {
      markResolved(thread, user.id);
      const result = await this.repository.saveThread(thread, manager);
      await this.notifier.author(manager, user, thread, NotificationKind.RESOLVED);
      return result;
    });
    this.notifier.announce(saved, ThreadEventKind.RESOLVED);
    return saved;
  }

  async reopen(user: User, threadId: string): Promise<CommentThread> {
    const { row: thread } = await this.authorizeThread(user, threadId, "thread.reopen");
    if (thread.status === ThreadStatus.OPEN) return thread;
    if (thread.suggestionStatus && thread.suggestionStatus !== SuggestionStatus.PENDING) {
      throw new ConflictError("A decided suggestion stays closed; open a new thread to discuss it.");
    }
    thread.status = ThreadStatus.OPEN;
    thread.resolvedById = null;
    thread.resolvedAt = null;
    const saved = await this.repository.saveThread(thread);
    this.notifier.announce(saved, ThreadEventKind.REOPENED);
    return saved;
  }

  /**
   * Applies the suggestion to the shared document (broadcast to open editors, durable through the
   * group commit) and resolves the thread. The thread row stays locked meanwhile, so two editors
   * accepting at once apply it once. If the anchored text changed since the suggestion was made,
   * CONFLICT unless `confirm`; if it is gone, CONFLICT always.
   */
  async acceptSuggestion(user: User, threadId: string, confirm: boolean): Promise<CommentThread> {
    await this.authorizeThread(user, threadId, "suggestion.accept");
    const saved = await this.notifier.transaction(async (manager) => {
      const thread = await this.lockedPendingSuggestion(threadId, manager);
      await this.documents.change(thread.planId, (doc) => applySuggestion(doc, thread, confirm));
      decideSuggestion(thread, user.id, SuggestionStatus.ACCEPTED);
      const result = await this.repository.saveThread(thread, manager);
      await this.notifier.author(manager, user, thread, NotificationKind.SUGGESTION_ACCEPTED);
      return result;
    });
    this.notifier.announce(saved, ThreadEventKind.SUGGESTION_ACCEPTED);
    return saved;
  }

  /** Records who rejected the suggestion and why, and resolves the thread; the document is not touched. */
  async rejectSuggestion(user: User, threadId: string, reason: string): Promise<CommentThread> {
    await this.authorizeThread(user, threadId, "suggestion.reject");
    const why = reason.trim();
    if (why.length < 1 || why.length > this.limits.maxReasonLength) {
      throw new BadInputError(`A reason needs 1 to ${this.limits.maxReasonLength} characters.`);
    }
    const saved = await this.notifier.transaction(async (manager) => {
      const thread = await this.lockedPendingSuggestion(threadId, manager);
      decideSuggestion(thread, user.id, SuggestionStatus.REJECTED);
      thread.rejectionReason = why;
      const result = await this.repository.saveThread(thread, manager);
      await this.notifier.author(manager, user, thread, NotificationKind.SUGGESTION_REJECTED);
      return result;
    });
    this.notifier.announce(saved, ThreadEventKind.SUGGESTION_REJECTED);
    return saved;
  }

  async editComment(user: User, commentId: string, body: string): Promise<Comment> {
    const { row: comment, thread } = await this.authorizeComment(user, commentId, "comment.edit");
    if (comment.deletedAt) throw new ConflictError("This comment was deleted.");
    const text = this.cleanBody(body);
    const before = mentionedEmails(comment.body);
    const saved = await this.notifier.transaction(async (manager) => {
      comment.body = text;
      comment.editedAt = new Date();
      const result = await this.repository.saveComment(comment, manager);
      await this.notifier.mentions(manager, user, thread, result, before);
      return result;
    });
    this.notifier.announce(thread, ThreadEventKind.UPDATED);
    return saved;
  }

  /** Keeps the comment's place in the thread (replies still read in order) but drops its text. */
  async deleteComment(user: User, commentId: string): Promise<Comment> {
    const { row: comment, thread } = await this.authorizeComment(user, commentId, "comment.delete");
    if (comment.deletedAt) return comment;
    comment.body = "";
    comment.deletedAt = new Date();
    const saved = await this.repository.saveComment(comment);
    this.notifier.announce(thread, ThreadEventKind.UPDATED);
    return saved;
  }

  /** The thread, if the user may see it (NOT_FOUND from another organisation, FORBIDDEN for non-members). */
  async thread(user: User, threadId: string): Promise<CommentThread> {
    return (await this.authorizeThread(user, threadId, "thread.view")).row;
  }

  /**
   * Where each anchored thread of one plan points now, from one read of its document, cached per
   * document version and set of anchors (the plan page asks on every request).
   */
  async anchorStates(planId: string, threads: readonly CommentThread[], versions?: DocumentVersions): Promise<Map<string, ResolvedAnchor | null>> {
    const anchored = threads.filter((thread) => thread.isAnchored);
    if (anchored.length === 0) return new Map();
    return this.documents.view(planId, anchorsKey(anchored), (doc) => anchorStates(doc, anchored), versions);
  }

  /** Loader back-ends: batched by the per-request DataLoaders, one statement per call. */
  threadsOfPlans = (planIds: readonly string[]) => this.repository.threadsOfPlans(planIds);
  threadsByIds = (ids: readonly string[]) => this.repository.findThreads(ids);
  commentsOfThreads = (threadIds: readonly string[]) => this.repository.commentsOfThreads(threadIds);
  planAccess = (planIds: readonly string[], userId: string) => this.repository.planAccess(planIds, userId);

  // --- notifications -------------------------------------------------------------------------------

  notifications(user: User, options: { unreadOnly?: boolean | null; first?: number | null }): Promise<Notification[]> {
    return this.repository.notifications(user.id, { unreadOnly: options.unreadOnly ?? false, first: options.first ?? 50 });
  }

  unreadCount(user: User): Promise<number> {
    return this.repository.unreadCount(user.id);
  }

  markNotificationsRead(user: User, ids: readonly string[] | null): Promise<number> {
    if (ids && ids.length > 200) throw new BadInputError("Mark at most 200 notifications at once.");
    if (ids?.some((id) => !isUuid(id))) throw new BadInputError("Notification ids are UUIDs.");
    return this.repository.markRead(user.id, ids);
  }

  // --- access used by the live feed ----------------------------------------------------------------

  async authorizePlan(user: User, planId: string, action: CommentAction): Promise<PlanAccessRow> {
    const access = await this.repository.findPlanAccess(planId, user.id);
    if (!access || access.plan.organizationId !== user.organizationId) throw new NotFoundError("Plan");
    this.assertMay(user, action, subjectOf(access, null));
    return access;
  }

  /** The thread if the user may still see it (null otherwise): the per-event check of subscriptions. */
  async visibleThread(user: User, threadId: string): Promise<CommentThread | null> {
    const access = await this.repository.findThreadAccess(threadId, user.id);
    if (!access || !canComment(user, "thread.view", subjectOf(access, access.row.authorId))) return null;
    return access.row;
  }

  /** A thread's notice while the thread is visible; a plan notice while the user is still a member. */
  async isNotificationVisible(user: User, notification: Notification): Promise<boolean> {
    if (notification.threadId) return (await this.visibleThread(user, notification.threadId)) !== null;
    return this.repository.isMember(notification.planId, user.id);
  }

  /** Stores and announces a notice about a plan (no thread) for each of these members. */
  notifyAboutPlan(planId: string, actorId: string, userIds: readonly string[], kind: NotificationKind): Promise<void> {
    return this.notifier.aboutPlan(planId, actorId, userIds, kind);
  }

  /** Stores in-app notices (kinds other modules raise, such as FEEDBACK_AGENDA) and announces them once committed. */
  notify(rows: Partial<Notification>[]): Promise<void> {
    return this.notifier.transaction(async (manager) => {
      await this.notifier.store(manager, rows);
    });
  }

  findNotification(id: string): Promise<Notification | null> {
    return this.repository.findNotification(id);
  }

  // --- internals -----------------------------------------------------------------------------------

  private async authorizeThread(user: User, threadId: string, action: CommentAction): Promise<WithPlanAccess<CommentThread>> {
    const access = await this.repository.findThreadAccess(threadId, user.id);
    if (!access || access.plan.organizationId !== user.organizationId) throw new NotFoundError("Thread");
    this.assertMay(user, action, subjectOf(access, access.row.authorId));
    return access;
  }

  private async authorizeComment(user: User, commentId: string, action: CommentAction) {
    const access = await this.repository.findCommentAccess(commentId, user.id);
    if (!access || access.plan.organizationId !== user.organizationId) throw new NotFoundError("Comment");
    this.assertMay(user, action, subjectOf(access, access.row.authorId));
    const thread = await this.repository.findThread(access.row.threadId);
    return { row: access.row, thread: thread! };
  }

  private assertMay(user: User, action: CommentAction, subject: CommentSubject): void {
    if (canComment(user, action, subject)) return;
    if (subject.isArchived && canComment(user, "thread.view", subject)) throw new ForbiddenError("This plan is archived: its comments are read-only.");
    throw new ForbiddenError();
  }

  private async lockedPendingSuggestion(threadId: string, manager: EntityManager): Promise<CommentThread> {
    await this.repository.lockThread(threadId, manager);
    const thread = (await this.repository.findThread(threadId, manager))!;
    if (thread.suggestionStatus === null) throw new BadInputError("This thread carries no suggested edit.");
    if (thread.suggestionStatus !== SuggestionStatus.PENDING) {
      throw new ConflictError(`This suggestion was already ${thread.suggestionStatus.toLowerCase()}.`);
    }
    return thread;
  }

  /** Both positions decode, lie in that section of this plan's document, and enclose exactly the quote. */
  private async checkAnchor(planId: string, anchor: AnchorValues, isSuggestion: boolean): Promise<AnchorValues> {
    const cleaned = cleanAnchor(anchor, this.limits.maxQuoteLength);
    const problem = await this.documents.read(planId, (doc) => anchorProblem(doc, cleaned, isSuggestion));
    if (problem) throw new BadInputError(problem);
    return cleaned;
  }

  private cleanBody(body: string): string {
    const text = body.trim();
    if (text.length < 1) throw new BadInputError("A comment cannot be empty.");
    if (text.length > this.limits.maxBodyLength) throw new BadInputError(`A comment can have at most ${this.limits.maxBodyLength} characters.`);
    return text;
  }

  private cleanSuggestion(suggestion: string): string {
    if (suggestion.length > this.limits.maxSuggestionLength) {
      throw new BadInputError(`A suggested edit can have at most ${this.limits.maxSuggestionLength} characters.`);
    }
    if (/[\n\r]/.test(suggestion)) throw new BadInputError("A suggested edit stays within one paragraph: no line breaks.");
    return suggestion;
  }

  private async assertRate(userId: string, manager: EntityManager): Promise<void> {
    await this.repository.lockUser(userId, manager);
    const since = new Date(Date.now() - 60_000);
    if ((await this.repository.countCommentsSince(userId, since, manager)) >= this.limits.commentsPerMinute) {
      throw new BadInputError(`You can post at most ${this.limits.commentsPerMinute} comments a minute; wait a moment and try again.`);
    }
  }
}

function markResolved(thread: CommentThread, userId: string): void {
  thread.status = ThreadStatus.RESOLVED;
  thread.resolvedById = userId;
  thread.resolvedAt = new Date();
}

function decideSuggestion(thread: CommentThread, userId: string, status: SuggestionStatus): void {
  thread.suggestionStatus = status;
  thread.suggestionDecidedById = userId;
  thread.suggestionDecidedAt = new Date();
  markResolved(thread, userId);
}

/** Names a set of anchors: the same threads with the same anchors give the same key. */
function anchorsKey(threads: readonly CommentThread[]): string {
  const hash = createHash("sha256");
  for (const thread of threads) hash.update(`${thread.id}\u0000${thread.sectionId}\u0000${thread.anchorStart}\u0000${thread.anchorEnd}\u0000${thread.quote}\u0001`);
  return `anchors:${hash.digest("base64url")}`;
}
