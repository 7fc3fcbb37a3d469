import { Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from "typeorm";

/** The council's strategy session (twice a year): what was decided, linked to the plan's sections it touched. */
@ObjectType()
@Entity("strategy_sessions")
export class StrategySession {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "plan_id", type: "uuid" })
  planId: string;

  @Field({ description: "YYYY-MM-DD" })
  @Column({ name: "held_on", type: "date" })
  heldOn: string;

  @Field()
  @Column({ type: "text" })
  notes: string;

  @Field(() => [String])
  @Column({ name: "section_ids", type: "text", array: true, default: () => "'{}'" })
  sectionIds: string[];

  @Column({ name: "created_by", type: "uuid" })
  createdBy: string;

  @Field()
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
