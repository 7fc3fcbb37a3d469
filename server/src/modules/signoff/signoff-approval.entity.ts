import { Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from "typeorm";
import { VersionSection } from "../versions/plan-version.entity";
import { ApprovalState } from "./signoff-states";

/** A section hash an approval covers: the exact text the approver saw. */
@ObjectType()
export class CoveredSection {
  @Field(() => ID)
  sectionId: string;

  @Field()
  hash: string;
}

export function coveredSectionsOf(sections: readonly VersionSection[], scope: readonly string[] | null): CoveredSection[] {
  const wanted = scope ? new Set(scope) : null;
  return sections.filter((section) => !wanted || wanted.has(section.sectionId)).map(({ sectionId, hash }) => ({ sectionId, hash }));
}

/**
 * One required approver on one submission, and their decision. A decision records the version it was
 * made on and the hashes of the sections it covers, so it can be carried to a newer submission exactly
 * when those sections did not change.
 */
@ObjectType()
@Entity("signoff_approvals")
export class SignoffApproval {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "signoff_id", type: "uuid" })
  signoffId: string;

  @Column({ name: "approver_id", type: "uuid" })
  approverId: string;

  @Field(() => [ID], { nullable: true, description: "Sections this approver signs; null: the whole plan" })
  @Column({ name: "section_ids", type: "jsonb", nullable: true })
  sectionIds: string[] | null;

  @Field(() => ApprovalState)
  @Column({ type: "text" })
  state: ApprovalState;

  /** The version the decision was made on (an earlier one when carried over). */
  @Column({ name: "version_id", type: "uuid", nullable: true })
  versionId: string | null;

  @Field(() => [CoveredSection], { nullable: true })
  @Column({ name: "covered_sections", type: "jsonb", nullable: true })
  coveredSections: CoveredSection[] | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  comment: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: "decided_at", type: "timestamptz", nullable: true })
  decidedAt: Date | null;

  @Column({ name: "carried_from_id", type: "uuid", nullable: true })
  carriedFromId: string | null;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
