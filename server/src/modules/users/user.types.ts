import { IsEmail, IsOptional, Length, Matches, MaxLength } from "class-validator";
import { Field, InputType, ObjectType } from "type-graphql";
import { User } from "./user.entity";

@InputType()
export class InviteUserInput {
  @Field()
  @IsEmail({}, { message: "Enter a valid email address." })
  @MaxLength(254)
  email: string;

  @Field()
  @Length(1, 120)
  @Matches(/\S/, { message: "A name needs at least one character that is not a space." })
  name: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(0, 120)
  jobTitle?: string;

  @Field({ defaultValue: false })
  isAdmin: boolean;
}

@ObjectType()
export class InviteUserPayload {
  @Field(() => User)
  user: User;

  @Field({ description: "One-time password to pass on to the invited person" })
  temporaryPassword: string;
}
