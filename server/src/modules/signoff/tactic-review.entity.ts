import { Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from "typeorm";
import { TacticReviewState } from "./signoff-states";

/** A council member's review of one tactic section as it reads in one version (its hash). */
@ObjectType()
@Entity("tactic_reviews")
export class TacticReview {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "plan_id", type: "uuid" })
  planId: string;

  @Field(() => ID)
  @Column({ name: "section_id", type: "text" })
  sectionId: string;

  @Column({ name: "version_id", type: "uuid" })
  versionId: string;

  @Column({ name: "reviewer_id", type: "uuid" })
  reviewerId: string;

  @Field(() => TacticReviewState)
  @Column({ type: "text" })
  state: TacticReviewState;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  comment: string | null;

  @Field()
  @Column({ name: "section_hash", type: "text" })
  sectionHash: string;

  @Field()
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
