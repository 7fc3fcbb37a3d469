import { IsOptional, IsUUID, MaxLength } from "class-validator";
import { Field, ID, InputType, ObjectType, registerEnumType } from "type-graphql";
import { PlanVersion } from "./plan-version.entity";
import { SectionChange, WordChangeKind } from "./version-diff";

registerEnumType(SectionChange, { name: "SectionChange" });
registerEnumType(WordChangeKind, { name: "WordChangeKind" });

@InputType()
export class CutVersionInput {
  @Field(() => ID)
  @IsUUID()
  planId: string;

  @Field(() => String, { nullable: true, description: 'Optional, e.g. "Council review draft"' })
  @IsOptional()
  @MaxLength(200)
  name?: string | null;
}

@InputType()
export class RestoreVersionInput {
  @Field(() => ID)
  @IsUUID()
  versionId: string;
}

@ObjectType()
export class WordChange {
  @Field(() => WordChangeKind)
  kind: WordChangeKind;

  @Field()
  text: string;
}

@ObjectType()
export class SectionDiff {
  @Field(() => ID)
  sectionId: string;

  @Field(() => SectionChange, { description: "The most significant change; the flags tell every change" })
  change: SectionChange;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  previousTitle: string | null;

  @Field()
  isMoved: boolean;

  @Field()
  isRenamed: boolean;

  @Field()
  isEdited: boolean;

  @Field()
  isReviewerChanged: boolean;

  @Field(() => [WordChange], { description: "The section's text, word by word, as unchanged, removed and added runs" })
  words: WordChange[];
}

@ObjectType()
export class PlanDiff {
  @Field(() => PlanVersion)
  from: PlanVersion;

  @Field(() => PlanVersion, { nullable: true, description: "null when comparing with the live draft" })
  to: PlanVersion | null;

  @Field(() => [SectionDiff], { description: "In the newer plan's order, removed sections last" })
  sections: SectionDiff[];
}
