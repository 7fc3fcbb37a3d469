import { Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";
import { PlanStatus } from "./plan-status";

/** A marketing plan. Its narrative text lives in the shared Yjs document (doc_updates / doc_snapshots). */
@ObjectType({ simpleResolvers: true })
@Entity("plans")
export class Plan {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "organization_id", type: "uuid" })
  organizationId: string;

  @Field()
  @Column({ type: "text" })
  title: string;

  @Field(() => PlanStatus)
  @Column({ type: "text", default: PlanStatus.DRAFT })
  status: PlanStatus;

  @Column({ name: "owner_id", type: "uuid" })
  ownerId: string;

  @Field()
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt: Date;
}
