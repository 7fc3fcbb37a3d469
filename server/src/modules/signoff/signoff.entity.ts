import { Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from "typeorm";
import { SignoffStatus } from "./signoff-states";

/** The owner's request that named approvers sign one version. At most one per plan is not SUPERSEDED. */
@ObjectType()
@Entity("signoffs")
export class Signoff {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "plan_id", type: "uuid" })
  planId: string;

  @Column({ name: "version_id", type: "uuid" })
  versionId: string;

  @Field(() => SignoffStatus)
  @Column({ type: "text" })
  status: SignoffStatus;

  @Column({ name: "requested_by", type: "uuid" })
  requestedBy: string;

  @Field()
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: "superseded_at", type: "timestamptz", nullable: true })
  supersededAt: Date | null;
}
