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

  /** Null for notices about the plan itself (a published lead definition). */
  @Column({ name: "thread_id", type: "uuid", nullable: true })
  threadId: string | null;

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
