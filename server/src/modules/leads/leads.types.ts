import { ArrayMaxSize, IsIn, IsInt, IsOptional, IsUUID, Length, Max, MaxLength, Min, ValidateNested } from "class-validator";
import { GraphQLJSON } from "graphql-scalars";
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { User } from "../users/user.entity";
import { LeadCriterion } from "./lead-criterion.entity";
import { LeadCriterionKind, LeadCriterionOperator, LeadGrade } from "./lead-enums";

export const LEAD_LIMITS = { maxCriteria: 100, maxValues: 50, maxText: 5000, maxPoints: 1000, maxThreshold: 100_000 } as const;

@InputType({ description: "One criterion; an id keeps (and updates) an existing one, none adds one" })
export class LeadCriterionInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID("all", { message: "criterion id must be a UUID" })
  id?: string | null;

  @Field(() => LeadCriterionKind)
  @IsIn(Object.values(LeadCriterionKind))
  kind: LeadCriterionKind;

  @Field()
  @Length(1, 200, { message: "label must be 1 to 200 characters" })
  label: string;

  @Field({ description: "The lead attribute it reads, e.g. industry, employees, role, demoRequested" })
  @Length(1, 100, { message: "attribute must be 1 to 100 characters" })
  attribute: string;

  @Field(() => LeadCriterionOperator)
  @IsIn(Object.values(LeadCriterionOperator))
  operator: LeadCriterionOperator;

  @Field(() => [String])
  @ArrayMaxSize(LEAD_LIMITS.maxValues, { message: `a criterion has at most ${LEAD_LIMITS.maxValues} values` })
  @MaxLength(200, { each: true, message: "each value must be at most 200 characters" })
  values: string[];

  @Field(() => Int)
  @IsInt()
  @Min(-LEAD_LIMITS.maxPoints, { message: `points must be at least -${LEAD_LIMITS.maxPoints}` })
  @Max(LEAD_LIMITS.maxPoints, { message: `points must be at most ${LEAD_LIMITS.maxPoints}` })
  points: number;
}

@InputType()
export class SaveLeadDefinitionInput {
  @Field(() => ID)
  @IsUUID("all", { message: "planId must be a UUID" })
  planId: string;

  @Field()
  @MaxLength(LEAD_LIMITS.maxText, { message: `qualifiedLeadDefinition must be at most ${LEAD_LIMITS.maxText} characters` })
  qualifiedLeadDefinition: string;

  @Field()
  @MaxLength(LEAD_LIMITS.maxText, { message: `gradingResponsibility must be at most ${LEAD_LIMITS.maxText} characters` })
  gradingResponsibility: string;

  @Field(() => Int)
  @IsInt()
  @Min(0, { message: "thresholdA must be at least 0" })
  @Max(LEAD_LIMITS.maxThreshold, { message: `thresholdA must be at most ${LEAD_LIMITS.maxThreshold}` })
  thresholdA: number;

  @Field(() => Int)
  @IsInt()
  @Min(0, { message: "thresholdB must be at least 0" })
  @Max(LEAD_LIMITS.maxThreshold, { message: `thresholdB must be at most ${LEAD_LIMITS.maxThreshold}` })
  thresholdB: number;

  @Field(() => Int)
  @IsInt()
  @Min(0, { message: "thresholdC must be at least 0" })
  @Max(LEAD_LIMITS.maxThreshold, { message: `thresholdC must be at most ${LEAD_LIMITS.maxThreshold}` })
  thresholdC: number;

  @Field(() => [LeadCriterionInput])
  @ArrayMaxSize(LEAD_LIMITS.maxCriteria, { message: `a rubric has at most ${LEAD_LIMITS.maxCriteria} criteria` })
  @ValidateNested({ each: true })
  criteria: LeadCriterionInput[];
}

@InputType()
export class GradeLeadInput {
  @Field(() => ID)
  @IsUUID("all", { message: "planId must be a UUID" })
  planId: string;

  @Field(() => GraphQLJSON, { description: "The lead's attributes: { industry: \"Manufacturing\", employees: 250, demoRequested: true }" })
  attributes: unknown;
}

@ObjectType({ description: "A lead graded against the plan's current rubric" })
export class LeadGrading {
  @Field(() => Int)
  score: number;

  @Field(() => LeadGrade)
  grade: LeadGrade;

  @Field(() => [LeadCriterion], { description: "The criteria that fired, in rubric order" })
  firedCriteria: LeadCriterion[];

  @Field(() => [String], { description: "Attributes some criterion needs that the lead lacks" })
  missingAttributes: string[];
}

@ObjectType({ description: "A field member and their acknowledgement of the lead definition" })
export class FieldAcknowledgement {
  @Field(() => User)
  user: User;

  @Field(() => Int, { nullable: true, description: "The revision they acknowledged last" })
  acknowledgedRevision: number | null;

  @Field(() => Date, { nullable: true })
  acknowledgedAt: Date | null;

  @Field({ description: "They acknowledged the rubric as it is now published" })
  isCurrent: boolean;
}
