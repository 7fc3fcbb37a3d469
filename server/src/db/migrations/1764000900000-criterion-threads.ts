import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * A comment thread may be about one criterion of the plan's lead definition. Deleting the criterion
 * keeps the conversation (the column goes back to null, like a plan-level thread).
 */
export class CriterionThreads1764000900000 implements MigrationInterface {
  name = "CriterionThreads1764000900000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE comment_threads ADD COLUMN criterion_id uuid REFERENCES lead_criteria (id) ON DELETE SET NULL`,
    );
    await queryRunner.query(`CREATE INDEX comment_threads_criterion_idx ON comment_threads (criterion_id) WHERE criterion_id IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX comment_threads_criterion_idx`);
    await queryRunner.query(`ALTER TABLE comment_threads DROP COLUMN criterion_id`);
  }
}
