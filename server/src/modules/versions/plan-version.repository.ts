/** Versions: numbered per plan, written once, read by id, plan or batch. */
import { In, type DataSource, type EntityManager } from "typeorm";
import { isUuid } from "../../ids";
import { PlanVersion } from "./plan-version.entity";

const LISTED = { id: true, planId: true, number: true, name: true, hash: true, sections: true, createdBy: true, createdAt: true } as const;

export type NewVersion = Omit<PlanVersion, "id" | "number" | "createdAt">;

export class PlanVersionRepository {
  constructor(private readonly dataSource: DataSource) {}

  private repo(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(PlanVersion);
  }

  /** Numbers the version after the plan's latest; the caller holds the plan lock, so numbers never collide. */
  async insert(version: NewVersion, manager: EntityManager): Promise<PlanVersion> {
    const [{ next }]: { next: string }[] = await manager.query(`SELECT COALESCE(MAX(number), 0) + 1 AS next FROM plan_versions WHERE plan_id = $1`, [version.planId]);
    return this.repo(manager).save(this.repo(manager).create({ ...version, number: Number(next) }));
  }

  findById(id: string, manager?: EntityManager): Promise<PlanVersion | null> {
    return isUuid(id) ? this.repo(manager).findOneBy({ id }) : Promise.resolve(null);
  }

  /** Without the state bytes: only a restore needs them, and it loads one version by id. */
  findByIds(ids: readonly string[]): Promise<PlanVersion[]> {
    return this.repo().find({ where: { id: In([...ids]) }, select: { ...LISTED, content: true } });
  }

  latest(planId: string, manager?: EntityManager): Promise<PlanVersion | null> {
    return this.repo(manager).findOne({ where: { planId }, order: { number: "DESC" } });
  }

  /** Newest first, without the state bytes or the content (a list shows neither; `content` loads on demand). */
  listForPlan(planId: string): Promise<PlanVersion[]> {
    return this.listForPlans([planId]);
  }

  listForPlans(planIds: readonly string[]): Promise<PlanVersion[]> {
    return this.repo().find({
      where: { planId: In([...planIds]) },
      order: { number: "DESC" },
      select: LISTED,
    });
  }
}
