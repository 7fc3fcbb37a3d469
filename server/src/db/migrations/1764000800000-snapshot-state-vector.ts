import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The state vector of each snapshot, stored beside it by whoever writes the snapshot (creation,
 * compaction), so opening a plan never decodes the snapshot just to learn it. Rows written before
 * this migration have none; the document store fills it on their next load.
 *
 * A trigger clears the column when `state` changes without it (a hand-written UPDATE, a restore from
 * elsewhere): a state vector that does not belong to its state would tell joiners the wrong thing, a
 * missing one only costs a decode.
 */
export class SnapshotStateVector1764000800000 implements MigrationInterface {
  name = "SnapshotStateVector1764000800000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE doc_snapshots ADD COLUMN state_vector bytea`);
    await queryRunner.query(`
      CREATE FUNCTION doc_snapshots_state_vector_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.state IS DISTINCT FROM OLD.state AND NEW.state_vector IS NOT DISTINCT FROM OLD.state_vector THEN
          NEW.state_vector := NULL;
        END IF;
        RETURN NEW;
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER doc_snapshots_state_vector_guard BEFORE UPDATE ON doc_snapshots
        FOR EACH ROW EXECUTE FUNCTION doc_snapshots_state_vector_guard()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER doc_snapshots_state_vector_guard ON doc_snapshots`);
    await queryRunner.query(`DROP FUNCTION doc_snapshots_state_vector_guard()`);
    await queryRunner.query(`ALTER TABLE doc_snapshots DROP COLUMN state_vector`);
  }
}
