/** GraphQL inputs and views of the council, its strategy sessions and its digest. */
import { ArrayMaxSize, IsOptional, IsUUID } from "class-validator";
import { Field, ID, InputType, ObjectType } from "type-graphql";
import { ReviewCoverageState } from "../signoff/signoff-states";
import { User } from "../users/user.entity";
import { CouncilMember, CouncilSeatKind } from "./council-member.entity";

@InputType()
export class SetCouncilMemberInput {
  @Field(() => ID)
  @IsUUID("all", { message: "userId must be a user's id." })
  userId: string;

  @Field(() => CouncilSeatKind)
  kind: CouncilSeatKind;

  @Field(() => String, { nullable: true, description: "The region (regional seats); ignored for CRM / sales ops" })
  @IsOptional()
  region?: string | null;

  @Field({ description: "YYYY-MM-DD" })
  termStart: string;

  @Field(() => String, { nullable: true, description: "YYYY-MM-DD; null while open-ended" })
  @IsOptional()
  termEnd?: string | null;
}

@InputType()
export class SetCouncilMemberAwayInput {
  @Field(() => ID)
  @IsUUID("all", { message: "memberId must be a council member's id." })
  memberId: string;

  @Field(() => String, { nullable: true, description: "YYYY-MM-DD; null: back" })
  @IsOptional()
  awayUntil?: string | null;
}

@InputType()
export class RecordStrategySessionInput {
  @Field(() => ID)
  @IsUUID("all", { message: "planId must be a plan's id." })
  planId: string;

  @Field({ description: "YYYY-MM-DD" })
  heldOn: string;

  @Field()
  notes: string;

  @Field(() => [String], { description: "Sections the notes bear on" })
  @ArrayMaxSize(50, { message: "Link at most 50 sections." })
  sectionIds: string[];
}

@ObjectType({ description: "A tactic a council member reviews in this plan" })
export class CouncilTacticView {
  @Field() sectionId: string;
  @Field() title: string;
  @Field(() => ReviewCoverageState) state: ReviewCoverageState;
}

@ObjectType({ description: "A council member as one plan sees them" })
export class PlanCouncilSeatView {
  @Field(() => CouncilMember) member: CouncilMember;
  @Field(() => [CouncilTacticView]) tactics: CouncilTacticView[];
}

@ObjectType({ description: "One thing that changed through the council" })
export class DigestEntryView {
  @Field() section: string;
  @Field() text: string;
  @Field(() => [ID]) creditedUserIds: string[];
  @Field() at: Date;
}

@ObjectType({ description: "What the council recommended and what changed, for one two-week period" })
export class CouncilDigestView {
  @Field(() => ID) planId: string;
  @Field({ description: "The period's first day (YYYY-MM-DD): the digest's key" }) periodKey: string;
  @Field() periodStart: Date;
  @Field() periodEnd: Date;
  @Field(() => [DigestEntryView]) entries: DigestEntryView[];
  @Field(() => [User], { description: "Everyone credited, by name" }) contributors: User[];
  @Field({ description: "Email-ready HTML" }) html: string;
  @Field() text: string;
  @Field(() => Date, { nullable: true, description: "When this period's digest was mailed" }) sentAt: Date | null;
}
