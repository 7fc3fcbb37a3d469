/**
 * Who hears about a change: notifications stored with the change (mentions, replies to my thread,
 * resolutions, decisions on my suggestion) and live events. Both are announced only after the
 * transaction that wrote them has committed, so a subscriber never reads a row that is not there yet
 * (or never will be).
 */
import type { EntityManager } from "typeorm";
import type { User } from "../users/user.entity";
import { NotificationKind, type ThreadEventKind } from "./comment-enums";
import type { CommentEvents } from "./comment-events";
import type { Comment } from "./comment.entity";
import type { CommentThread } from "./comment-thread.entity";
import type { CommentsRepository } from "./comments.repository";
import { mentionedEmails } from "./mentions";
import type { Notification } from "./notification.entity";

export class CommentNotifier {
  /** Announcements waiting for their transaction to commit. */
  private readonly afterCommit = new WeakMap<EntityManager, (() => void)[]>();

  constructor(
    private readonly repository: CommentsRepository,
    private readonly events: CommentEvents,
  ) {}

  /** Runs `work` in one transaction and announces what it notified once it has committed. */
  async transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const announcements: (() => void)[] = [];
    const result = await this.repository.transaction((manager) => {
      this.afterCommit.set(manager, announcements);
      return work(manager);
    });
    for (const announce of announcements) announce();
    return result;
  }

  /** Tells subscribers of the plan that the thread changed. */
  announce(thread: CommentThread, kind: ThreadEventKind): void {
    this.events.emit("thread", { planId: thread.planId, threadId: thread.id, kind });
  }

  /** Notifies members newly mentioned in a comment (never its writer); returns their ids. */
  async mentions(manager: EntityManager, writer: User, thread: CommentThread, comment: Comment, alreadyMentioned: readonly string[] = []): Promise<string[]> {
    const emails = mentionedEmails(comment.body).filter((email) => !alreadyMentioned.includes(email));
    const members = await this.repository.membersByEmail(thread.planId, emails, manager);
    const ids = members.map((member) => member.id).filter((id) => id !== writer.id);
    await this.notify(manager, ids, writer, thread, NotificationKind.MENTION, comment.id);
    return ids;
  }

  /** Tells the thread's author what someone else did to it (a reply, a resolution, a decision). */
  async author(manager: EntityManager, actor: User, thread: CommentThread, kind: NotificationKind, commentId: string | null = null): Promise<void> {
    if (thread.authorId !== actor.id) await this.notify(manager, [thread.authorId], actor, thread, kind, commentId);
  }

  /** A notice about the plan itself (no thread), e.g. a published lead definition; announced at once. */
  async aboutPlan(planId: string, actorId: string, userIds: readonly string[], kind: NotificationKind): Promise<void> {
    const rows = userIds.map((userId) => ({ userId, planId, threadId: null, commentId: null, actorId, kind }));
    const stored = await this.repository.insertNotifications(rows);
    for (const { userId, id } of stored) this.events.emit("notification", { userId, notificationId: id });
  }

  private async notify(
    manager: EntityManager,
    userIds: readonly string[],
    actor: User,
    thread: CommentThread,
    kind: NotificationKind,
    commentId: string | null,
  ): Promise<void> {
    const rows = userIds.map((userId) => ({ userId, planId: thread.planId, threadId: thread.id, commentId, actorId: actor.id, kind }));
    await this.store(manager, rows);
  }

  /** Writes notices in the caller's transaction; each is announced to its user after the commit. */
  async store(manager: EntityManager, rows: Partial<Notification>[]): Promise<void> {
    const stored = await this.repository.insertNotifications(rows, manager);
    const announcements = this.afterCommit.get(manager);
    for (const { userId, id } of stored) announcements?.push(() => this.events.emit("notification", { userId, notificationId: id }));
  }
}
