import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * An email is unique within an organisation, not across all of them: otherwise one organisation's admin
 * learns which addresses another organisation uses (inviteUser's conflict) and can take an address first
 * so its real organisation can never invite that person.
 */
export class UsersPerOrganization1764000300000 implements MigrationInterface {
  name = "UsersPerOrganization1764000300000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX users_email_key`);
    await queryRunner.query(`CREATE UNIQUE INDEX users_organization_email_key ON users (organization_id, email)`);
    // Sign-in looks people up by email alone.
    await queryRunner.query(`CREATE INDEX users_email_idx ON users (email)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX users_email_idx`);
    await queryRunner.query(`DROP INDEX users_organization_email_key`);
    await queryRunner.query(`CREATE UNIQUE INDEX users_email_key ON users (email)`);
  }
}
