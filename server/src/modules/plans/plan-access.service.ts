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
  // One statement: this runs on every plan request and every collaboration upgrade.
  const plan = (await manager
    .createQueryBuilder(Plan, "plan")
    .leftJoinAndMapOne("plan.membership", PlanMember, "member", "member.plan_id = plan.id AND member.user_id = :userId", {
      userId: user.id,
    })
    .where("plan.id = :planId", { planId })
    .getOne()) as (Plan & { membership?: PlanMember | null }) | null;
  if (!plan) return null;
  const { membership, ...planFields } = plan;
  return { plan: Object.assign(new Plan(), planFields), role: membership?.role ?? null };
}

export function planSubject(access: PlanAccess): PlanSubject {
  return {
    organizationId: access.plan.organizationId,
    role: access.role,
    isArchived: access.plan.status === PlanStatus.ARCHIVED,
  };
}
