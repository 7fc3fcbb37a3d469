/** What the field sees in the market, where marketing linked it into plans, and quick polls to the field. */
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from "typeorm";

export enum InsightKind {
  PAIN_POINT = "PAIN_POINT",
  COMPETITOR_MOVE = "COMPETITOR_MOVE",
  MICRO_TREND = "MICRO_TREND",
  /** Who decides in a buying group. */
  BUYING_GROUP = "BUYING_GROUP",
}
registerEnumType(InsightKind, { name: "InsightKind" });

@ObjectType()
@Entity("field_insights")
export class FieldInsight {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "organization_id", type: "uuid" })
  organizationId: string;

  @Column({ name: "author_id", type: "uuid" })
  authorId: string;

  @Field(() => InsightKind)
  @Column({ type: "text" })
  kind: InsightKind;

  @Field()
  @Column({ type: "text" })
  body: string;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  region: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  segment: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  product: string | null;

  @Field()
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}

@Entity("insight_links")
export class InsightLink {
  @PrimaryColumn({ name: "plan_id", type: "uuid" })
  planId: string;

  @PrimaryColumn({ name: "section_id", type: "text" })
  sectionId: string;

  @PrimaryColumn({ name: "insight_id", type: "uuid" })
  insightId: string;

  @Column({ name: "linked_by", type: "uuid" })
  linkedBy: string;

  @CreateDateColumn({ name: "linked_at", type: "timestamptz" })
  linkedAt: Date;
}

@ObjectType()
@Entity("field_polls")
export class FieldPoll {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "plan_id", type: "uuid" })
  planId: string;

  @Field()
  @Column({ type: "text" })
  question: string;

  @Field(() => [String])
  @Column({ type: "text", array: true })
  options: string[];

  @Column({ name: "created_by", type: "uuid" })
  createdBy: string;

  @Field()
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}

@Entity("poll_answers")
export class PollAnswer {
  @PrimaryColumn({ name: "poll_id", type: "uuid" })
  pollId: string;

  @PrimaryColumn({ name: "user_id", type: "uuid" })
  userId: string;

  @Column({ name: "option_index", type: "integer" })
  optionIndex: number;

  /** The answerer's council region, or "Other" for the rest of the field. */
  @Column({ type: "text" })
  region: string;

  @CreateDateColumn({ name: "answered_at", type: "timestamptz" })
  answeredAt: Date;
}

@ObjectType({ description: "How one region answered a poll" })
export class PollRegionResult {
  @Field() region: string;
  @Field(() => [Int], { description: "Answers per option, in the poll's option order" }) counts: number[];
}
