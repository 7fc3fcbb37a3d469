/** Loads a plan together with the caller's role in it: the input every plan policy check needs. */
import type { DataSource, EntityManager } from "typeorm";
import type { PlanRole } from "../../policies/plan-role";
import type { Actor, PlanSubject } from "../../policies/plan-policy";
import { PlanMember } from "./plan-member.entity";
import { Plan } from "./plan.entity";
import { PlanStatus } from "./plan-status";
import { isUuid } from "../../db/ids";

export interface PlanAccess {
  plan: Plan;
  role: PlanRole | null;
}

export async function findPlanAccess(
  db: DataSource | EntityManager,
  planId: string,
  user: Pick<Actor, "id">,
): Promise<PlanAccess | null> {
  if (!isUuid(planId)) return null;
  const manager = "manager" in db ? db.manager : db;
  const plan = await manager.findOneBy(Plan, { id: planId });
  if (!plan) return null;
  const member = await manager.findOneBy(PlanMember, { planId, userId: user.id });
  return { plan, role: member?.role ?? null };
}

export function planSubject(access: PlanAccess): PlanSubject {
  return {
    organizationId: access.plan.organizationId,
    role: access.role,
    isArchived: access.plan.status === PlanStatus.ARCHIVED,
  };
}
