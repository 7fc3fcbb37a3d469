import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";
import { CampaignGoal } from "./campaign-goal.entity";
import { CampaignWarning } from "./campaign-warning";

/** A campaign on the joint calendar; dates are calendar days in the organisation's time zone. */
@ObjectType()
@Entity("campaigns")
export class Campaign {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "plan_id", type: "uuid" })
  planId: string;

  @Field()
  @Column({ type: "text" })
  name: string;

  @Field({ description: "Webinar, paid social, field event, email..." })
  @Column({ type: "text" })
  channel: string;

  @Field()
  @Column({ type: "text" })
  region: string;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  segment: string | null;

  @Field(() => String, { nullable: true, description: "The product the campaign pushes" })
  @Column({ name: "product_focus", type: "text", nullable: true })
  productFocus: string | null;

  @Field({ description: "YYYY-MM-DD in the organisation's time zone" })
  @Column({ name: "launch_date", type: "date" })
  launchDate: string;

  @Field(() => String, { nullable: true, description: "YYYY-MM-DD; the campaign runs from launch to end inclusive" })
  @Column({ name: "end_date", type: "date", nullable: true })
  endDate: string | null;

  @Field(() => Int, { description: "Days of sales preparation before launch" })
  @Column({ name: "prep_days", type: "integer", default: 14 })
  prepDays: number;

  @Field({ description: "Enablement: the talk track is ready" })
  @Column({ name: "talk_track_ready", type: "boolean", default: false })
  talkTrackReady: boolean;

  @Field({ description: "Enablement: objection handling is ready" })
  @Column({ name: "objection_handling_ready", type: "boolean", default: false })
  objectionHandlingReady: boolean;

  @Field({ description: "Enablement: competitive positioning is ready" })
  @Column({ name: "competitive_positioning_ready", type: "boolean", default: false })
  competitivePositioningReady: boolean;

  @Field({ description: "Enablement: the lead list is ready" })
  @Column({ name: "lead_list_ready", type: "boolean", default: false })
  leadListReady: boolean;

  @Column({ name: "created_by", type: "uuid", nullable: true })
  createdBy: string | null;

  @Field()
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt: Date;

  // Computed by the service against the whole calendar when it answers (never stored).
  @Field({ description: "YYYY-MM-DD: the first day of the sales-prep window" })
  prepStartDate: string;

  @Field({ description: "Every item of the enablement checklist is ready" })
  isEnablementReady: boolean;

  @Field(() => [CampaignGoal])
  goals: CampaignGoal[];

  @Field(() => [CampaignWarning], { description: "Computed on the server against the whole calendar and the organisation's today" })
  warnings: CampaignWarning[];
}

export function enablementReady(campaign: Campaign): boolean {
  return campaign.talkTrackReady && campaign.objectionHandlingReady && campaign.competitivePositioningReady && campaign.leadListReady;
}
