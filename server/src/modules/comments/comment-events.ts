/**
 * In-process events of the comments module: the service announces what changed, the live feeds
 * (subscriptions) re-read it. Revocations come from DomainEvents, which other modules emit.
 */
import { EventEmitter } from "node:events";
import type { ThreadEventKind } from "./comment-enums";

export interface CommentEventMap {
  /** A thread was created or changed; subscribers re-read it. */
  thread: [{ planId: string; threadId: string; kind: ThreadEventKind }];
  /** A notification for `userId` was stored (and committed). */
  notification: [{ userId: string; notificationId: string }];
}

export class CommentEvents extends EventEmitter<CommentEventMap> {}
