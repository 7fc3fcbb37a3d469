import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { LeadCriterionKind, LeadCriterionOperator } from "./lead-enums";

/** One line of the rubric: when the lead's attribute matches, the lead earns (or loses) the points. */
@ObjectType()
@Entity("lead_criteria")
export class LeadCriterion {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "plan_id", type: "uuid" })
  planId: string;

  @Column({ type: "integer" })
  position: number;

  @Field(() => LeadCriterionKind)
  @Column({ type: "text" })
  kind: LeadCriterionKind;

  @Field()
  @Column({ type: "text" })
  label: string;

  @Field({ description: "The lead attribute it reads: industry, employees, role, demoRequested..." })
  @Column({ type: "text" })
  attribute: string;

  @Field(() => LeadCriterionOperator)
  @Column({ type: "text" })
  operator: LeadCriterionOperator;

  @Field(() => [String])
  @Column({ type: "jsonb", default: () => "'[]'" })
  values: string[];

  @Field(() => Int)
  @Column({ type: "integer" })
  points: number;
}
