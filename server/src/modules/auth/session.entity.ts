import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from "typeorm";

/** A signed-in browser. Only the SHA-256 of the cookie token is stored, so a leaked table signs nobody in. */
@Entity("sessions")
export class Session {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "user_id", type: "uuid" })
  userId: string;

  @Column({ name: "token_hash", type: "text" })
  tokenHash: string;

  @Column({ name: "expires_at", type: "timestamptz" })
  expiresAt: Date;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
