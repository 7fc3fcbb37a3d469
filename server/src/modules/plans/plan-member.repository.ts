/** Plan memberships (one role per user per plan): every membership query lives here. */
import { In, type DataSource, type EntityManager } from "typeorm";
import { entityRows, selectRows, type EntityRows } from "../../entity-rows";
import { isUuid } from "../../ids";
import { PlanRole } from "../../policies/plan-role";
import { PlanMember } from "./plan-member.entity";

export class PlanMemberRepository {
  private readonly rows: EntityRows<PlanMember>;

  constructor(private readonly dataSource: DataSource) {
    this.rows = entityRows(dataSource, PlanMember);
  }

  find(planId: string, userId: string, manager: EntityManager = this.dataSource.manager): Promise<PlanMember | null> {
    if (!isUuid(planId) || !isUuid(userId)) return Promise.resolve(null);
    return manager.getRepository(PlanMember).findOneBy({ planId, userId });
  }

  exists(planId: string, userId: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    return manager.getRepository(PlanMember).existsBy({ planId, userId });
  }

  insert(member: Pick<PlanMember, "planId" | "userId" | "role">, manager: EntityManager = this.dataSource.manager): Promise<PlanMember> {
    const repository = manager.getRepository(PlanMember);
    return repository.save(repository.create(member));
  }

  async updateRole(planId: string, userId: string, role: PlanRole, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.getRepository(PlanMember).update({ planId, userId }, { role });
  }

  async delete(planId: string, userId: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.getRepository(PlanMember).delete({ planId, userId });
  }

  countOwners(planId: string, manager: EntityManager = this.dataSource.manager): Promise<number> {
    return manager.getRepository(PlanMember).countBy({ planId, role: PlanRole.OWNER });
  }

  /** The members among these users (who of them may be named as approvers, for instance). */
  findAmong(planId: string, userIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<PlanMember[]> {
    return manager.getRepository(PlanMember).findBy({ planId, userId: In([...userIds]) });
  }

  /** Runs `work` in one transaction; pass its manager to every repository call inside. */
  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** One user's memberships among these plans (the DataLoader behind `Plan.myRole`). */
  findOfUser(userId: string, planIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<PlanMember[]> {
    return manager.getRepository(PlanMember).findBy({ userId, planId: In([...planIds]) });
  }

  /** Every member of these plans, oldest membership first (the DataLoader behind `Plan.members`). */
  async findOfPlans(planIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<PlanMember[]> {
    const sql = `SELECT ${this.rows.select("m")} FROM plan_members m WHERE m.plan_id = ANY($1::uuid[]) ORDER BY m.created_at`;
    return (await selectRows(manager, sql, [planIds])).map((row) => this.rows.read(row, "m"));
  }
}
