import { ArrayMaxSize, IsEmail, IsOptional, IsUUID, Length, Matches, MaxLength, ValidateNested } from "class-validator";
import { Field, ID, InputType, ObjectType, registerEnumType } from "type-graphql";
import { PlanRole } from "../../policies/plan-role";
import { IsNewPassword } from "../auth/account.types";
import { User } from "../users/user.entity";
import { Invitation } from "./invitation.entity";
import { InvitationStatus } from "./invitation.service";

registerEnumType(InvitationStatus, { name: "InvitationStatus", description: "Where an invitation stands" });

const NAME_MESSAGE = "A name needs at least one character that is not a space.";

@InputType({ description: "A plan the invited person joins, and their role in it" })
export class InvitePlanInput {
  @Field(() => ID)
  @IsUUID("all", { message: "Choose a plan from the list." })
  planId: string;

  @Field(() => PlanRole)
  role: PlanRole;
}

@InputType()
export class InviteUserInput {
  @Field()
  @IsEmail({}, { message: "Enter a valid email address." })
  @MaxLength(254)
  email: string;

  @Field()
  @Length(1, 120)
  @Matches(/\S/, { message: NAME_MESSAGE })
  name: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(0, 120)
  jobTitle?: string;

  @Field({ defaultValue: false })
  isAdmin: boolean;

  @Field(() => [InvitePlanInput], { defaultValue: [], description: "Plans to join on accepting" })
  @ArrayMaxSize(20, { message: "An invitation names at most 20 plans." })
  @ValidateNested({ each: true })
  plans: InvitePlanInput[];
}

@ObjectType()
export class InviteUserPayload {
  @Field(() => Invitation)
  invitation: Invitation;

  @Field(() => String, {
    nullable: true,
    description: "The link to pass on (its last path segment is the token); null when it was mailed (SMTP_URL set)",
  })
  inviteUrl: string | null;

  @Field({ description: "Whether the link went out by mail" })
  emailed: boolean;
}

@ObjectType()
export class InvitationPreviewPlan {
  @Field()
  title: string;

  @Field(() => PlanRole)
  role: PlanRole;
}

/** What the holder of an invitation link sees before accepting. */
@ObjectType()
export class InvitationPreview {
  @Field()
  email: string;

  @Field({ description: "The name the admin wrote, to start from" })
  name: string;

  @Field()
  organizationName: string;

  @Field()
  invitedByName: string;

  @Field(() => [InvitationPreviewPlan])
  plans: InvitationPreviewPlan[];
}

@InputType()
export class AcceptInviteInput {
  @Field({ description: "The last path segment of the invitation link" })
  @Length(1, 200, { message: "This invitation link is not valid." })
  token: string;

  @Field()
  @Length(1, 120, { message: "A name has 1 to 120 characters." })
  @Matches(/\S/, { message: NAME_MESSAGE })
  name: string;

  @Field()
  @IsNewPassword()
  password: string;
}

@ObjectType()
export class AcceptInvitePayload {
  @Field(() => User)
  user: User;

  @Field(() => [ID], { description: "The plans joined, in the order the invitation named them" })
  planIds: string[];
}
