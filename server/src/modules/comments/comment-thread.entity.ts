import { Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";
import { SuggestionStatus, ThreadStatus } from "./comment-enums";

/**
 * A conversation about a plan: on a range of one section's text (anchor) or on the plan as a whole.
 * The anchor is two encoded Y.RelativePositions plus the quote, so it follows concurrent edits and,
 * when the text is deleted, the quote still says what it was about. It may carry a suggested
 * replacement for the anchored text, accepted or rejected by an editor. A thread may instead be about
 * one criterion of the plan's lead definition (`criterionId`).
 */
@ObjectType("Thread", { simpleResolvers: true, description: "A comment thread on a plan, optionally anchored to text and carrying a suggested edit" })
@Entity("comment_threads")
export class CommentThread {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "plan_id", type: "uuid" })
  planId: string;

  @Column({ name: "author_id", type: "uuid" })
  authorId: string;

  @Field(() => ID, { nullable: true, description: "The lead-definition criterion the thread is about; null when it is not about one (or the criterion was deleted)" })
  @Column({ name: "criterion_id", type: "uuid", nullable: true })
  criterionId: string | null;

  @Field(() => String, { nullable: true, description: "The anchored section; null for a plan-level thread" })
  @Column({ name: "section_id", type: "text", nullable: true })
  sectionId: string | null;

  /** base64 Y.RelativePosition before the quote's first character. */
  @Column({ name: "anchor_start", type: "text", nullable: true })
  anchorStart: string | null;

  /** base64 Y.RelativePosition after the quote's last character. */
  @Column({ name: "anchor_end", type: "text", nullable: true })
  anchorEnd: string | null;

  @Field(() => String, { nullable: true, description: "The anchored text when the thread was opened; kept when the text is deleted" })
  @Column({ type: "text", nullable: true })
  quote: string | null;

  @Field(() => String, { nullable: true, description: "Suggested replacement for the anchored text" })
  @Column({ type: "text", nullable: true })
  suggestion: string | null;

  @Field(() => SuggestionStatus, { nullable: true, description: "null when the thread carries no suggestion" })
  @Column({ name: "suggestion_status", type: "text", nullable: true })
  suggestionStatus: SuggestionStatus | null;

  /** Who accepted or rejected the suggestion, and when. */
  @Column({ name: "suggestion_decided_by_id", type: "uuid", nullable: true })
  suggestionDecidedById: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: "suggestion_decided_at", type: "timestamptz", nullable: true })
  suggestionDecidedAt: Date | null;

  @Field(() => String, { nullable: true, description: "Why the suggestion was rejected" })
  @Column({ name: "rejection_reason", type: "text", nullable: true })
  rejectionReason: string | null;

  @Field(() => ThreadStatus)
  @Column({ type: "text", default: ThreadStatus.OPEN })
  status: ThreadStatus;

  @Column({ name: "resolved_by_id", type: "uuid", nullable: true })
  resolvedById: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: "resolved_at", type: "timestamptz", nullable: true })
  resolvedAt: Date | null;

  @Field()
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt: Date;

  get isAnchored(): boolean {
    return this.sectionId !== null && this.anchorStart !== null && this.anchorEnd !== null;
  }
}
