/** GraphQL inputs and views of field insights and polls. */
import { ArrayMaxSize, IsInt, IsOptional, IsUUID, Max, Min } from "class-validator";
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { FieldInsight, FieldPoll, InsightKind, PollRegionResult } from "./insight.entity";

@InputType()
export class LogInsightInput {
  @Field(() => InsightKind) kind: InsightKind;
  @Field() body: string;
  @Field(() => String, { nullable: true }) @IsOptional() region?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() segment?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() product?: string | null;
}

@InputType()
export class InsightFilterInput {
  @Field(() => String, { nullable: true }) @IsOptional() region?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() segment?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() product?: string | null;
  @Field(() => Int, { nullable: true, description: "At most this many, newest first (default 50, at most 200)" })
  @IsOptional()
  @IsInt()
  @Min(1, { message: "Ask for 1 to 200 insights." })
  @Max(200, { message: "Ask for 1 to 200 insights." })
  first?: number | null;
}

@InputType()
export class LinkInsightInput {
  @Field(() => ID) @IsUUID("all", { message: "insightId must be an insight's id." }) insightId: string;
  @Field(() => ID) @IsUUID("all", { message: "planId must be a plan's id." }) planId: string;
  @Field() sectionId: string;
}

@InputType()
export class CreatePollInput {
  @Field(() => ID) @IsUUID("all", { message: "planId must be a plan's id." }) planId: string;
  @Field() question: string;
  @Field(() => [String]) @ArrayMaxSize(6, { message: "A poll has 2 to 6 options." }) options: string[];
}

@InputType()
export class AnswerPollInput {
  @Field(() => ID) @IsUUID("all", { message: "pollId must be a poll's id." }) pollId: string;
  @Field(() => Int) optionIndex: number;
}

@ObjectType({ description: "An insight linked to one of the plan's sections" })
export class SectionInsight {
  @Field() sectionId: string;
  @Field(() => FieldInsight) insight: FieldInsight;
}

@ObjectType({ description: "A quick poll to the field and its results" })
export class PollView extends FieldPoll {
  @Field(() => [PollRegionResult]) results: PollRegionResult[];
  @Field(() => [Int], { description: "Answers per option, every region together" }) totals: number[];
  @Field(() => Int, { nullable: true, description: "My answer" }) myAnswer: number | null;
}
