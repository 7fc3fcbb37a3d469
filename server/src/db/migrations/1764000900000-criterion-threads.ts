import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * A comment thread may be about one criterion of the plan's lead definition. Deleting the criterion
 * keeps the conversation (the column goes back to null, like a plan-level thread).
 *
 * Also widens `notifications_subject_check` (council feedback): a LEAD_DEFINITION_PUBLISHED notice is about
 * the plan, with neither a thread nor a feedback session, and the old check refused it.
 */
export class CriterionThreads1764000900000 implements MigrationInterface {
  name = "CriterionThreads1764000900000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE comment_threads ADD COLUMN criterion_id uuid REFERENCES lead_criteria (id) ON DELETE SET NULL`,
    );
    await queryRunner.query(`CREATE INDEX comment_threads_criterion_idx ON comment_threads (criterion_id) WHERE criterion_id IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE notifications DROP CONSTRAINT notifications_subject_check`);
    await queryRunner.query(
      `ALTER TABLE notifications ADD CONSTRAINT notifications_subject_check CHECK (thread_id IS NOT NULL OR feedback_session_id IS NOT NULL OR kind = 'LEAD_DEFINITION_PUBLISHED')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM notifications WHERE thread_id IS NULL AND feedback_session_id IS NULL`);
    await queryRunner.query(`ALTER TABLE notifications DROP CONSTRAINT notifications_subject_check`);
    await queryRunner.query(`ALTER TABLE notifications ADD CONSTRAINT notifications_subject_check CHECK (thread_id IS NOT NULL OR feedback_session_id IS NOT NULL)`);
    await queryRunner.query(`DROP INDEX comment_threads_criterion_idx`);
    await queryRunner.query(`ALTER TABLE comment_threads DROP COLUMN criterion_id`);
  }
}
