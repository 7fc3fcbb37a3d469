/** Password reset links: every query on the password_resets table lives here. */
import { IsNull, type DataSource, type EntityManager } from "typeorm";
import { PasswordReset } from "./password-reset.entity";

export class PasswordResetRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(reset: Pick<PasswordReset, "userId" | "tokenHash" | "expiresAt">, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.getRepository(PasswordReset).insert(reset);
  }

  findByTokenHash(tokenHash: string, manager: EntityManager = this.dataSource.manager): Promise<PasswordReset | null> {
    return manager.getRepository(PasswordReset).findOneBy({ tokenHash });
  }

  /**
   * Uses the link if it is still unused and unexpired, in one statement, so two requests racing with the
   * same link cannot both succeed. Every other open link of the user is closed with it.
   */
  async use(reset: PasswordReset, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(PasswordReset)
      .set({ usedAt: () => "now()" })
      .where("id = :id AND used_at IS NULL AND expires_at > now()", { id: reset.id })
      // RETURNING, not `affected`: PGlite (the embedded database) reports no affected-row count.
      .returning("id")
      .execute();
    if ((result.raw as unknown[]).length !== 1) return false;
    await manager.getRepository(PasswordReset).update({ userId: reset.userId, usedAt: IsNull() }, { usedAt: () => "now()" });
    return true;
  }
}
