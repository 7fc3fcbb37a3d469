import { Field, Int, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";

/**
 * A plan's lead definition. `revision` grows with every change; publishing records which revision the
 * field was shown, co-signing and acknowledgements record the revision they agreed to, so any later
 * change makes them stale without touching their rows.
 */
@ObjectType("LeadDefinition")
@Entity("lead_rubrics")
export class LeadRubric {
  @PrimaryColumn({ name: "plan_id", type: "uuid" })
  planId: string;

  @Field(() => Int)
  @Column({ type: "integer", default: 1 })
  revision: number;

  @Field({ description: "What the plan calls a qualified lead" })
  @Column({ name: "qualified_lead_definition", type: "text", default: "" })
  qualifiedLeadDefinition: string;

  @Field({ description: "Who calls which grade (field rep, inside sales / teleprospecting)" })
  @Column({ name: "grading_responsibility", type: "text", default: "" })
  gradingResponsibility: string;

  @Field(() => Int, { description: "Lowest score graded A" })
  @Column({ name: "threshold_a", type: "integer", default: 80 })
  thresholdA: number;

  @Field(() => Int, { description: "Lowest score graded B" })
  @Column({ name: "threshold_b", type: "integer", default: 50 })
  thresholdB: number;

  @Field(() => Int, { description: "Lowest score graded C; below it, not a lead" })
  @Column({ name: "threshold_c", type: "integer", default: 20 })
  thresholdC: number;

  @Field(() => Int, { nullable: true })
  @Column({ name: "published_revision", type: "integer", nullable: true })
  publishedRevision: number | null;

  @Column({ name: "published_by", type: "uuid", nullable: true })
  publishedBy: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: "published_at", type: "timestamptz", nullable: true })
  publishedAt: Date | null;

  @Field(() => Int, { nullable: true })
  @Column({ name: "cosigned_revision", type: "integer", nullable: true })
  cosignedRevision: number | null;

  @Column({ name: "cosigned_by", type: "uuid", nullable: true })
  cosignedBy: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: "cosigned_at", type: "timestamptz", nullable: true })
  cosignedAt: Date | null;

  @Column({ name: "updated_by", type: "uuid", nullable: true })
  updatedBy: string | null;

  @Field()
  @Column({ name: "updated_at", type: "timestamptz", default: () => "now()" })
  updatedAt: Date;
}
