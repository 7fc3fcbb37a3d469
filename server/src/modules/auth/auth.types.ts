import { IsEmail, Length, MaxLength } from "class-validator";
import { Field, InputType, ObjectType } from "type-graphql";
import type { ORGANIZATION_PERMISSIONS } from "../../policies/permissions";
import { User } from "../users/user.entity";

@InputType()
export class LoginInput {
  @Field()
  @IsEmail({}, { message: "Enter a valid email address." })
  @MaxLength(254)
  email: string;

  @Field()
  @Length(1, 200)
  password: string;
}

@ObjectType()
export class LoginPayload {
  @Field(() => User)
  user: User;
}

/** What the signed-in user may do in their organisation, answered by the organisation policy. */
@ObjectType()
export class OrganizationPermissions implements Record<keyof typeof ORGANIZATION_PERMISSIONS, boolean> {
  @Field({ description: "Invite, deactivate and reactivate people" }) manageUsers: boolean;
  @Field({ description: "Start a new plan (the organisation's plan-creation setting)" }) createPlan: boolean;
  @Field({ description: "Change organisation settings such as who may start plans" }) manageSettings: boolean;
}

/** The signed-in user: a `User` that also says what it may do (ask `can` rather than `isAdmin`). */
@ObjectType()
export class Me extends User {}
