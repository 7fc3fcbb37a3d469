import type { MigrationInterface, QueryRunner } from "typeorm";

/** Comment threads (anchored by encoded Yjs relative positions), their comments, and notifications. */
export class Comments1764000200000 implements MigrationInterface {
  name = "Comments1764000200000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE comment_threads (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        author_id uuid NOT NULL REFERENCES users(id),
        section_id text,
        anchor_start text,
        anchor_end text,
        quote text,
        suggestion text,
        suggestion_status text CHECK (suggestion_status IN ('PENDING', 'ACCEPTED', 'REJECTED')),
        suggestion_decided_by_id uuid REFERENCES users(id),
        suggestion_decided_at timestamptz,
        rejection_reason text,
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'RESOLVED')),
        resolved_by_id uuid REFERENCES users(id),
        resolved_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        -- An anchor is whole or absent; a suggestion needs an anchor to replace.
        CHECK ((section_id IS NULL) = (anchor_start IS NULL) AND (anchor_start IS NULL) = (anchor_end IS NULL)),
        CHECK (suggestion IS NULL OR anchor_start IS NOT NULL),
        CHECK ((suggestion IS NULL) = (suggestion_status IS NULL))
      )`);
    // The plan page lists a plan's threads in order.
    await queryRunner.query(`CREATE INDEX comment_threads_plan_idx ON comment_threads (plan_id, created_at)`);
    await queryRunner.query(`
      CREATE TABLE comments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        thread_id uuid NOT NULL REFERENCES comment_threads(id) ON DELETE CASCADE,
        author_id uuid NOT NULL REFERENCES users(id),
        body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        edited_at timestamptz,
        deleted_at timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX comments_thread_idx ON comments (thread_id, created_at)`);
    // The per-user rate limit counts a user's recent comments.
    await queryRunner.query(`CREATE INDEX comments_author_idx ON comments (author_id, created_at)`);
    await queryRunner.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        plan_id uuid NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        thread_id uuid NOT NULL REFERENCES comment_threads(id) ON DELETE CASCADE,
        comment_id uuid REFERENCES comments(id) ON DELETE CASCADE,
        actor_id uuid NOT NULL REFERENCES users(id),
        kind text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX notifications_user_idx ON notifications (user_id, created_at DESC)`);
    await queryRunner.query(`CREATE INDEX notifications_unread_idx ON notifications (user_id) WHERE read_at IS NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE notifications`);
    await queryRunner.query(`DROP TABLE comments`);
    await queryRunner.query(`DROP TABLE comment_threads`);
  }
}
