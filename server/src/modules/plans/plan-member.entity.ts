import { Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryColumn } from "typeorm";
import { PlanRole } from "../../policies/plan-role";

/** Membership: one role per user per plan. Every permission on a plan starts here. */
@ObjectType()
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
  @Field(() => ID, { name: "id" })
  get memberId(): string {
    return `${this.planId}:${this.userId}`;
  }
}
