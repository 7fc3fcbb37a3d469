import { Field, Int, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";

/** A field member's acknowledgement of one published revision; stale once the rubric moves on. */
@ObjectType()
@Entity("lead_acknowledgements")
export class LeadAcknowledgement {
  @PrimaryColumn({ name: "plan_id", type: "uuid" })
  planId: string;

  @PrimaryColumn({ name: "user_id", type: "uuid" })
  userId: string;

  @Field(() => Int)
  @Column({ type: "integer" })
  revision: number;

  @Field()
  @Column({ name: "acknowledged_at", type: "timestamptz", default: () => "now()" })
  acknowledgedAt: Date;
}
