import { Field, Float, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from "typeorm";
import { CampaignGoalKind, CampaignGoalStatus } from "./campaign-enums";

const numeric = { to: (value: number) => value, from: (value: string | number) => Number(value) };

/** A campaign goal (leads, meetings, pipeline amount) and its named sales owner's answer. */
@ObjectType()
@Entity("campaign_goals")
export class CampaignGoal {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "campaign_id", type: "uuid" })
  campaignId: string;

  @Field(() => CampaignGoalKind)
  @Column({ type: "text" })
  kind: CampaignGoalKind;

  @Field(() => Float, { description: "A count of leads or meetings, or a pipeline amount" })
  @Column({ type: "numeric", transformer: numeric })
  target: number;

  @Column({ name: "sales_owner_id", type: "uuid" })
  salesOwnerId: string;

  @Field(() => CampaignGoalStatus)
  @Column({ type: "text", default: CampaignGoalStatus.PENDING })
  status: CampaignGoalStatus;

  @Field(() => String, { nullable: true, description: "Why the sales owner questions it" })
  @Column({ type: "text", nullable: true })
  note: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: "decided_at", type: "timestamptz", nullable: true })
  decidedAt: Date | null;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
