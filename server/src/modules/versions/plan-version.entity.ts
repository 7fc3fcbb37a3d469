import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from "typeorm";
import type { VersionContentJson } from "@planbridge/plan-schema";

/** A section's identity and hash inside one version: what an approval or a review is tied to. */
@ObjectType()
export class VersionSection {
  @Field(() => ID)
  sectionId: string;

  @Field()
  kind: string;

  @Field()
  title: string;

  @Field({ description: "SHA-256 of the section's canonical JSON (id, kind, title, reviewer, content)" })
  hash: string;
}

/**
 * A fixed, hashed version of a plan: what directors sign and the field is shown. Never changes once
 * written (a database trigger refuses updates).
 */
@ObjectType()
@Entity("plan_versions")
export class PlanVersion {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => ID)
  @Column({ name: "plan_id", type: "uuid" })
  planId: string;

  @Field(() => Int, { description: "1, 2, 3... per plan" })
  @Column({ type: "integer" })
  number: number;

  @Field(() => String, { nullable: true, description: 'e.g. "Council review draft"' })
  @Column({ type: "text", nullable: true })
  name: string | null;

  /** Yjs state bytes of the document when the version was cut. */
  @Column({ type: "bytea" })
  state: Buffer;

  /** `readPlan` JSON with reviewers from the authoritative assignments. */
  @Column({ type: "jsonb" })
  content: VersionContentJson;

  @Field({ description: "SHA-256 of the canonical JSON of the whole plan" })
  @Column({ type: "text" })
  hash: string;

  @Field(() => [VersionSection], { description: "In plan order" })
  @Column({ name: "section_hashes", type: "jsonb" })
  sections: VersionSection[];

  @Column({ name: "created_by", type: "uuid" })
  createdBy: string;

  @Field()
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
