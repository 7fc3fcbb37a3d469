/** Reading a plan's audit trail and checking that its chain still verifies. */
import type { PlanAuthorizer } from "../../policies/plan-authorizer";
import type { User } from "../users/user.entity";
import { verifyChain, type ChainVerdict } from "./audit-chain";
import type { AuditEntry } from "./audit-entry.entity";
import type { AuditRepository } from "./audit.repository";

export interface AuditLog extends ChainVerdict {
  entries: AuditEntry[];
}

export class AuditService {
  constructor(
    private readonly audit: AuditRepository,
    private readonly plans: PlanAuthorizer,
  ) {}

  async auditLog(user: User, planId: string): Promise<AuditLog> {
    await this.plans.authorize(user, planId, "plan.viewAudit");
    const entries = await this.audit.forPlan(planId);
    return { entries, ...verifyChain(entries) };
  }
}
