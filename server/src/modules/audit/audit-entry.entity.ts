import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { GraphQLJSONObject } from "graphql-scalars";
import { AuditAction } from "./audit-action";

/**
 * One row of a plan's hash chain. `hash` is the SHA-256 of this row's content and `prevHash`, and
 * `prevHash` is the previous row's `hash`, so editing or deleting any row breaks the chain from there on.
 */
@ObjectType()
@Entity("audit_log")
export class AuditEntry {
  /** bigserial: TypeORM hands it back as a string, which is also what GraphQL IDs are. */
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: "bigint" })
  id: string;

  @Column({ name: "plan_id", type: "uuid" })
  planId: string;

  @Column({ name: "actor_id", type: "uuid", nullable: true })
  actorId: string | null;

  @Field(() => AuditAction)
  @Column({ type: "text" })
  action: AuditAction;

  @Field(() => GraphQLJSONObject, { description: "What happened: ids, numbers, hashes, comments" })
  @Column({ type: "jsonb" })
  payload: Record<string, unknown>;

  @Field()
  @Column({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @Field()
  @Column({ name: "prev_hash", type: "text" })
  prevHash: string;

  @Field()
  @Column({ type: "text" })
  hash: string;
}
