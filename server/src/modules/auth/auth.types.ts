import { IsEmail, Length, MaxLength } from "class-validator";
import { Field, InputType, ObjectType } from "type-graphql";
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
