import { Field, ObjectType } from "type-graphql";
import { CampaignWarningCode } from "./campaign-enums";

@ObjectType({ description: "Something on the calendar that would catch sales unprepared" })
export class CampaignWarning {
  @Field(() => CampaignWarningCode)
  code: CampaignWarningCode;

  @Field()
  message: string;
}
