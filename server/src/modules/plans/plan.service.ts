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
import type { DomainEvents } from "../../events/domain-events";
import { BadInputError, ForbiddenError, NotFoundError } from "../../errors";
import { canInOrganization } from "../../policies/organization-policy";
import { can, PlanRole, type PlanAction } from "../../policies/plan-policy";
import type { User } from "../users/user.entity";
import type { PlanDocuments } from "./plan-documents.port";
import type { PlanMemberRepository } from "./plan-member.repository";
import { planSubject } from "./plan-subject";
import { PlanStatus } from "./plan-status";
import type { Plan } from "./plan.entity";
import type { PlanAccess, PlanRepository } from "./plan.repository";

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
    private readonly repository: PlanRepository,
    private readonly members: PlanMemberRepository,
    private readonly documents: PlanDocuments,
    private readonly events: DomainEvents,
  ) {}

  /** Loads the plan and checks the action; another organisation's plan is reported as not found. */
  async authorize(user: User, planId: string, action: PlanAction): Promise<PlanAccess & { role: PlanRole }> {
    const access = await this.repository.findAccess(planId, user.id);
    if (!access || access.plan.organizationId !== user.organizationId) throw new NotFoundError("Plan");
    if (!can(user, action, planSubject(access))) throw new ForbiddenError();
    return access as PlanAccess & { role: PlanRole };
  }

  /** Plans the user is a member of, newest activity first. */
  async list(user: User, filter: PlanFilter = {}): Promise<PlanWithRole[]> {
    return this.repository.listForMember(user.id, user.organizationId, {
      ownerId: filter.mine ? user.id : undefined,
      status: filter.status,
    });
  }

  async create(user: User, title: string, template: PlanTemplate = DEFAULT_TEMPLATE): Promise<Plan> {
    if (!canInOrganization(user, "organization.createPlan", user.organizationId)) throw new ForbiddenError();
    return this.repository.transaction(async (manager) => {
      const plan = await this.repository.insert(
        { organizationId: user.organizationId, ownerId: user.id, title: cleanTitle(title), status: PlanStatus.DRAFT },
        manager,
      );
      await this.members.insert({ planId: plan.id, userId: user.id, role: PlanRole.OWNER }, manager);
      await this.documents.createDocument(plan.id, createPlanDoc(template), manager);
      return plan;
    });
  }

  async rename(user: User, planId: string, title: string): Promise<Plan> {
    const { plan } = await this.authorize(user, planId, "plan.rename");
    plan.title = cleanTitle(title);
    return this.repository.save(plan);
  }

  async setArchived(user: User, planId: string, isArchived: boolean): Promise<Plan> {
    const { plan } = await this.authorize(user, planId, "plan.archive");
    plan.status = isArchived ? PlanStatus.ARCHIVED : PlanStatus.DRAFT;
    const saved = await this.repository.save(plan);
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
      if (!(await this.members.find(planId, reviewerId))) throw new BadInputError("The reviewer must be a member of the plan.");
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
