import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Versions, sign-off, tactic reviews, authoritative reviewer assignments and the hash-chained audit log.
 * Versions are immutable (a trigger refuses updates); a plan has at most one open submission (a partial
 * unique index), so even a bug in the service cannot leave two submissions competing for approvals.
 */
export class VersionsSignoff1764000400000 implements MigrationInterface {
  name = "VersionsSignoff1764000400000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE plans DROP CONSTRAINT plans_status_check`);
    await queryRunner.query(`
      ALTER TABLE plans ADD CONSTRAINT plans_status_check
        CHECK (status IN ('DRAFT', 'IN_REVIEW', 'CHANGES_REQUESTED', 'APPROVED', 'ARCHIVED'))`);
    await queryRunner.query(`
      CREATE TABLE section_reviewers (
        plan_id uuid NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        section_id text NOT NULL,
        reviewer_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        assigned_by uuid REFERENCES users(id) ON DELETE SET NULL,
        assigned_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (plan_id, section_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE plan_versions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        number integer NOT NULL CHECK (number > 0),
        name text CHECK (name IS NULL OR length(name) BETWEEN 1 AND 200),
        state bytea NOT NULL,
        content jsonb NOT NULL,
        hash text NOT NULL,
        section_hashes jsonb NOT NULL,
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (plan_id, number)
      )`);
    await queryRunner.query(`
      CREATE FUNCTION plan_versions_refuse_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'plan versions are immutable';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER plan_versions_immutable BEFORE UPDATE ON plan_versions
        FOR EACH ROW EXECUTE FUNCTION plan_versions_refuse_update()`);
    await queryRunner.query(`
      CREATE TABLE signoffs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        version_id uuid NOT NULL REFERENCES plan_versions(id),
        status text NOT NULL CHECK (status IN ('IN_REVIEW', 'CHANGES_REQUESTED', 'APPROVED', 'SUPERSEDED')),
        requested_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        superseded_at timestamptz
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX signoffs_one_open_per_plan ON signoffs (plan_id) WHERE status <> 'SUPERSEDED'`);
    await queryRunner.query(`
      CREATE TABLE signoff_approvals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        signoff_id uuid NOT NULL REFERENCES signoffs(id) ON DELETE CASCADE,
        approver_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        section_ids jsonb,
        state text NOT NULL CHECK (state IN ('PENDING', 'CURRENT', 'STALE', 'CHANGES_REQUESTED')),
        version_id uuid REFERENCES plan_versions(id),
        covered_sections jsonb,
        comment text,
        decided_at timestamptz,
        carried_from_id uuid REFERENCES signoff_approvals(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (signoff_id, approver_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE tactic_reviews (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        section_id text NOT NULL,
        version_id uuid NOT NULL REFERENCES plan_versions(id) ON DELETE CASCADE,
        reviewer_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        state text NOT NULL CHECK (state IN ('REVIEWED', 'CHANGES_NEEDED')),
        comment text,
        section_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX tactic_reviews_plan_idx ON tactic_reviews (plan_id, section_id, created_at DESC)`);
    // No foreign key on plan_id: the audit trail is evidence and outlives the plan it describes.
    await queryRunner.query(`
      CREATE TABLE audit_log (
        id bigserial PRIMARY KEY,
        plan_id uuid NOT NULL,
        actor_id uuid,
        action text NOT NULL,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL,
        prev_hash text NOT NULL,
        hash text NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX audit_log_plan_idx ON audit_log (plan_id, id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ["audit_log", "tactic_reviews", "signoff_approvals", "signoffs", "plan_versions", "section_reviewers"]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
    await queryRunner.query(`DROP FUNCTION plan_versions_refuse_update()`);
    await queryRunner.query(`UPDATE plans SET status = 'IN_REVIEW' WHERE status = 'CHANGES_REQUESTED'`);
    await queryRunner.query(`ALTER TABLE plans DROP CONSTRAINT plans_status_check`);
    await queryRunner.query(`
      ALTER TABLE plans ADD CONSTRAINT plans_status_check CHECK (status IN ('DRAFT', 'IN_REVIEW', 'APPROVED', 'ARCHIVED'))`);
  }
}
