import { ArrayMaxSize, ArrayMinSize, IsOptional, IsUUID, Length, MaxLength } from "class-validator";
import { Field, ID, InputType, ObjectType } from "type-graphql";
import { PlanVersion } from "../versions/plan-version.entity";
import { ReviewCoverageState, TacticReviewState } from "./signoff-states";
import { TacticReview } from "./tactic-review.entity";

@InputType({ description: "An approver who signs only some sections" })
export class SectionApproverInput {
  @Field(() => ID)
  @IsUUID()
  approverId: string;

  @Field(() => [ID])
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  sectionIds: string[];
}

@InputType()
export class RequestSignoffInput {
  @Field(() => ID)
  @IsUUID()
  versionId: string;

  @Field(() => [ID], { description: "Approvers who sign the whole plan" })
  @ArrayMaxSize(50)
  @IsUUID("all", { each: true })
  approverIds: string[];

  @Field(() => [SectionApproverInput], { nullable: true, description: "Approvers who sign only the sections named" })
  @IsOptional()
  @ArrayMaxSize(50)
  sectionApprovers?: SectionApproverInput[] | null;
}

@InputType()
export class ApproveVersionInput {
  @Field(() => ID)
  @IsUUID()
  versionId: string;
}

@InputType()
export class RequestChangesInput {
  @Field(() => ID)
  @IsUUID()
  versionId: string;

  @Field()
  @Length(1, 2000)
  comment: string;
}

@InputType()
export class ReviewTacticInput {
  @Field(() => ID)
  @IsUUID()
  versionId: string;

  @Field(() => ID)
  @Length(1, 100)
  sectionId: string;

  @Field(() => TacticReviewState)
  state: TacticReviewState;

  @Field(() => String, { nullable: true, description: "Required when changes are needed" })
  @IsOptional()
  @MaxLength(2000)
  comment?: string | null;
}

@ObjectType()
export class ReviewCoverageEntry {
  @Field(() => ID)
  sectionId: string;

  @Field()
  title: string;

  reviewerId: string | null;

  @Field(() => ReviewCoverageState)
  state: ReviewCoverageState;

  @Field(() => TacticReview, { nullable: true, description: "The assigned reviewer's latest review" })
  review: TacticReview | null;
}

@ObjectType({ description: "Which tactics are reviewed for the version under review, which wait, which went stale" })
export class ReviewCoverage {
  @Field(() => PlanVersion, { nullable: true, description: "The submitted version, else the newest; null before the first version" })
  version: PlanVersion | null;

  @Field(() => [ReviewCoverageEntry])
  sections: ReviewCoverageEntry[];
}
