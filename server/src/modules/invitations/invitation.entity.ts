import { Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, OneToMany, PrimaryColumn, PrimaryGeneratedColumn } from "typeorm";
import { PlanRole } from "../../policies/plan-role";
import { Plan } from "../plans/plan.entity";

/**
 * An invitation by link: the person named opens it, chooses their own name and password, and joins the
 * organisation and the plans it names. Single use; only the SHA-256 of its token is stored.
 */
@ObjectType()
@Entity("invitations")
export class Invitation {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "organization_id", type: "uuid" })
  organizationId: string;

  @Field()
  @Column({ type: "text" })
  email: string;

  @Field({ description: "The name the admin wrote; the invitee may change it when accepting" })
  @Column({ type: "text" })
  name: string;

  @Field(() => String, { nullable: true })
  @Column({ name: "job_title", type: "text", nullable: true })
  jobTitle: string | null;

  @Field()
  @Column({ name: "is_admin", type: "boolean", default: false })
  isAdmin: boolean;

  @Column({ name: "invited_by_id", type: "uuid" })
  invitedById: string;

  @Column({ name: "token_hash", type: "text" })
  tokenHash: string;

  @Field()
  @Column({ name: "expires_at", type: "timestamptz" })
  expiresAt: Date;

  @Field({ description: "When the link was last mailed or handed out (re-sending renews it)" })
  @Column({ name: "sent_at", type: "timestamptz" })
  sentAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: "accepted_at", type: "timestamptz", nullable: true })
  acceptedAt: Date | null;

  @Column({ name: "accepted_user_id", type: "uuid", nullable: true })
  acceptedUserId: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: "revoked_at", type: "timestamptz", nullable: true })
  revokedAt: Date | null;

  @Field()
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @Field(() => [InvitationPlan], { description: "Plans the person joins on accepting, with their role in each" })
  @OneToMany(() => InvitationPlan, (plan) => plan.invitation, { cascade: ["insert"] })
  plans: InvitationPlan[];
}

/** A plan an invitation names, and the role the invitee gets in it. */
@ObjectType()
@Entity("invitation_plans")
export class InvitationPlan {
  @PrimaryColumn({ name: "invitation_id", type: "uuid" })
  invitationId: string;

  @Field(() => ID)
  @PrimaryColumn({ name: "plan_id", type: "uuid" })
  planId: string;

  @Field(() => PlanRole)
  @Column({ type: "text" })
  role: PlanRole;

  @ManyToOne(() => Invitation, (invitation) => invitation.plans, { onDelete: "CASCADE" })
  @JoinColumn({ name: "invitation_id" })
  invitation?: Invitation;

  @ManyToOne(() => Plan, { onDelete: "CASCADE" })
  @JoinColumn({ name: "plan_id" })
  plan?: Plan;

  @Field({ description: "The plan's title" })
  get planTitle(): string {
    return this.plan?.title ?? "";
  }
}
