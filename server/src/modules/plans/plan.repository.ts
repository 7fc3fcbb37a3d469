/** Plans and the caller's membership in them: every plan query lives here. */
import { Not, type DataSource, type EntityManager } from "typeorm";
import { entityRows, selectRows, type EntityRows } from "../../entity-rows";
import { isUuid } from "../../ids";
import type { PlanRole } from "../../policies/plan-role";
import { PlanMember } from "./plan-member.entity";
import { PlanStatus } from "./plan-status";
import { Plan } from "./plan.entity";

export interface PlanAccess {
  plan: Plan;
  /** The user's role in the plan, null when not a member. */
  role: PlanRole | null;
}

export interface PlanListFilter {
  /** Only plans this user owns. */
  ownerId?: string;
  /** Without it, every plan but archived ones. */
  status?: PlanStatus | null;
}

export type NewPlan = Pick<Plan, "organizationId" | "ownerId" | "title" | "status">;

export class PlanRepository {
  private readonly rows: EntityRows<Plan>;

  constructor(private readonly dataSource: DataSource) {
    this.rows = entityRows(dataSource, Plan);
  }

  /** By id, without access checks (for callers that hold another proof, such as a calendar feed secret). */
  findById(planId: string, manager: EntityManager = this.dataSource.manager): Promise<Plan | null> {
    if (!isUuid(planId)) return Promise.resolve(null);
    return manager.getRepository(Plan).findOneBy({ id: planId });
  }

  /** The plan with the user's role in it, in one statement: this runs on every plan request and every collaboration upgrade. */
  async findAccess(planId: string, userId: string, manager: EntityManager = this.dataSource.manager): Promise<PlanAccess | null> {
    if (!isUuid(planId)) return null;
    return (await this.findAccessMany([planId], userId, manager))[0] ?? null;
  }

  /** Each of these plans that exists, with the user's role in it (viewerCan of many threads), in one statement. */
  async findAccessMany(planIds: readonly string[], userId: string, manager: EntityManager = this.dataSource.manager): Promise<PlanAccess[]> {
    const sql = `SELECT ${this.rows.select("p")}, m.role AS "member.role"
                   FROM plans p LEFT JOIN plan_members m ON m.plan_id = p.id AND m.user_id = $2
                  WHERE p.id = ANY($1::uuid[])`;
    const rows = await selectRows(manager, sql, [planIds, userId]);
    return rows.map((row) => ({ plan: this.rows.read(row, "p"), role: (row["member.role"] as PlanRole | null) ?? null }));
  }

  /** Plans of one organisation the user is a member of, most recently changed first. */
  async listForMember(
    userId: string,
    organizationId: string,
    filter: PlanListFilter,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ plan: Plan; role: PlanRole }[]> {
    const query = manager
      .createQueryBuilder(Plan, "plan")
      .innerJoinAndMapOne("plan.membership", PlanMember, "member", "member.plan_id = plan.id AND member.user_id = :userId", {
        userId,
      })
      .where("plan.organization_id = :organizationId", { organizationId })
      .orderBy("plan.updated_at", "DESC");
    if (filter.ownerId) query.andWhere("plan.owner_id = :ownerId", { ownerId: filter.ownerId });
    if (filter.status) query.andWhere("plan.status = :status", { status: filter.status });
    else query.andWhere("plan.status <> :archived", { archived: PlanStatus.ARCHIVED });
    const plans: (Plan & { membership?: PlanMember })[] = await query.getMany();
    // The inner join guarantees every row a membership.
    return plans.map((plan) => ({ plan, role: plan.membership!.role }));
  }

  /** Every plan that is not archived, oldest first (the council digest scheduler's round). */
  listActive(manager: EntityManager = this.dataSource.manager): Promise<Plan[]> {
    return manager.getRepository(Plan).find({ where: { status: Not(PlanStatus.ARCHIVED) }, order: { createdAt: "ASC" } });
  }

  /**
   * Text edits happened at these times: one statement for every plan, never moving a time backwards (a
   * rename stamped in between stays if it is newer).
   */
  async markEdited(editedAt: ReadonlyMap<string, Date>, manager: EntityManager = this.dataSource.manager): Promise<void> {
    if (editedAt.size === 0) return;
    await manager.query(
      `UPDATE plans SET updated_at = GREATEST(plans.updated_at, edit.at)
         FROM unnest($1::uuid[], $2::timestamptz[]) AS edit(id, at)
        WHERE plans.id = edit.id`,
      [[...editedAt.keys()], [...editedAt.values()].map((at) => at.toISOString())],
    );
  }

  insert(plan: NewPlan, manager: EntityManager = this.dataSource.manager): Promise<Plan> {
    return manager.save(Plan, manager.create(Plan, plan));
  }

  save(plan: Plan, manager: EntityManager = this.dataSource.manager): Promise<Plan> {
    return manager.getRepository(Plan).save(plan);
  }

  /** The plan's status follows its sign-off; the sign-off module sets it inside its own transaction. */
  async setStatus(planId: string, status: PlanStatus, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.getRepository(Plan).update({ id: planId }, { status });
  }

  /** Runs `work` in one transaction; pass its manager to every repository call inside. */
  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }
}
