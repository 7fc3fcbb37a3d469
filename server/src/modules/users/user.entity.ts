import { Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from "typeorm";

/** A person who signs in. Admins of the organisation manage the other users. */
// simpleResolvers (here and on the other plan page types): fields are read as plain properties, without
// type-graphql's per-field middleware runner (no middlewares are used), which hundreds of fields a page paid for.
@ObjectType({ simpleResolvers: true })
@Entity("users")
export class User {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "organization_id", type: "uuid" })
  organizationId: string;

  @Field()
  @Column({ type: "text" })
  email: string;

  @Field()
  @Column({ type: "text" })
  name: string;

  /** What colleagues know them as: "Marketing manager", "Council member, EMEA". */
  @Field(() => String, { nullable: true })
  @Column({ name: "job_title", type: "text", nullable: true })
  jobTitle: string | null;

  /** scrypt$N$r$p$salt$hash; never leaves the server. */
  @Column({ name: "password_hash", type: "text" })
  passwordHash: string;

  @Field()
  @Column({ name: "is_admin", type: "boolean", default: false })
  isAdmin: boolean;

  @Field()
  @Column({ name: "is_active", type: "boolean", default: true })
  isActive: boolean;

  /** Named by an admin as someone who may start plans (when the organisation limits it to named people). */
  @Field()
  @Column({ name: "is_plan_creator", type: "boolean", default: false })
  isPlanCreator: boolean;

  /** Caret and avatar colour, fixed per user so collaborators recognise each other. */
  @Field()
  @Column({ type: "text" })
  color: string;

  @Field()
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
