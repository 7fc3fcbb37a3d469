/** Plan memberships: who is in a plan and with which role. The owner manages them. */
import type { DataSource, EntityManager } from "typeorm";
import { isUuid } from "../../db/ids";
import type { DomainEvents } from "../../events/domain-events";
import { BadInputError, ConflictError, NotFoundError } from "../../errors";
import { PlanRole } from "../../policies/plan-role";
import { AuditAction } from "../audit/audit-action";
import { AuditRepository } from "../audit/audit.repository";
import { User } from "../users/user.entity";
import { PlanMember } from "./plan-member.entity";
import type { PlanService } from "./plan.service";

export class PlanMemberService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly plans: PlanService,
    private readonly events: DomainEvents,
    private readonly audit = new AuditRepository(dataSource),
  ) {}

  async add(actor: User, planId: string, email: string, role: PlanRole): Promise<PlanMember> {
    const { plan } = await this.plans.authorize(actor, planId, "plan.manageMembers");
    const user = await this.dataSource.getRepository(User).findOneBy({
      email: email.trim().toLowerCase(),
      organizationId: plan.organizationId,
    });
    if (!user || !user.isActive) throw new BadInputError(`No active colleague with email ${email}.`);
    const repository = this.dataSource.getRepository(PlanMember);
    if (await repository.existsBy({ planId, userId: user.id })) throw new ConflictError(`${user.name} is already a member.`);
    const member = await this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(PlanMember, manager.create(PlanMember, { planId, userId: user.id, role }));
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
    await this.dataSource.transaction(async (manager) => {
      await manager.update(PlanMember, { planId, userId }, { role });
      await this.record(manager, actor, planId, AuditAction.MEMBER_ROLE_CHANGED, { userId, role });
    });
    this.events.emit("membership.changed", { planId, userId, role });
    return member;
  }

  async remove(actor: User, planId: string, userId: string): Promise<void> {
    await this.plans.authorize(actor, planId, "plan.manageMembers");
    const member = await this.find(planId, userId);
    if (member.role === PlanRole.OWNER) await this.assertAnotherOwner(planId);
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(PlanMember, { planId, userId });
      await this.record(manager, actor, planId, AuditAction.MEMBER_REMOVED, { userId, role: member.role });
    });
    this.events.emit("membership.removed", { planId, userId });
  }

  private record(manager: EntityManager, actor: User, planId: string, action: AuditAction, payload: Record<string, unknown>) {
    return this.audit.append({ planId, actorId: actor.id, action, payload }, manager);
  }

  private async find(planId: string, userId: string): Promise<PlanMember> {
    const member = isUuid(userId) ? await this.dataSource.getRepository(PlanMember).findOneBy({ planId, userId }) : null;
    if (!member) throw new NotFoundError("Member");
    return member;
  }

  /** A plan always keeps an owner: someone must be able to manage it. */
  private async assertAnotherOwner(planId: string): Promise<void> {
    const owners = await this.dataSource.getRepository(PlanMember).countBy({ planId, role: PlanRole.OWNER });
    if (owners < 2) throw new ConflictError("A plan needs at least one owner.");
  }
}
