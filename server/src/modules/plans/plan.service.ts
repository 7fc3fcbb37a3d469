/** Plans: creation from the template, listing, renaming, archiving, reviewer assignment. */
import {
  createPlanDoc,
  DEFAULT_TEMPLATE,
  findSection,
  readSectionMeta,
  setSectionReviewer,
  type PlanTemplate,
  type SectionMeta,
} from "@planbridge/plan-schema";
import type { DataSource } from "typeorm";
import type { DomainEvents } from "../../events/domain-events";
import { BadInputError, ForbiddenError, NotFoundError } from "../../errors";
import { canInOrganization } from "../../policies/organization-policy";
import { can, PlanRole, type PlanAction } from "../../policies/plan-policy";
import { User } from "../users/user.entity";
import { findPlanAccess, planSubject, type PlanAccess } from "./plan-access.service";
import type { PlanDocuments } from "./plan-documents.port";
import { PlanMember } from "./plan-member.entity";
import { PlanStatus } from "./plan-status";
import { Plan } from "./plan.entity";

export interface PlanFilter {
  mine?: boolean | null;
  status?: PlanStatus | null;
}

export interface PlanWithRole {
  plan: Plan;
  role: PlanRole;
}

export class PlanService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly documents: PlanDocuments,
    private readonly events: DomainEvents,
  ) {}

  /** Loads the plan and checks the action; another organisation's plan is reported as not found. */
  async authorize(user: User, planId: string, action: PlanAction): Promise<PlanAccess & { role: PlanRole }> {
    const access = await findPlanAccess(this.dataSource, planId, user);
    if (!access || access.plan.organizationId !== user.organizationId) throw new NotFoundError("Plan");
    if (!can(user, action, planSubject(access))) throw new ForbiddenError();
    return access as PlanAccess & { role: PlanRole };
  }

  /** Plans the user is a member of, newest activity first. */
  async list(user: User, filter: PlanFilter = {}): Promise<PlanWithRole[]> {
    const query = this.dataSource
      .getRepository(Plan)
      .createQueryBuilder("plan")
      .innerJoinAndMapOne("plan.membership", PlanMember, "member", "member.plan_id = plan.id AND member.user_id = :userId", {
        userId: user.id,
      })
      .where("plan.organization_id = :organizationId", { organizationId: user.organizationId })
      .orderBy("plan.updated_at", "DESC");
    if (filter.mine) query.andWhere("plan.owner_id = :userId", { userId: user.id });
    if (filter.status) query.andWhere("plan.status = :status", { status: filter.status });
    else query.andWhere("plan.status <> :archived", { archived: PlanStatus.ARCHIVED });
    const plans = (await query.getMany()) as (Plan & { membership: PlanMember })[];
    return plans.map((plan) => ({ plan, role: plan.membership.role }));
  }

  async create(user: User, title: string, template: PlanTemplate = DEFAULT_TEMPLATE): Promise<Plan> {
    if (!canInOrganization(user, "organization.createPlan", user.organizationId)) throw new ForbiddenError();
    return this.dataSource.transaction(async (manager) => {
      const plan = await manager.save(Plan, manager.create(Plan, {
        organizationId: user.organizationId,
        ownerId: user.id,
        title: cleanTitle(title),
        status: PlanStatus.DRAFT,
      }));
      await manager.save(PlanMember, { planId: plan.id, userId: user.id, role: PlanRole.OWNER });
      await this.documents.createDocument(plan.id, createPlanDoc(template), manager);
      return plan;
    });
  }

  async rename(user: User, planId: string, title: string): Promise<Plan> {
    const { plan } = await this.authorize(user, planId, "plan.rename");
    plan.title = cleanTitle(title);
    return this.dataSource.getRepository(Plan).save(plan);
  }

  async setArchived(user: User, planId: string, isArchived: boolean): Promise<Plan> {
    const { plan } = await this.authorize(user, planId, "plan.archive");
    plan.status = isArchived ? PlanStatus.ARCHIVED : PlanStatus.DRAFT;
    const saved = await this.dataSource.getRepository(Plan).save(plan);
    // Before answering: an edit sent once the owner sees "archived" must already be refused.
    if (isArchived) this.events.emit("plan.archived", { planId });
    return saved;
  }

  async sections(plan: Plan) {
    const { sections } = await this.documents.readPlan(plan.id);
    return sections.map((section) => ({ ...section, organizationId: plan.organizationId }));
  }

  /** Names (or clears) the council member who reviews a tactic section. */
  async assignReviewer(user: User, planId: string, sectionId: string, reviewerId: string | null) {
    const { plan } = await this.authorize(user, planId, "plan.assignReviewer");
    if (reviewerId) {
      const reviewer = await findPlanAccess(this.dataSource, planId, { id: reviewerId });
      if (!reviewer?.role) throw new BadInputError("The reviewer must be a member of the plan.");
    }
    // The edited section is read inside the edit, so answering needs no second load of the document.
    let section: SectionMeta | null = null;
    await this.documents.change(planId, (doc) => {
      if (!setSectionReviewer(doc, sectionId, reviewerId)) return;
      section = readSectionMeta(findSection(doc, sectionId)!);
    });
    if (!section) throw new NotFoundError("Section");
    return { ...(section as SectionMeta), organizationId: plan.organizationId };
  }
}

function cleanTitle(title: string): string {
  const trimmed = title.trim();
  if (trimmed.length < 1 || trimmed.length > 200) throw new BadInputError("A plan title needs 1 to 200 characters.");
  return trimmed;
}
