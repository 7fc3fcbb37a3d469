import { IsEmail, IsEnum, IsOptional, IsUUID, Length, MaxLength } from "class-validator";
import { Field, ID, InputType, ObjectType } from "type-graphql";
import type { PLAN_PERMISSIONS } from "../../policies/permissions";
import { PlanRole } from "../../policies/plan-role";
import { PlanStatus } from "./plan-status";

@InputType()
export class PlanFilterInput {
  @Field({ nullable: true, description: "Only plans I own" })
  mine?: boolean;

  @Field(() => PlanStatus, { nullable: true, description: "Without it, every plan but archived ones" })
  @IsOptional()
  @IsEnum(PlanStatus)
  status?: PlanStatus;
}

@InputType()
export class CreatePlanInput {
  @Field()
  @Length(1, 200, { message: "A plan title needs 1 to 200 characters." })
  title: string;
}

@InputType()
export class RenamePlanInput {
  @Field(() => ID)
  @IsUUID()
  planId: string;

  @Field()
  @Length(1, 200, { message: "A plan title needs 1 to 200 characters." })
  title: string;
}

@InputType()
export class AddPlanMemberInput {
  @Field(() => ID)
  @IsUUID()
  planId: string;

  @Field()
  @IsEmail({}, { message: "Enter a valid email address." })
  @MaxLength(254)
  email: string;

  @Field(() => PlanRole)
  role: PlanRole;
}

@InputType()
export class ChangePlanMemberRoleInput {
  @Field(() => ID)
  @IsUUID()
  planId: string;

  @Field(() => ID)
  @IsUUID()
  userId: string;

  @Field(() => PlanRole)
  role: PlanRole;
}

@InputType()
export class RemovePlanMemberInput {
  @Field(() => ID)
  @IsUUID()
  planId: string;

  @Field(() => ID)
  @IsUUID()
  userId: string;
}

@InputType()
export class AssignSectionReviewerInput {
  @Field(() => ID)
  @IsUUID()
  planId: string;

  @Field(() => ID)
  @Length(1, 100)
  sectionId: string;

  @Field(() => ID, { nullable: true, description: "null clears the reviewer" })
  @IsOptional()
  @IsUUID()
  userId?: string | null;
}

/** A section as stored in the shared document (its text is edited live, not through GraphQL). */
@ObjectType({ simpleResolvers: true })
export class PlanSection {
  @Field(() => ID)
  id: string;

  @Field({ description: "summary, positioning, tactic, lead-scoring, ..." })
  kind: string;

  @Field()
  title: string;

  reviewerId?: string | null;

  /**
   * The plan's organisation. The reviewer id comes from the shared document, which clients write: a
   * user of another organisation is never shown, whatever the document says (defence in depth).
   */
  organizationId: string;
}

/** What the signed-in user may do with a plan, answered by the plan policy (the client asks this, not the role). */
@ObjectType({ simpleResolvers: true })
export class PlanPermissions implements Record<keyof typeof PLAN_PERMISSIONS, boolean> {
  @Field({ description: "Write the shared text" }) editText: boolean;
  @Field() comment: boolean;
  @Field() suggest: boolean;
  @Field() rename: boolean;
  @Field({ description: "Archive, or un-archive an archived plan" }) archive: boolean;
  @Field() manageMembers: boolean;
  @Field() assignReviewer: boolean;
  @Field() cutVersion: boolean;
  @Field() requestSignoff: boolean;
  @Field() approve: boolean;
  @Field({ description: "Mark a tactic reviewed or ask for changes (the assigned reviewer only)" }) reviewTactic: boolean;
  @Field({ description: "Put a version's content back as the draft" }) restore: boolean;
  @Field() viewAudit: boolean;
  @Field({ description: "Download any version, drafts included" }) export: boolean;
  @Field({ description: "Download or present the approved version" }) exportApproved: boolean;
  @Field({ description: "Run the feedback calls: sessions, agenda, notes, action items" }) runFeedback: boolean;
  @Field({ description: "Link a field insight to a section" }) linkInsight: boolean;
  @Field({ description: "Put a quick poll to the field" }) createPoll: boolean;
  @Field({ description: "Send the council digest now" }) sendDigest: boolean;
  @Field({ description: "Draft and publish the lead definition" }) editLeads: boolean;
  @Field({ description: "Co-sign the published lead definition (sales directors)" }) cosignLeads: boolean;
  @Field({ description: "Acknowledge the published lead definition (field reps)" }) acknowledgeLeads: boolean;
  @Field({ description: "Add and change campaigns, sales events and sales focus" }) editCampaigns: boolean;
  @Field({ description: "Accept or question campaign goals (the goal's named sales owner only)" }) decideGoal: boolean;
  @Field({ description: "Replace the calendar feed address, cutting off the old one" }) revokeCalendarFeed: boolean;
}
