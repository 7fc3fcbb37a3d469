import { Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryColumn } from "typeorm";
import { PlanRole } from "../../policies/plan-role";

/** Membership: one role per user per plan. Every permission on a plan starts here. */
@ObjectType({ simpleResolvers: true })
@Entity("plan_members")
export class PlanMember {
  @PrimaryColumn({ name: "plan_id", type: "uuid" })
  planId: string;

  @PrimaryColumn({ name: "user_id", type: "uuid" })
  userId: string;

  @Field(() => PlanRole)
  @Column({ type: "text" })
  role: PlanRole;

  @Field()
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  /** GraphQL id of the membership row (plan and user together). */
  // Not simple: the GraphQL name is not the property's.
  @Field(() => ID, { name: "id", simple: false })
  get memberId(): string {
    return `${this.planId}:${this.userId}`;
  }
}
