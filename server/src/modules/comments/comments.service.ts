/**
 * Comment threads: the rules. Who may act (comment-policy), limits, anchor checks against the live
 * document, suggested edits applied through the document port, notifications, and live events.
 * Queries live in the repository; errors are domain errors.
 */
import {
  COMMENT_LIMITS,
  hasSection,
  isWithinOneText,
  normalizeQuote,
  replaceAnchoredText,
  resolveAnchor,
  SectionTexts,
  type CommentLimits,
  type ResolvedAnchor,
} from "@planbridge/plan-schema";
import type { EntityManager } from "typeorm";
import { BadInputError, ConflictError, ForbiddenError, NotFoundError } from "../../errors";
import { canComment, type CommentAction, type CommentSubject } from "../../policies/comment-policy";
import type { PlanRole } from "../../policies/plan-role";
import { PlanStatus } from "../plans/plan-status";
import type { Plan } from "../plans/plan.entity";
import type { User } from "../users/user.entity";
import type { CommentDocuments } from "./comment-documents.port";
import type { CommentEvents } from "./comment-events";
import { NotificationKind, SuggestionStatus, ThreadEventKind, ThreadStatus } from "./comment-enums";
import type { Comment } from "./comment.entity";
import type { CommentThread } from "./comment-thread.entity";
import type { CommentsRepository, WithPlanAccess } from "./comments.repository";
import { mentionedEmails } from "./mentions";
import type { Notification } from "./notification.entity";

export interface AnchorValues {
  sectionId: string;
  start: string;
  end: string;
  quote: string;
}

export interface CreateThreadValues {
  planId: string;
  body: string;
  anchor?: AnchorValues | null;
  suggestion?: string | null;
}

export type PlanAccessRow = { plan: Plan; role: PlanRole | null };

export class CommentsService {
  /** Announcements waiting for their transaction to commit. */
  private readonly afterCommit = new WeakMap<EntityManager, (() => void)[]>();

  constructor(
    private readonly repository: CommentsRepository,
    private readonly documents: CommentDocuments,
    private readonly events: CommentEvents,
    private readonly limits: CommentLimits = COMMENT_LIMITS,
  ) {}

  async createThread(user: User, values: CreateThreadValues): Promise<CommentThread> {
    const access = await this.repository.findPlanAccess(values.planId, user.id);
    if (!access || access.plan.organizationId !== user.organizationId) throw new NotFoundError("Plan");
    const isSuggestion = values.suggestion !== undefined && values.suggestion !== null;
    this.assertMay(user, isSuggestion ? "thread.suggest" : "thread.create", subjectOf(access, null));
    const body = this.cleanBody(values.body);
    if (isSuggestion && !values.anchor) throw new BadInputError("A suggested edit needs an anchor: select the text to replace.");
    const suggestion = isSuggestion ? this.cleanSuggestion(values.suggestion!) : null;
    const anchor = values.anchor ? await this.checkAnchor(values.planId, values.anchor, isSuggestion) : null;
    const thread = await this.transaction(async (manager) => {
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
          suggestion,
          suggestionStatus: isSuggestion ? SuggestionStatus.PENDING : null,
          status: ThreadStatus.OPEN,
        },
        manager,
      );
      const comment = await this.repository.insertComment({ threadId: created.id, authorId: user.id, body }, manager);
      await this.notifyMentions(user, created, comment, [], manager);
      return created;
    });
    this.announce(thread, ThreadEventKind.CREATED);
    return thread;
  }

  async reply(user: User, threadId: string, body: string): Promise<Comment> {
    const { row: thread } = await this.authorizeThread(user, threadId, "thread.reply");
    const text = this.cleanBody(body);
    const comment = await this.transaction(async (manager) => {
      await this.assertRate(user.id, manager);
      await this.repository.lockThread(thread.id, manager);
      if ((await this.repository.countComments(thread.id, manager)) >= this.limits.maxCommentsPerThread) {
        throw new BadInputError(`This thread has reached ${this.limits.maxCommentsPerThread} comments; start a new thread.`);
      }
      const created = await this.repository.insertComment({ threadId: thread.id, authorId: user.id, body: text }, manager);
      const mentioned = await this.notifyMentions(user, thread, created, [], manager);
      if (thread.authorId !== user.id && !mentioned.includes(thread.authorId)) {
        await this.notify(manager, [thread.authorId], user, thread, NotificationKind.REPLY, created.id);
      }
      await this.repository.touchThread(thread.id, manager);
      return created;
    });
    this.announce(thread, ThreadEventKind.REPLIED);
    return comment;
  }

  async resolve(user: User, threadId: string): Promise<CommentThread> {
    const { row: thread } = await this.authorizeThread(user, threadId, "thread.resolve");
    if (thread.status === ThreadStatus.RESOLVED) return thread;
    const saved = await this.transaction(async (manager) => {
      markResolved(thread, user.id);
      const result = await this.repository.saveThread(thread, manager);
      if (thread.authorId !== user.id) await this.notify(manager, [thread.authorId], user, thread, NotificationKind.RESOLVED, null);
      return result;
    });
    this.announce(saved, ThreadEventKind.RESOLVED);
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
    this.announce(saved, ThreadEventKind.REOPENED);
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
    const saved = await this.transaction(async (manager) => {
      const thread = await this.lockedPendingSuggestion(threadId, manager);
      await this.documents.change(thread.planId, (doc) => {
        const anchor = anchorOf(thread)!;
        const now = resolveAnchor(doc, anchor);
        if (!now || now.isOrphaned) throw new ConflictError("The suggested text has been deleted; there is nothing left to replace.");
        if (now.text !== thread.quote && !confirm) {
          throw new ConflictError(`The text changed since the suggestion (now "${now.text}"); confirm to replace it anyway.`);
        }
        if (!replaceAnchoredText(doc, anchor, thread.suggestion!)) {
          throw new ConflictError("The suggested text now spans several paragraphs; edit it by hand.");
        }
      });
      decideSuggestion(thread, user.id, SuggestionStatus.ACCEPTED);
      const result = await this.repository.saveThread(thread, manager);
      await this.notifyDecision(manager, user, thread, NotificationKind.SUGGESTION_ACCEPTED);
      return result;
    });
    this.announce(saved, ThreadEventKind.SUGGESTION_ACCEPTED);
    return saved;
  }

  /** Records who rejected the suggestion and why, and resolves the thread; the document is not touched. */
  async rejectSuggestion(user: User, threadId: string, reason: string): Promise<CommentThread> {
    await this.authorizeThread(user, threadId, "suggestion.reject");
    const why = reason.trim();
    if (why.length < 1 || why.length > this.limits.maxReasonLength) {
      throw new BadInputError(`A reason needs 1 to ${this.limits.maxReasonLength} characters.`);
    }
    const saved = await this.transaction(async (manager) => {
      const thread = await this.lockedPendingSuggestion(threadId, manager);
      decideSuggestion(thread, user.id, SuggestionStatus.REJECTED);
      thread.rejectionReason = why;
      const result = await this.repository.saveThread(thread, manager);
      await this.notifyDecision(manager, user, thread, NotificationKind.SUGGESTION_REJECTED);
      return result;
    });
    this.announce(saved, ThreadEventKind.SUGGESTION_REJECTED);
    return saved;
  }

  async editComment(user: User, commentId: string, body: string): Promise<Comment> {
    const { row: comment, thread } = await this.authorizeComment(user, commentId, "comment.edit");
    if (comment.deletedAt) throw new ConflictError("This comment was deleted.");
    const text = this.cleanBody(body);
    const before = mentionedEmails(comment.body);
    const saved = await this.transaction(async (manager) => {
      comment.body = text;
      comment.editedAt = new Date();
      const result = await this.repository.saveComment(comment, manager);
      await this.notifyMentions(user, thread, result, before, manager);
      return result;
    });
    this.announce(thread, ThreadEventKind.UPDATED);
    return saved;
  }

  /** Keeps the comment's place in the thread (replies still read in order) but drops its text. */
  async deleteComment(user: User, commentId: string): Promise<Comment> {
    const { row: comment, thread } = await this.authorizeComment(user, commentId, "comment.delete");
    if (comment.deletedAt) return comment;
    comment.body = "";
    comment.deletedAt = new Date();
    const saved = await this.repository.saveComment(comment);
    this.announce(thread, ThreadEventKind.UPDATED);
    return saved;
  }

  /** The thread, if the user may see it (NOT_FOUND from another organisation, FORBIDDEN for non-members). */
  async thread(user: User, threadId: string): Promise<CommentThread> {
    return (await this.authorizeThread(user, threadId, "thread.view")).row;
  }

  /** Where each anchored thread of one plan points now, from one read of its document. */
  async anchorStates(planId: string, threads: readonly CommentThread[]): Promise<Map<string, ResolvedAnchor | null>> {
    const anchored = threads.filter((thread) => thread.isAnchored);
    if (anchored.length === 0) return new Map();
    return this.documents.read(planId, (doc) => {
      const texts = new SectionTexts(doc);
      return new Map(anchored.map((thread) => [thread.id, texts.has(thread.sectionId!) ? resolveAnchor(doc, anchorOf(thread)!, texts) : null]));
    });
  }

  /** Loader back-ends: batched by the per-request DataLoaders, one statement per call. */
  threadsOfPlans = (planIds: readonly string[]) => this.repository.threadsOfPlans(planIds);
  threadsByIds = (ids: readonly string[]) => this.repository.findThreads(ids);
  commentsOfThreads = (threadIds: readonly string[]) => this.repository.commentsOfThreads(threadIds);
  planAccess = (planIds: readonly string[], userId: string) => this.repository.planAccess(planIds, userId);

  /** What the user may do; the state of the thread narrows what the policy allows. */
  threadPermissions(user: User, access: PlanAccessRow, thread: CommentThread) {
    const subject = subjectOf(access, thread.authorId);
    const may = (action: CommentAction) => canComment(user, action, subject);
    const isPending = thread.suggestionStatus === SuggestionStatus.PENDING;
    return {
      reply: may("thread.reply"),
      resolve: may("thread.resolve") && thread.status === ThreadStatus.OPEN,
      reopen: may("thread.reopen") && thread.status === ThreadStatus.RESOLVED && (thread.suggestionStatus ?? SuggestionStatus.PENDING) === SuggestionStatus.PENDING,
      acceptSuggestion: may("suggestion.accept") && isPending,
      rejectSuggestion: may("suggestion.reject") && isPending,
      edit: may("comment.edit"),
      delete: may("comment.delete"),
    };
  }

  commentPermissions(user: User, access: PlanAccessRow, comment: Comment) {
    const subject = subjectOf(access, comment.authorId);
    return {
      edit: canComment(user, "comment.edit", subject) && !comment.deletedAt,
      delete: canComment(user, "comment.delete", subject) && !comment.deletedAt,
    };
  }

  // --- notifications -------------------------------------------------------------------------------

  notifications(user: User, options: { unreadOnly?: boolean | null; first?: number | null }): Promise<Notification[]> {
    return this.repository.notifications(user.id, { unreadOnly: options.unreadOnly ?? false, first: options.first ?? 50 });
  }

  unreadCount(user: User): Promise<number> {
    return this.repository.unreadCount(user.id);
  }

  markNotificationsRead(user: User, ids: readonly string[] | null): Promise<number> {
    if (ids && ids.length > 200) throw new BadInputError("Mark at most 200 notifications at once.");
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
    const quote = normalizeQuote(anchor.quote);
    if (quote.length < 1 || quote.length > this.limits.maxQuoteLength) {
      throw new BadInputError(`A quote needs 1 to ${this.limits.maxQuoteLength} characters.`);
    }
    const problem = await this.documents.read(planId, (doc) => {
      if (!hasSection(doc, anchor.sectionId)) return "The anchor names a section this plan does not have.";
      const resolved = resolveAnchor(doc, anchor);
      if (!resolved) return "The anchor's positions do not point into that section of this plan.";
      if (resolved.isOrphaned) return "The anchor encloses no text.";
      if (resolved.text !== quote) return "The quote does not match the text between the anchor's positions.";
      if (isSuggestion && !isWithinOneText(doc, anchor)) return "A suggested edit must stay within one paragraph.";
      return null;
    });
    if (problem) throw new BadInputError(problem);
    return { ...anchor, quote };
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

  /** Notifies members newly mentioned in a comment (not the writer); returns their ids. */
  private async notifyMentions(
    writer: User,
    thread: CommentThread,
    comment: Comment,
    alreadyMentioned: readonly string[],
    manager: EntityManager,
  ): Promise<string[]> {
    const emails = mentionedEmails(comment.body).filter((email) => !alreadyMentioned.includes(email));
    const members = await this.repository.membersByEmail(thread.planId, emails, manager);
    const ids = members.map((member) => member.id).filter((id) => id !== writer.id);
    await this.notify(manager, ids, writer, thread, NotificationKind.MENTION, comment.id);
    return ids;
  }

  private notifyDecision(manager: EntityManager, actor: User, thread: CommentThread, kind: NotificationKind): Promise<void> {
    return thread.authorId === actor.id ? Promise.resolve() : this.notify(manager, [thread.authorId], actor, thread, kind, null);
  }

  /** Stores notifications and announces them once the transaction has committed. */
  private async notify(
    manager: EntityManager,
    userIds: readonly string[],
    actor: User,
    thread: CommentThread,
    kind: NotificationKind,
    commentId: string | null,
  ): Promise<void> {
    const rows = userIds.map((userId) => ({ userId, planId: thread.planId, threadId: thread.id, commentId, actorId: actor.id, kind }));
    const stored = await this.repository.insertNotifications(rows, manager);
    const announcements = this.afterCommit.get(manager);
    for (const { userId, id } of stored) {
      announcements?.push(() => this.events.emit("notification", { userId, notificationId: id }));
    }
  }

  /**
   * One transaction; notifications stored in it are announced once it has committed, so a subscriber
   * never reads a notification that is not there yet (or never will be).
   */
  private async transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const announcements: (() => void)[] = [];
    const result = await this.repository.transaction((manager) => {
      this.afterCommit.set(manager, announcements);
      return work(manager);
    });
    for (const announce of announcements) announce();
    return result;
  }

  private announce(thread: CommentThread, kind: ThreadEventKind): void {
    this.events.emit("thread", { planId: thread.planId, threadId: thread.id, kind });
  }
}

export function subjectOf(access: PlanAccessRow, authorId: string | null): CommentSubject {
  return {
    organizationId: access.plan.organizationId,
    role: access.role,
    isArchived: access.plan.status === PlanStatus.ARCHIVED,
    authorId,
  };
}

function anchorOf(thread: CommentThread): AnchorValues | null {
  if (!thread.isAnchored) return null;
  return { sectionId: thread.sectionId!, start: thread.anchorStart!, end: thread.anchorEnd!, quote: thread.quote ?? "" };
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
