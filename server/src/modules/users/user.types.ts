import { IsOptional, Length, Matches } from "class-validator";
import { Field, InputType } from "type-graphql";

@InputType()
export class UpdateAccountInput {
  @Field()
  @Length(1, 120, { message: "A name has 1 to 120 characters." })
  @Matches(/\S/, { message: "A name needs at least one character that is not a space." })
  name: string;

  @Field(() => String, { nullable: true, description: "What colleagues know me as; blank clears it" })
  @IsOptional()
  @Length(0, 120, { message: "A job title has at most 120 characters." })
  jobTitle?: string | null;
}
