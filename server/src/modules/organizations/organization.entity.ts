import { Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from "typeorm";
import { PlanCreation } from "../../policies/plan-creation";

/** A customer company: users and plans belong to exactly one. */
@ObjectType()
@Entity("organizations")
export class Organization {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field()
  @Column({ type: "text" })
  name: string;

  @Field(() => PlanCreation, { description: "Who may start plans: everyone, admins, or admins and the people named" })
  @Column({ name: "plan_creation", type: "text", default: PlanCreation.EVERYONE })
  planCreation: PlanCreation;
  /** IANA name; campaign dates and "today" on the campaign calendar are read in it. */
  @Field()
  @Column({ name: "time_zone", type: "text", default: "UTC" })
  timeZone: string;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
