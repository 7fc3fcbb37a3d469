import { Column, Entity, PrimaryColumn } from "typeorm";

/**
 * Who reviews a section (a tactic), authoritatively. Changed only by the owner's assignSectionReviewer;
 * the shared document mirrors it for display, but anything with consequences (coverage, hashes,
 * notifications) reads this table, because any editor can write the document.
 */
@Entity("section_reviewers")
export class SectionReviewer {
  @PrimaryColumn({ name: "plan_id", type: "uuid" })
  planId: string;

  @PrimaryColumn({ name: "section_id", type: "text" })
  sectionId: string;

  @Column({ name: "reviewer_id", type: "uuid" })
  reviewerId: string;

  @Column({ name: "assigned_by", type: "uuid", nullable: true })
  assignedBy: string | null;

  @Column({ name: "assigned_at", type: "timestamptz", default: () => "now()" })
  assignedAt: Date;
}
