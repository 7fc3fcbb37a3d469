import { Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from "typeorm";
import { NotificationKind } from "./comment-enums";

/** An in-app notice to one user about something another user did in a thread. */
@ObjectType()
@Entity("notifications")
export class Notification {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "user_id", type: "uuid" })
  userId: string;

  @Column({ name: "plan_id", type: "uuid" })
  planId: string;

  /** The thread it is about; null for a notice about a feedback session or about the plan itself (a published lead definition). */
  @Column({ name: "thread_id", type: "uuid", nullable: true })
  threadId: string | null;

  /** The feedback session whose agenda was sent (FEEDBACK_AGENDA). */
  @Field(() => ID, { nullable: true })
  @Column({ name: "feedback_session_id", type: "uuid", nullable: true })
  feedbackSessionId: string | null;

  @Column({ name: "comment_id", type: "uuid", nullable: true })
  commentId: string | null;

  @Column({ name: "actor_id", type: "uuid" })
  actorId: string;

  @Field(() => NotificationKind)
  @Column({ type: "text" })
  kind: NotificationKind;

  @Field()
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: "read_at", type: "timestamptz", nullable: true })
  readAt: Date | null;

  @Field()
  get isRead(): boolean {
    return this.readAt !== null;
  }
}
