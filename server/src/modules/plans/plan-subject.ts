/** A loaded plan and the caller's role in it, as the plan policy sees them. */
import type { PlanSubject } from "../../policies/plan-policy";
import { PlanStatus } from "./plan-status";
import type { PlanAccess } from "./plan.repository";

export function planSubject(access: PlanAccess): PlanSubject {
  return {
    organizationId: access.plan.organizationId,
    role: access.role,
    isArchived: access.plan.status === PlanStatus.ARCHIVED,
  };
}
