/**
 * Live feeds behind the subscriptions. Each event re-checks that the subscriber may still see the plan
 * (membership read again), and a feed ends as soon as its session is revoked, its user deactivated or
 * removed from the plan: the same DomainEvents that close collaboration sockets.
 */
import { Repeater } from "@repeaterjs/repeater";
import type { DomainEventMap, DomainEvents } from "../../events/domain-events";
import type { CommentEventMap, CommentEvents } from "./comment-events";
import type { User } from "../users/user.entity";
import type { ThreadEventKind } from "./comment-enums";
import type { CommentThread } from "./comment-thread.entity";
import type { CommentsService } from "./comments.service";
import type { Notification } from "./notification.entity";

export interface ThreadEventPayload {
  kind: ThreadEventKind;
  planId: string;
  thread: CommentThread;
}

export interface NotificationEventPayload {
  notification: Notification;
  unreadCount: number;
}

export interface Subscriber {
  user: User;
  sessionId: string;
}

export class CommentFeed {
  constructor(
    private readonly comments: CommentsService,
    private readonly commentEvents: CommentEvents,
    private readonly domainEvents: DomainEvents,
  ) {}

  /** Thread events of one plan; throws NOT_FOUND / FORBIDDEN at once if the plan is not visible. */
  async threadEvents(subscriber: Subscriber, planId: string): Promise<AsyncIterableIterator<ThreadEventPayload>> {
    const { user } = subscriber;
    await this.comments.authorizePlan(user, planId, "thread.view");
    return this.feed<ThreadEventPayload, "thread">(subscriber, "thread", planId, async (event, stop) => {
      if (event.planId !== planId) return null;
      const thread = await this.comments.visibleThread(user, event.threadId);
      if (!thread) {
        stop(); // the plan is no longer visible to this user
        return null;
      }
      return { kind: event.kind, planId, thread };
    });
  }

  /** My new notifications, with the unread count after each. */
  notificationEvents(subscriber: Subscriber): AsyncIterableIterator<NotificationEventPayload> {
    return this.feed<NotificationEventPayload, "notification">(subscriber, "notification", null, async (event) => {
      if (event.userId !== subscriber.user.id) return null;
      const notification = await this.comments.findNotification(event.notificationId);
      // Re-checked per event: a notice about a plan the user has since left is not delivered.
      if (!notification || !(await this.comments.isNotificationVisible(subscriber.user, notification))) return null;
      return { notification, unreadCount: await this.comments.unreadCount(subscriber.user) };
    });
  }

  /**
   * Turns one kind of comment event into an async iterator: events are mapped one after another (in
   * the order they happened), and revocation of the subscriber ends it.
   */
  private feed<T, K extends keyof CommentEventMap>(
    { user, sessionId }: Subscriber,
    name: K,
    planId: string | null,
    map: (event: CommentEventMap[K][0], stop: () => void) => Promise<T | null>,
  ): AsyncIterableIterator<T> {
    const { commentEvents, domainEvents } = this;
    return new Repeater<T>(async (push, stop) => {
      let queue = Promise.resolve();
      const onEvent = ((event: CommentEventMap[K][0]) => {
        queue = queue
          .then(async () => {
            const payload = await map(event, () => stop());
            if (payload) await push(payload);
          })
          .catch((error: unknown) => stop(error));
      }) as (...args: CommentEventMap[K]) => void;
      const onRemoved = (event: DomainEventMap["membership.removed"][0]) => {
        if (event.userId === user.id && event.planId === planId) stop();
      };
      const onRevoked = (event: DomainEventMap["session.revoked"][0]) => {
        if (event.sessionId === sessionId) stop();
      };
      const onDeactivated = (event: DomainEventMap["user.deactivated"][0]) => {
        if (event.userId === user.id) stop();
      };
      commentEvents.on(name, onEvent as never);
      // Removal from a plan ends that plan's feed; notifications are the user's, not the plan's.
      domainEvents.on("membership.removed", onRemoved);
      domainEvents.on("session.revoked", onRevoked);
      domainEvents.on("user.deactivated", onDeactivated);
      await stop;
      commentEvents.off(name, onEvent as never);
      domainEvents.off("membership.removed", onRemoved);
      domainEvents.off("session.revoked", onRevoked);
      domainEvents.off("user.deactivated", onDeactivated);
    });
  }
}
