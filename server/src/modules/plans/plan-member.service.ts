/** Plan memberships: who is in a plan and with which role. The owner manages them. */
import type { EntityManager } from "typeorm";
import type { DomainEvents } from "../../events/domain-events";
import { BadInputError, ConflictError, NotFoundError } from "../../errors";
import { PlanRole } from "../../policies/plan-role";
import { AuditAction } from "../audit/audit-action";
import type { AuditRepository } from "../audit/audit.repository";
import type { User } from "../users/user.entity";
import type { UserRepository } from "../users/user.repository";
import type { PlanMember } from "./plan-member.entity";
import type { PlanMemberRepository } from "./plan-member.repository";
import type { PlanService } from "./plan.service";

export class PlanMemberService {
  constructor(
    private readonly repository: PlanMemberRepository,
    private readonly users: UserRepository,
    private readonly plans: PlanService,
    private readonly events: DomainEvents,
    private readonly audit: AuditRepository,
  ) {}

  async add(actor: User, planId: string, email: string, role: PlanRole): Promise<PlanMember> {
    const { plan } = await this.plans.authorize(actor, planId, "plan.manageMembers");
    const user = await this.users.findByEmailInOrganization(email.trim().toLowerCase(), plan.organizationId);
    if (!user || !user.isActive) throw new BadInputError(`No active colleague with email ${email}.`);
    if (await this.repository.exists(planId, user.id)) throw new ConflictError(`${user.name} is already a member.`);
    const member = await this.repository.transaction(async (manager) => {
      const saved = await this.repository.insert({ planId, userId: user.id, role }, manager);
      await this.record(manager, actor, planId, AuditAction.MEMBER_ADDED, { userId: user.id, role });
      return saved;
    });
    this.events.emit("membership.changed", { planId, userId: user.id, role });
    return member;
  }

  async changeRole(actor: User, planId: string, userId: string, role: PlanRole): Promise<PlanMember> {
    await this.plans.authorize(actor, planId, "plan.manageMembers");
    const member = await this.find(planId, userId);
    if (member.role === PlanRole.OWNER && role !== PlanRole.OWNER) await this.assertAnotherOwner(planId);
    member.role = role;
    await this.repository.transaction(async (manager) => {
      await this.repository.updateRole(planId, userId, role, manager);
      await this.record(manager, actor, planId, AuditAction.MEMBER_ROLE_CHANGED, { userId, role });
    });
    this.events.emit("membership.changed", { planId, userId, role });
    return member;
  }

  async remove(actor: User, planId: string, userId: string): Promise<void> {
    await this.plans.authorize(actor, planId, "plan.manageMembers");
    const member = await this.find(planId, userId);
    if (member.role === PlanRole.OWNER) await this.assertAnotherOwner(planId);
    await this.repository.transaction(async (manager) => {
      await this.repository.delete(planId, userId, manager);
      await this.record(manager, actor, planId, AuditAction.MEMBER_REMOVED, { userId, role: member.role });
    });
    this.events.emit("membership.removed", { planId, userId });
  }

  private record(manager: EntityManager, actor: User, planId: string, action: AuditAction, payload: Record<string, unknown>) {
    return this.audit.append({ planId, actorId: actor.id, action, payload }, manager);
  }

  private async find(planId: string, userId: string): Promise<PlanMember> {
    const member = await this.repository.find(planId, userId);
    if (!member) throw new NotFoundError("Member");
    return member;
  }

  /** A plan always keeps an owner: someone must be able to manage it. */
  private async assertAnotherOwner(planId: string): Promise<void> {
    const owners = await this.repository.countOwners(planId);
    if (owners < 2) throw new ConflictError("A plan needs at least one owner.");
  }
}
