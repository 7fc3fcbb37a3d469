/** Plans: creation from the template, listing, renaming, archiving, reviewer assignment. */
import {
  createPlanDoc,
  DEFAULT_TEMPLATE,
  listSections,
  setSectionReviewer,
  type PlanTemplate,
} from "@planbridge/plan-schema";
import type { DataSource } from "typeorm";
import { lockPlanRow } from "../../db/plan-lock";
import { BadInputError, ForbiddenError, NotFoundError } from "../../errors";
import { canInOrganization } from "../../policies/organization-policy";
import { can, PlanRole, type PlanAction } from "../../policies/plan-policy";
import { AuditAction } from "../audit/audit-action";
import { AuditRepository } from "../audit/audit.repository";
import { User } from "../users/user.entity";
import { findPlanAccess, planSubject, type PlanAccess } from "./plan-access.service";
import type { PlanDocuments, PlanSectionJson } from "./plan-documents.port";
import { PlanMember } from "./plan-member.entity";
import { PlanStatus } from "./plan-status";
import { Plan } from "./plan.entity";
import { SectionReviewerRepository, type ReviewerMap } from "./section-reviewer.repository";

export interface PlanFilter {
  mine?: boolean | null;
  status?: PlanStatus | null;
}

/**
 * A plan's status when it is not archived: DRAFT, or what its open sign-off says (the sign-off module
 * owns that and is above plans, so it is passed in rather than imported).
 */
export type ActiveStatusOf = (planId: string) => Promise<PlanStatus>;

export interface PlanWithRole {
  plan: Plan;
  role: PlanRole;
}

export class PlanService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly documents: PlanDocuments,
    private readonly reviewers = new SectionReviewerRepository(dataSource),
    private readonly audit = new AuditRepository(dataSource),
    private readonly activeStatus: ActiveStatusOf = async () => PlanStatus.DRAFT,
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
      const doc = createPlanDoc(template);
      await this.documents.createDocument(plan.id, doc, manager);
      const assigned = listSections(doc).flatMap((section) => (section.reviewerId ? [[section.id, section.reviewerId] as const] : []));
      await this.reviewers.insertMany(plan.id, new Map(assigned), user.id, manager);
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
    plan.status = isArchived ? PlanStatus.ARCHIVED : await this.activeStatus(planId);
    return this.dataSource.getRepository(Plan).save(plan);
  }

  /** The document's sections with reviewers from the table: the document's own copy may be forged. */
  async sections(planId: string, knownReviewers?: ReviewerMap): Promise<PlanSectionJson[]> {
    const [plan, reviewers] = await Promise.all([this.documents.readPlan(planId), knownReviewers ?? this.reviewers.forPlan(planId)]);
    return plan.sections.map((section) => ({ ...section, reviewerId: reviewers.get(section.id) ?? null }));
  }

  /**
   * Names (or clears) the council member who reviews a tactic section: the table is written and audited
   * in one transaction, then mirrored into the document for display.
   */
  async assignReviewer(user: User, planId: string, sectionId: string, reviewerId: string | null): Promise<PlanSectionJson> {
    await this.authorize(user, planId, "plan.assignReviewer");
    if (reviewerId) {
      const reviewer = await findPlanAccess(this.dataSource, planId, { id: reviewerId });
      if (!reviewer?.role) throw new BadInputError("The reviewer must be a member of the plan.");
    }
    const section = (await this.documents.readPlan(planId)).sections.find((candidate) => candidate.id === sectionId);
    if (!section) throw new NotFoundError("Section");
    await this.dataSource.transaction(async (manager) => {
      await lockPlanRow(manager, planId);
      await this.reviewers.assign(planId, sectionId, reviewerId, user.id, manager);
      const payload = { sectionId, reviewerId };
      await this.audit.append({ planId, actorId: user.id, action: AuditAction.REVIEWER_ASSIGNED, payload }, manager);
    });
    await this.documents.change(planId, (doc) => void setSectionReviewer(doc, sectionId, reviewerId));
    return { ...section, reviewerId };
  }
}

function cleanTitle(title: string): string {
  const trimmed = title.trim();
  if (trimmed.length < 1 || trimmed.length > 200) throw new BadInputError("A plan title needs 1 to 200 characters.");
  return trimmed;
}
