import { ArrayMaxSize, IsBoolean, IsIn, IsInt, IsOptional, IsPositive, IsUUID, Length, Matches, Max, MaxLength, Min } from "class-validator";
import { Field, Float, ID, InputType, Int, ObjectType } from "type-graphql";
import { CampaignGoalKind, CampaignGoalStatus, SalesEventKind } from "./campaign-enums";
import { Campaign } from "./campaign.entity";
import { SalesEvent } from "./sales-event.entity";
import { SalesFocus } from "./sales-focus.entity";

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = (name: string) => ({ message: `${name} must be a date written YYYY-MM-DD` });
const MAX_PREP_DAYS = 180;

@InputType()
export class CreateCampaignInput {
  @Field(() => ID)
  @IsUUID("all", { message: "planId must be a UUID" })
  planId: string;

  @Field()
  @Length(1, 200, { message: "name must be 1 to 200 characters" })
  name: string;

  @Field()
  @Length(1, 100, { message: "region must be 1 to 100 characters" })
  region: string;

  @Field()
  @Length(1, 100, { message: "channel must be 1 to 100 characters" })
  channel: string;

  @Field({ description: "YYYY-MM-DD in the organisation's time zone" })
  @Matches(DATE, DATE_MESSAGE("launchDate"))
  launchDate: string;

  @Field(() => Int, { nullable: true, description: "Days of sales preparation before launch (default 14)" })
  @IsOptional()
  @IsInt({ message: "prepDays must be a whole number" })
  @Min(0, { message: "prepDays must be at least 0" })
  @Max(MAX_PREP_DAYS, { message: `prepDays must be at most ${MAX_PREP_DAYS}` })
  prepDays?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(DATE, DATE_MESSAGE("endDate"))
  endDate?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100, { message: "segment must be at most 100 characters" })
  segment?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100, { message: "productFocus must be at most 100 characters" })
  productFocus?: string | null;
}

@InputType({ description: "Only the fields given change" })
export class UpdateCampaignInput {
  @Field(() => ID)
  @IsUUID("all", { message: "campaignId must be a UUID" })
  campaignId: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200, { message: "name must be 1 to 200 characters" })
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100, { message: "region must be 1 to 100 characters" })
  region?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100, { message: "channel must be 1 to 100 characters" })
  channel?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(DATE, DATE_MESSAGE("launchDate"))
  launchDate?: string;

  @Field(() => String, { nullable: true, description: "An empty string clears it" })
  @IsOptional()
  @Matches(/^(\d{4}-\d{2}-\d{2})?$/, DATE_MESSAGE("endDate"))
  endDate?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: "prepDays must be a whole number" })
  @Min(0, { message: "prepDays must be at least 0" })
  @Max(MAX_PREP_DAYS, { message: `prepDays must be at most ${MAX_PREP_DAYS}` })
  prepDays?: number;

  @Field(() => String, { nullable: true, description: "An empty string clears it" })
  @IsOptional()
  @MaxLength(100, { message: "segment must be at most 100 characters" })
  segment?: string;

  @Field(() => String, { nullable: true, description: "An empty string clears it" })
  @IsOptional()
  @MaxLength(100, { message: "productFocus must be at most 100 characters" })
  productFocus?: string;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  talkTrackReady?: boolean;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  objectionHandlingReady?: boolean;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  competitivePositioningReady?: boolean;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  leadListReady?: boolean;
}

@InputType()
export class AddCampaignGoalInput {
  @Field(() => ID)
  @IsUUID("all", { message: "campaignId must be a UUID" })
  campaignId: string;

  @Field(() => CampaignGoalKind)
  @IsIn(Object.values(CampaignGoalKind))
  kind: CampaignGoalKind;

  @Field(() => Float)
  @IsPositive({ message: "target must be a positive number" })
  @Max(1e12, { message: "target must be at most 1e12" })
  target: number;

  @Field(() => ID, { description: "The sales person who must accept the goal" })
  @IsUUID("all", { message: "salesOwnerId must be a UUID" })
  salesOwnerId: string;
}

@InputType()
export class DecideCampaignGoalInput {
  @Field(() => ID)
  @IsUUID("all", { message: "goalId must be a UUID" })
  goalId: string;

  @Field(() => CampaignGoalStatus, { description: "ACCEPTED or QUESTIONED" })
  @IsIn([CampaignGoalStatus.ACCEPTED, CampaignGoalStatus.QUESTIONED], { message: "decision must be ACCEPTED or QUESTIONED" })
  decision: CampaignGoalStatus;

  @Field(() => String, { nullable: true, description: "Required when questioning" })
  @IsOptional()
  @MaxLength(2000, { message: "note must be at most 2000 characters" })
  note?: string | null;
}

@InputType()
export class AddSalesEventInput {
  @Field(() => ID)
  @IsUUID("all", { message: "planId must be a UUID" })
  planId: string;

  @Field(() => SalesEventKind)
  @IsIn(Object.values(SalesEventKind))
  kind: SalesEventKind;

  @Field()
  @Length(1, 200, { message: "name must be 1 to 200 characters" })
  name: string;

  @Field()
  @Matches(DATE, DATE_MESSAGE("startDate"))
  startDate: string;

  @Field()
  @Matches(DATE, DATE_MESSAGE("endDate"))
  endDate: string;

  @Field(() => String, { nullable: true, description: "Null or empty: every region" })
  @IsOptional()
  @MaxLength(100, { message: "region must be at most 100 characters" })
  region?: string | null;
}

@InputType()
export class SetSalesFocusInput {
  @Field(() => ID)
  @IsUUID("all", { message: "planId must be a UUID" })
  planId: string;

  @Field({ description: "YYYY-Qn, e.g. 2027-Q1" })
  @Matches(/^\d{4}-Q[1-4]$/, { message: "quarter must look like 2027-Q1" })
  quarter: string;

  @Field(() => [String], { description: "The products sales pushes that quarter; empty clears it" })
  @ArrayMaxSize(20, { message: "at most 20 products per quarter" })
  @Length(1, 100, { each: true, message: "each product must be 1 to 100 characters" })
  products: string[];
}

@InputType()
export class CampaignFilterInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100, { message: "region must be at most 100 characters" })
  region?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100, { message: "channel must be at most 100 characters" })
  channel?: string | null;
}

@ObjectType({ description: "The joint campaign calendar of a plan" })
export class CampaignCalendar {
  @Field({ description: "The organisation's time zone, in which every date is read" })
  timeZone: string;

  @Field({ description: "Today in that time zone (YYYY-MM-DD): what the warnings were computed against" })
  today: string;

  @Field(() => [Campaign], { description: "By launch date; filtered when a filter was given" })
  campaigns: Campaign[];

  @Field(() => [SalesEvent])
  events: SalesEvent[];

  @Field(() => [SalesFocus])
  focus: SalesFocus[];

  @Field(() => [String], { description: "Every region with a campaign (for filters)" })
  regions: string[];

  @Field(() => [String], { description: "Every channel with a campaign (for filters)" })
  channels: string[];
}
