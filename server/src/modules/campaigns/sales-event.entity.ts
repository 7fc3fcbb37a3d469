import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { SalesEventKind } from "./campaign-enums";

/** A sales event on the same calendar: kick-off, quarter end, or a blackout with no launches. */
@ObjectType()
@Entity("sales_events")
export class SalesEvent {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "plan_id", type: "uuid" })
  planId: string;

  @Field(() => SalesEventKind)
  @Column({ type: "text" })
  kind: SalesEventKind;

  @Field()
  @Column({ type: "text" })
  name: string;

  @Field({ description: "YYYY-MM-DD" })
  @Column({ name: "start_date", type: "date" })
  startDate: string;

  @Field({ description: "YYYY-MM-DD, inclusive" })
  @Column({ name: "end_date", type: "date" })
  endDate: string;

  @Field(() => String, { nullable: true, description: "Null: every region" })
  @Column({ type: "text", nullable: true })
  region: string | null;
}
