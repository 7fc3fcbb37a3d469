/** GraphQL inputs and views of feedback calls. */
import { ArrayMaxSize, IsInt, IsOptional, IsUUID, Max, Min } from "class-validator";
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { DateTimeScalar } from "../../graphql/date-time";
import { FeedbackCadence, ParticipantKind } from "./feedback-enums";

@InputType()
export class CreateFeedbackSessionInput {
  @Field(() => ID)
  @IsUUID("all", { message: "planId must be a plan's id." })
  planId: string;

  @Field(() => DateTimeScalar)
  scheduledAt: Date;

  @Field(() => [ID], { nullable: true, description: "Overrides the rotation: exactly these regional managers come" })
  @IsOptional()
  @ArrayMaxSize(10, { message: "At most 10 regional managers come to one call." })
  @IsUUID("all", { each: true, message: "managerIds must be user ids." })
  managerIds?: string[] | null;
}

@InputType()
export class SetFeedbackSeriesInput {
  @Field(() => ID)
  @IsUUID("all", { message: "planId must be a plan's id." })
  planId: string;

  @Field(() => FeedbackCadence)
  cadence: FeedbackCadence;

  @Field(() => Int)
  @IsInt()
  @Min(1, { message: "At least one regional manager comes to each call." })
  @Max(10, { message: "At most 10 regional managers come to each call." })
  managersPerSession: number;

  @Field(() => [ID], { description: "Marketing and inside sales / teleprospecting: on every call" })
  @ArrayMaxSize(30, { message: "A call has at most 30 standing participants." })
  @IsUUID("all", { each: true, message: "standingParticipantIds must be user ids." })
  standingParticipantIds: string[];
}

@InputType()
export class AddAgendaItemInput {
  @Field(() => ID)
  @IsUUID("all", { message: "sessionId must be a feedback session's id." })
  sessionId: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  detail?: string | null;
}

@InputType()
export class UpdateSessionNotesInput {
  @Field(() => ID)
  @IsUUID("all", { message: "sessionId must be a feedback session's id." })
  sessionId: string;

  @Field()
  notes: string;
}

@InputType()
export class AddActionItemInput {
  @Field(() => ID)
  @IsUUID("all", { message: "sessionId must be a feedback session's id." })
  sessionId: string;

  @Field()
  title: string;

  @Field(() => ID)
  @IsUUID("all", { message: "ownerId must be a user's id." })
  ownerId: string;

  @Field({ description: "YYYY-MM-DD" })
  dueOn: string;

  @Field(() => ID, { nullable: true, description: "The thread that closing the item resolves" })
  @IsOptional()
  @IsUUID("all", { message: "threadId must be a thread's id." })
  threadId?: string | null;
}

@ObjectType({ description: "Someone on a feedback call" })
export class FeedbackParticipantView {
  @Field(() => ID) userId: string;
  @Field() email: string;
  @Field() name: string;
  @Field(() => ParticipantKind) kind: ParticipantKind;
  @Field(() => String, { nullable: true, description: "The region a rotating manager brings" }) region: string | null;
}

@ObjectType({ description: "A regional manager the rotation proposes" })
export class RotationProposal {
  @Field(() => ID) userId: string;
  @Field() region: string;
}

@ObjectType({ description: "How a plan's feedback call recurs" })
export class FeedbackSeriesView {
  @Field(() => ID) planId: string;
  @Field(() => FeedbackCadence) cadence: FeedbackCadence;
  @Field(() => Int) managersPerSession: number;
  @Field(() => [ID]) standingParticipantIds: string[];
  @Field(() => Date, { nullable: true, description: "The next call by the cadence, after the latest scheduled one" }) nextSessionAt: Date | null;
}
