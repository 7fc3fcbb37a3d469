import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

/**
 * The claim to send one plan's digest for one two-week period. The unique (plan, period) key is what
 * makes the send happen once: whichever process inserts the row sends it; the others insert nothing.
 */
@Entity("council_digests")
export class CouncilDigestClaim {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "plan_id", type: "uuid" })
  planId: string;

  @Column({ name: "period_key", type: "text" })
  periodKey: string;

  @Column({ name: "claimed_at", type: "timestamptz" })
  claimedAt: Date;

  @Column({ name: "sent_at", type: "timestamptz", nullable: true })
  sentAt: Date | null;

  @Column({ name: "recipient_count", type: "integer", nullable: true })
  recipientCount: number | null;
}
