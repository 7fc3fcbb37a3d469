/**
 * GraphQL inputs and payloads of comments. Mentions: a comment body mentions a plan member by writing
 * `@` followed by their email address (`@maya@acme.test`); members mentioned get a MENTION notification,
 * anything else after an `@` is plain text.
 */
import { IsBase64, IsOptional, Length, MaxLength, Min, Max, IsInt } from "class-validator";
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { COMMENT_LIMITS } from "@planbridge/plan-schema";
import { SuggestionStatus, ThreadEventKind, ThreadStatus } from "./comment-enums";
import { CommentThread } from "./comment-thread.entity";
import { Notification } from "./notification.entity";

@InputType({ description: "A range of one section's text: see packages/plan-schema/src/anchors.ts" })
export class AnchorInput {
  @Field()
  @Length(1, 100)
  sectionId: string;

  @Field({ description: "base64 of Y.encodeRelativePosition, before the quote's first character" })
  @IsBase64()
  @MaxLength(1000)
  start: string;

  @Field({ description: "base64 of Y.encodeRelativePosition, after the quote's last character" })
  @IsBase64()
  @MaxLength(1000)
  end: string;

  @Field({ description: "The text between start and end" })
  @Length(1, COMMENT_LIMITS.maxQuoteLength, { message: `A quote needs 1 to ${COMMENT_LIMITS.maxQuoteLength} characters.` })
  quote: string;
}

@InputType()
export class CreateThreadInput {
  @Field(() => ID)
  planId: string;

  @Field({ description: "The opening comment" })
  body: string;

  @Field(() => AnchorInput, { nullable: true, description: "Without it, the thread is about the whole plan" })
  @IsOptional()
  anchor?: AnchorInput | null;

  @Field(() => String, { nullable: true, description: "Replacement for the anchored text (needs an anchor)" })
  @IsOptional()
  suggestion?: string | null;

  @Field(() => ID, { nullable: true, description: "A criterion of the plan's lead definition the thread is about (no anchor, no suggestion)" })
  @IsOptional()
  criterionId?: string | null;
}

@InputType()
export class ReplyToThreadInput {
  @Field(() => ID)
  threadId: string;

  @Field()
  body: string;
}

@InputType()
export class EditCommentInput {
  @Field(() => ID)
  commentId: string;

  @Field()
  body: string;
}

@InputType()
export class RejectSuggestionInput {
  @Field(() => ID)
  threadId: string;

  @Field()
  reason: string;
}

@InputType()
export class ThreadFilterInput {
  @Field(() => ThreadStatus, { nullable: true })
  status?: ThreadStatus | null;

  @Field(() => String, { nullable: true })
  sectionId?: string | null;

  @Field(() => ID, { nullable: true, description: "Only threads about this lead-definition criterion" })
  criterionId?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Only threads I opened" })
  mine?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  isOrphaned?: boolean | null;
}

@InputType()
export class NotificationsInput {
  @Field(() => Boolean, { nullable: true })
  unreadOnly?: boolean | null;

  @Field(() => Int, { nullable: true, description: "At most this many, newest first (default 50, at most 200)" })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(200)
  first?: number | null;
}

@ObjectType({ simpleResolvers: true, description: "What I may do with a thread" })
export class ThreadPermissions {
  @Field() reply: boolean;
  @Field() resolve: boolean;
  @Field() reopen: boolean;
  @Field() acceptSuggestion: boolean;
  @Field() rejectSuggestion: boolean;
  @Field({ description: "Edit the opening comment" }) edit: boolean;
  @Field({ description: "Delete the opening comment" }) delete: boolean;
}

@ObjectType({ simpleResolvers: true, description: "What I may do with a comment" })
export class CommentPermissions {
  @Field() edit: boolean;
  @Field() delete: boolean;
}

@ObjectType({ simpleResolvers: true, description: "The thread's anchor as stored, for the client to turn into a highlight" })
export class ThreadAnchor {
  @Field() sectionId: string;
  @Field() start: string;
  @Field() end: string;
  @Field() quote: string;
}

@ObjectType({ description: "Something happened to a thread of the plan" })
export class ThreadEvent {
  @Field(() => ThreadEventKind)
  kind: ThreadEventKind;

  @Field(() => ID)
  planId: string;

  @Field(() => CommentThread)
  thread: CommentThread;
}

@ObjectType({ description: "A new notification for me" })
export class NotificationEvent {
  @Field(() => Notification)
  notification: Notification;

  @Field(() => Int)
  unreadCount: number;
}

export { SuggestionStatus, ThreadStatus };
