import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Accounts: invitations by single-use link (naming plans to join), password resets by the same kind of
 * link, and who may start plans (an organisation setting plus the people it names). Tokens are stored
 * as SHA-256 only, like sessions, so a leaked table opens no account.
 */
export class Accounts1764000500000 implements MigrationInterface {
  name = "Accounts1764000500000";

  async up(queryRunner: QueryRunner): Promise<void> {
    // Existing organisations keep today's behaviour (everyone may start plans) until an admin decides.
    await queryRunner.query(
      `ALTER TABLE organizations ADD COLUMN plan_creation text NOT NULL DEFAULT 'EVERYONE' CHECK (plan_creation IN ('EVERYONE', 'ADMINS', 'NAMED'))`,
    );
    await queryRunner.query(`ALTER TABLE users ADD COLUMN is_plan_creator boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`
      CREATE TABLE invitations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        email text NOT NULL CHECK (email = lower(email)),
        name text NOT NULL,
        job_title text,
        is_admin boolean NOT NULL DEFAULT false,
        invited_by_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        token_hash text NOT NULL,
        expires_at timestamptz NOT NULL,
        sent_at timestamptz NOT NULL DEFAULT now(),
        accepted_at timestamptz,
        accepted_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX invitations_token_hash_key ON invitations (token_hash)`);
    await queryRunner.query(`CREATE INDEX invitations_organization_idx ON invitations (organization_id, created_at DESC)`);
    // One open invitation per address and organisation: a second one would leave two live links.
    await queryRunner.query(
      `CREATE UNIQUE INDEX invitations_open_email_key ON invitations (organization_id, email) WHERE accepted_at IS NULL AND revoked_at IS NULL`,
    );
    await queryRunner.query(`
      CREATE TABLE invitation_plans (
        invitation_id uuid NOT NULL REFERENCES invitations(id) ON DELETE CASCADE,
        plan_id uuid NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('EDITOR', 'COMMENTER', 'APPROVER', 'VIEWER')),
        PRIMARY KEY (invitation_id, plan_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE password_resets (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        token_hash text NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX password_resets_token_hash_key ON password_resets (token_hash)`);
    await queryRunner.query(`CREATE INDEX password_resets_user_idx ON password_resets (user_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE password_resets`);
    await queryRunner.query(`DROP TABLE invitation_plans`);
    await queryRunner.query(`DROP TABLE invitations`);
    await queryRunner.query(`ALTER TABLE users DROP COLUMN is_plan_creator`);
    await queryRunner.query(`ALTER TABLE organizations DROP COLUMN plan_creation`);
  }
}
