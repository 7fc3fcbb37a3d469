import { Column, CreateDateColumn, Entity, PrimaryColumn } from "typeorm";

/** The secret in a plan's calendar feed address; replacing it revokes every old subscription. */
@Entity("calendar_feeds")
export class CalendarFeed {
  @PrimaryColumn({ name: "plan_id", type: "uuid" })
  planId: string;

  @Column({ type: "text", unique: true })
  token: string;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
