/** People: every query on the users table lives here. */
import { type DataSource, type EntityManager } from "typeorm";
import { entityRows, selectRows, type EntityRows } from "../../entity-rows";
import { isUuid } from "../../ids";
import { User } from "./user.entity";

export type NewUserRow = Omit<User, "id" | "createdAt">;

export class UserRepository {
  private readonly rows: EntityRows<User>;

  constructor(private readonly dataSource: DataSource) {
    this.rows = entityRows(dataSource, User);
  }

  /** Every active account with this email, oldest first: users are unique per organisation, not globally. */
  listActiveByEmail(email: string, manager: EntityManager = this.dataSource.manager): Promise<User[]> {
    return manager.getRepository(User).find({ where: { email, isActive: true }, order: { createdAt: "ASC" } });
  }

  findByEmailInOrganization(email: string, organizationId: string, manager: EntityManager = this.dataSource.manager): Promise<User | null> {
    return manager.getRepository(User).findOneBy({ email, organizationId });
  }

  findInOrganization(id: string, organizationId: string, manager: EntityManager = this.dataSource.manager): Promise<User | null> {
    if (!isUuid(id)) return Promise.resolve(null);
    return manager.getRepository(User).findOneBy({ id, organizationId });
  }

  /** By id, in any order (the DataLoader behind every `User` field). */
  async findByIds(ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<User[]> {
    const rows = await selectRows(manager, `SELECT ${this.rows.select("u")} FROM users u WHERE u.id = ANY($1::uuid[])`, [ids]);
    return rows.map((row) => this.rows.read(row, "u"));
  }

  listOfOrganization(organizationId: string, manager: EntityManager = this.dataSource.manager): Promise<User[]> {
    return manager.getRepository(User).find({ where: { organizationId }, order: { name: "ASC" } });
  }

  insert(user: NewUserRow, manager: EntityManager = this.dataSource.manager): Promise<User> {
    return manager.getRepository(User).save(user);
  }

  async setPasswordHash(id: string, passwordHash: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.getRepository(User).update({ id }, { passwordHash });
  }

  async update(id: string, changes: Partial<Pick<User, "name" | "jobTitle" | "isPlanCreator">>, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.getRepository(User).update({ id }, changes);
  }

  async setActive(id: string, isActive: boolean, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.getRepository(User).update({ id }, { isActive });
  }

  /** Runs `work` in one transaction; pass its manager to every repository call inside. */
  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }
}
