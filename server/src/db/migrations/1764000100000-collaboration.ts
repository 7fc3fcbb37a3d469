import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The shared documents: an append-only log of Yjs updates plus one compacted snapshot per plan.
 * A plan's state is its snapshot merged with every log row whose id is above `last_update_id`.
 */
export class Collaboration1764000100000 implements MigrationInterface {
  name = "Collaboration1764000100000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE doc_updates (
        id bigserial PRIMARY KEY,
        plan_id uuid NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        "update" bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Loading reads one plan's rows in id order; compaction deletes a prefix of them.
    await queryRunner.query(`CREATE INDEX doc_updates_plan_id_idx ON doc_updates (plan_id, id)`);
    await queryRunner.query(`
      CREATE TABLE doc_snapshots (
        plan_id uuid PRIMARY KEY REFERENCES plans(id) ON DELETE CASCADE,
        state bytea NOT NULL,
        last_update_id bigint NOT NULL DEFAULT 0,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE doc_snapshots`);
    await queryRunner.query(`DROP TABLE doc_updates`);
  }
}
