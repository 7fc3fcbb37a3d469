import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription } from "type-graphql";
import { refreshLoaders, requireUser, type Context } from "../../graphql/context";
import { User } from "../users/user.entity";
import type { NotificationEventPayload } from "./comment-feed";
import { subscriberOf } from "./comments.resolver";
import { Comment } from "./comment.entity";
import { CommentThread } from "./comment-thread.entity";
import { NotificationEvent, NotificationsInput } from "./comment.types";
import { Notification } from "./notification.entity";

@Resolver(() => Notification)
export class NotificationResolver {
  @Query(() => [Notification], { description: "My notifications, newest first" })
  notifications(
    @Arg("input", () => NotificationsInput, { nullable: true }) input: NotificationsInput | null,
    @Ctx() context: Context,
  ): Promise<Notification[]> {
    return context.services.comments.notifications(requireUser(context), input ?? {});
  }

  @Query(() => Int)
  unreadNotificationCount(@Ctx() context: Context): Promise<number> {
    return context.services.comments.unreadCount(requireUser(context));
  }

  @Mutation(() => Int, { description: "Marks these notifications of mine read (all unread ones without ids); returns how many changed" })
  markNotificationsRead(@Arg("ids", () => [ID], { nullable: true }) ids: string[] | null, @Ctx() context: Context): Promise<number> {
    return context.services.comments.markNotificationsRead(requireUser(context), ids);
  }

  @Subscription(() => NotificationEvent, {
    description: "My new notifications as they happen",
    subscribe: ({ context }) => (context as Context).services.commentFeed.notificationEvents(subscriberOf(context as Context)),
  })
  notificationEvents(@Root() payload: NotificationEventPayload, @Ctx() context: Context): NotificationEventPayload {
    refreshLoaders(context);
    return payload;
  }

  @FieldResolver(() => CommentThread, { nullable: true, description: "null for notices about a feedback session or the plan itself" })
  async thread(@Root() notification: Notification, @Ctx() context: Context): Promise<CommentThread | null> {
    return notification.threadId ? context.commentLoaders.thread.load(notification.threadId) : null;
  }

  @FieldResolver(() => Comment, { nullable: true })
  async comment(@Root() notification: Notification, @Ctx() context: Context): Promise<Comment | null> {
    if (!notification.commentId || !notification.threadId) return null;
    const comments = await context.commentLoaders.commentsOfThread.load(notification.threadId);
    return comments.find((comment) => comment.id === notification.commentId) ?? null;
  }

  @FieldResolver(() => User, { description: "Who did it" })
  async actor(@Root() notification: Notification, @Ctx() context: Context): Promise<User> {
    return (await context.loaders.user.load(notification.actorId))!;
  }

  @FieldResolver(() => ID)
  planId(@Root() notification: Notification): string {
    return notification.planId;
  }
}
