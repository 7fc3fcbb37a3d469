/** Submissions and their approvals. Writers pass the transaction that holds the plan lock. */
import { In, Not, type DataSource, type EntityManager } from "typeorm";
import { SignoffApproval } from "./signoff-approval.entity";
import { PlanStatus } from "../plans/plan-status";
import { planStatusOf, SignoffStatus } from "./signoff-states";
import { Signoff } from "./signoff.entity";

export class SignoffRepository {
  constructor(private readonly dataSource: DataSource) {}

  private manager(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  /** The plan's submission that is not superseded, if any. */
  findOpen(planId: string, manager?: EntityManager): Promise<Signoff | null> {
    return this.manager(manager).findOneBy(Signoff, { planId, status: Not(SignoffStatus.SUPERSEDED) });
  }

  openForPlans(planIds: readonly string[]): Promise<Signoff[]> {
    return this.manager().findBy(Signoff, { planId: In([...planIds]), status: Not(SignoffStatus.SUPERSEDED) });
  }

  insert(signoff: Pick<Signoff, "planId" | "versionId" | "status" | "requestedBy">, manager: EntityManager): Promise<Signoff> {
    return manager.save(Signoff, manager.create(Signoff, { ...signoff, supersededAt: null }));
  }

  async supersede(signoff: Signoff, manager: EntityManager): Promise<void> {
    await manager.update(Signoff, { id: signoff.id }, { status: SignoffStatus.SUPERSEDED, supersededAt: new Date() });
  }

  async setStatus(signoff: Signoff, status: SignoffStatus, manager: EntityManager): Promise<void> {
    signoff.status = status;
    await manager.update(Signoff, { id: signoff.id }, { status });
  }

  approvals(signoffId: string, manager?: EntityManager): Promise<SignoffApproval[]> {
    return this.manager(manager).find(SignoffApproval, { where: { signoffId }, order: { createdAt: "ASC", approverId: "ASC" } });
  }

  approvalsForSignoffs(signoffIds: readonly string[]): Promise<SignoffApproval[]> {
    return this.manager().find(SignoffApproval, { where: { signoffId: In([...signoffIds]) }, order: { createdAt: "ASC", approverId: "ASC" } });
  }

  insertApprovals(rows: Omit<SignoffApproval, "id" | "createdAt">[], manager: EntityManager): Promise<SignoffApproval[]> {
    return manager.save(SignoffApproval, rows.map((row) => manager.create(SignoffApproval, row)));
  }

  saveApproval(approval: SignoffApproval, manager: EntityManager): Promise<SignoffApproval> {
    return manager.save(SignoffApproval, approval);
  }
}

/** The status a plan returns to when un-archived: its open submission's, or DRAFT. */
export async function activePlanStatus(signoffs: SignoffRepository, planId: string): Promise<PlanStatus> {
  const open = await signoffs.findOpen(planId);
  return open ? planStatusOf(open.status) : PlanStatus.DRAFT;
}
