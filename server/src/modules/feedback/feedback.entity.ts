/** The rows of feedback calls: a series per plan, its sessions, who attends, the agenda and the action items. */
import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";
import { AgendaItemKind, FeedbackCadence, ParticipantKind } from "./feedback-enums";

/** How a plan's feedback call recurs and who is always on it. */
@ObjectType()
@Entity("feedback_series")
export class FeedbackSeries {
  @Field(() => ID)
  @PrimaryColumn({ name: "plan_id", type: "uuid" })
  planId: string;

  @Field(() => FeedbackCadence)
  @Column({ type: "text" })
  cadence: FeedbackCadence;

  @Field(() => Int, { description: "Regional managers the rotation brings to each call" })
  @Column({ name: "managers_per_session", type: "integer" })
  managersPerSession: number;

  /** Marketing and inside sales / teleprospecting: on every call. */
  @Column({ name: "standing_participant_ids", type: "uuid", array: true, default: () => "'{}'" })
  standingParticipantIds: string[];

  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt: Date;
}

@ObjectType()
@Entity("feedback_sessions")
export class FeedbackSession {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "plan_id", type: "uuid" })
  planId: string;

  @Field()
  @Column({ name: "scheduled_at", type: "timestamptz" })
  scheduledAt: Date;

  @Field({ description: "Notes taken during the call" })
  @Column({ type: "text", default: "" })
  notes: string;

  @Column({ name: "created_by", type: "uuid" })
  createdBy: string;

  @Field()
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}

@Entity("feedback_participants")
export class FeedbackParticipant {
  @PrimaryColumn({ name: "session_id", type: "uuid" })
  sessionId: string;

  @PrimaryColumn({ name: "user_id", type: "uuid" })
  userId: string;

  @Column({ type: "text" })
  kind: ParticipantKind;

  /** The region a rotating manager brought to the call. */
  @Column({ type: "text", nullable: true })
  region: string | null;
}

@ObjectType()
@Entity("agenda_items")
export class AgendaItem {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "session_id", type: "uuid" })
  sessionId: string;

  @Field(() => Int)
  @Column({ type: "integer" })
  position: number;

  @Field(() => AgendaItemKind)
  @Column({ type: "text" })
  kind: AgendaItemKind;

  @Field()
  @Column({ type: "text" })
  title: string;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  detail: string | null;

  @Field(() => ID, { nullable: true, description: "The open thread this item is about" })
  @Column({ name: "thread_id", type: "uuid", nullable: true })
  threadId: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: "section_id", type: "text", nullable: true })
  sectionId: string | null;

  /** Who added it by hand; null for generated items. */
  @Column({ name: "added_by", type: "uuid", nullable: true })
  addedBy: string | null;
}

@ObjectType()
@Entity("action_items")
export class ActionItem {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => ID)
  @Column({ name: "session_id", type: "uuid" })
  sessionId: string;

  @Column({ name: "plan_id", type: "uuid" })
  planId: string;

  @Field()
  @Column({ type: "text" })
  title: string;

  @Column({ name: "owner_id", type: "uuid" })
  ownerId: string;

  @Field({ description: "YYYY-MM-DD" })
  @Column({ name: "due_on", type: "date" })
  dueOn: string;

  @Field(() => ID, { nullable: true, description: "Closing the item resolves this thread" })
  @Column({ name: "thread_id", type: "uuid", nullable: true })
  threadId: string | null;

  @Field()
  @Column({ name: "is_done", type: "boolean", default: false })
  isDone: boolean;

  @Column({ name: "closed_by", type: "uuid", nullable: true })
  closedBy: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: "closed_at", type: "timestamptz", nullable: true })
  closedAt: Date | null;

  @Column({ name: "created_by", type: "uuid" })
  createdBy: string;

  @Field()
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
