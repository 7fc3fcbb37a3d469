import { Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from "typeorm";

/** One message in a thread: the first opens it, the others reply. */
@ObjectType({ simpleResolvers: true, description: "A message in a thread. Bodies are plain text; `@email` of a plan member mentions them" })
@Entity("comments")
export class Comment {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "thread_id", type: "uuid" })
  threadId: string;

  @Column({ name: "author_id", type: "uuid" })
  authorId: string;

  @Field({ description: "Plain text; empty once deleted" })
  @Column({ type: "text" })
  body: string;

  @Field()
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: "edited_at", type: "timestamptz", nullable: true })
  editedAt: Date | null;

  /** A deleted comment keeps its place (replies around it still read in order) but not its text. */
  @Column({ name: "deleted_at", type: "timestamptz", nullable: true })
  deletedAt: Date | null;

  @Field()
  get isDeleted(): boolean {
    return this.deletedAt !== null;
  }
}
