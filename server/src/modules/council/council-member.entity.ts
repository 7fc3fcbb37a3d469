import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from "typeorm";

/** A council seat stands for a sales region, or for the CRM / sales-ops group. Stored as text: never rename. */
export enum CouncilSeatKind {
  REGION = "REGION",
  SALES_OPS = "SALES_OPS",
}
registerEnumType(CouncilSeatKind, { name: "CouncilSeatKind" });

/**
 * One person on the organisation's sales advisory council, for a term. Regional seats are also the pool the
 * feedback calls rotate through; `awayUntil` keeps someone out of the rotation while they are away.
 */
@ObjectType()
@Entity("council_members")
export class CouncilMember {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "organization_id", type: "uuid" })
  organizationId: string;

  @Column({ name: "user_id", type: "uuid" })
  userId: string;

  @Field(() => CouncilSeatKind)
  @Column({ type: "text" })
  kind: CouncilSeatKind;

  @Field({ description: "The region the seat stands for; \"CRM / sales ops\" for that group" })
  @Column({ type: "text" })
  region: string;

  @Field({ description: "First day of the term (YYYY-MM-DD)" })
  @Column({ name: "term_start", type: "date" })
  termStart: string;

  @Field(() => String, { nullable: true, description: "Last day of the term; null while open-ended" })
  @Column({ name: "term_end", type: "date", nullable: true })
  termEnd: string | null;

  @Field(() => String, { nullable: true, description: "Away (skipped by the rotation) up to and including this day" })
  @Column({ name: "away_until", type: "date", nullable: true })
  awayUntil: string | null;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
