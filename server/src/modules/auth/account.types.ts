import { IsEmail, Length, MaxLength } from "class-validator";
import { Field, InputType, Int, ObjectType } from "type-graphql";

export const NEW_PASSWORD_MIN = 8;
export const NEW_PASSWORD_MAX = 200;

/** The rule every password a person chooses follows (change, reset, invitation). */
export function IsNewPassword(): PropertyDecorator {
  return Length(NEW_PASSWORD_MIN, NEW_PASSWORD_MAX, {
    message: `A password needs at least ${NEW_PASSWORD_MIN} characters (and at most ${NEW_PASSWORD_MAX}).`,
  });
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @Length(1, NEW_PASSWORD_MAX, { message: "Enter your current password." })
  currentPassword: string;

  @Field()
  @IsNewPassword()
  newPassword: string;
}

@ObjectType()
export class ChangePasswordPayload {
  @Field(() => Int, { description: "How many other signed-in browsers were signed out" })
  endedSessions: number;
}

@InputType()
export class RequestPasswordResetInput {
  @Field()
  @IsEmail({}, { message: "Enter a valid email address." })
  @MaxLength(254)
  email: string;
}

@InputType()
export class ResetPasswordInput {
  @Field({ description: "The last path segment of the reset link" })
  @Length(1, 200, { message: "This reset link is not valid." })
  token: string;

  @Field()
  @IsNewPassword()
  newPassword: string;
}
