/** Plans: creation from the template, listing, renaming, archiving, reviewer assignment. */
import { createPlanDoc, DEFAULT_TEMPLATE, listSections, setSectionReviewer, type PlanTemplate } from "@planbridge/plan-schema";
import type { DomainEvents } from "../../events/domain-events";
import { BadInputError, ForbiddenError, NotFoundError } from "../../errors";
import { canInOrganization } from "../../policies/organization-policy";
import { can, canBeTacticReviewer, PlanRole, type PlanAction } from "../../policies/plan-policy";
import { AuditAction } from "../audit/audit-action";
import type { AuditRepository } from "../audit/audit.repository";
import { lockPlanRow } from "../audit/plan-lock.repository";
import type { OrganizationRepository } from "../organizations/organization.repository";
import type { User } from "../users/user.entity";
import type { DocumentVersions, PlanDocuments, PlanSectionJson } from "./plan-documents.port";
import type { PlanMemberRepository } from "./plan-member.repository";
import { planSubject } from "./plan-subject";
import { PlanStatus } from "./plan-status";
import type { Plan } from "./plan.entity";
import type { PlanAccess, PlanRepository } from "./plan.repository";
import type { ReviewerMap, SectionReviewerRepository } from "./section-reviewer.repository";

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

/** A section as GraphQL shows it: the reviewer from the table, and the plan's organisation to check it against. */
export type PlanSectionView = PlanSectionJson & { organizationId: string };

export class PlanService {
  constructor(
    private readonly repository: PlanRepository,
    private readonly members: PlanMemberRepository,
    private readonly documents: PlanDocuments,
    private readonly events: DomainEvents,
    private readonly reviewers: SectionReviewerRepository,
    private readonly audit: AuditRepository,
    private readonly organizations: OrganizationRepository,
    private readonly activeStatus: ActiveStatusOf = () => Promise.resolve(PlanStatus.DRAFT),
  ) {}

  /** Loads the plan and checks the action; another organisation's plan is reported as not found. */
  async authorize(user: User, planId: string, action: PlanAction): Promise<PlanAccess & { role: PlanRole }> {
    const access = await this.repository.findAccess(planId, user.id);
    if (!access || access.plan.organizationId !== user.organizationId) throw new NotFoundError("Plan");
    if (!can(user, action, planSubject(access))) throw new ForbiddenError();
    return access as PlanAccess & { role: PlanRole };
  }

  /** A plan by id with no access check: for callers that checked access another way. */
  findPlan(planId: string): Promise<Plan | null> {
    return this.repository.findById(planId);
  }

  /** Plans the user is a member of, newest activity first. */
  async list(user: User, filter: PlanFilter = {}): Promise<PlanWithRole[]> {
    return this.repository.listForMember(user.id, user.organizationId, {
      ownerId: filter.mine ? user.id : undefined,
      status: filter.status,
    });
  }

  async create(user: User, title: string, template: PlanTemplate = DEFAULT_TEMPLATE): Promise<Plan> {
    const organization = await this.organizations.findById(user.organizationId);
    if (!organization || !canInOrganization(user, "organization.createPlan", organization)) {
      throw new ForbiddenError("Your organisation lets only some people start plans; ask an admin.");
    }
    return this.repository.transaction(async (manager) => {
      const plan = await this.repository.insert(
        { organizationId: user.organizationId, ownerId: user.id, title: cleanTitle(title), status: PlanStatus.DRAFT },
        manager,
      );
      await this.members.insert({ planId: plan.id, userId: user.id, role: PlanRole.OWNER }, manager);
      const doc = createPlanDoc(template);
      await this.documents.createDocument(plan.id, doc, manager);
      // The template's reviewers become the authoritative assignments; the document only mirrors them.
      const assigned = listSections(doc).flatMap((section) => (section.reviewerId ? [[section.id, section.reviewerId] as const] : []));
      await this.reviewers.insertMany(plan.id, new Map(assigned), user.id, manager);
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
    plan.status = isArchived ? PlanStatus.ARCHIVED : await this.activeStatus(planId);
    const saved = await this.repository.save(plan);
    // Before answering: an edit sent once the owner sees "archived" must already be refused.
    if (isArchived) this.events.emit("plan.archived", { planId });
    return saved;
  }

  /** The document's sections with reviewers from the table: the document's own copy may be forged. */
  async sections(plan: Plan, knownReviewers?: ReviewerMap, versions?: DocumentVersions): Promise<PlanSectionView[]> {
    const [{ sections }, reviewers] = await Promise.all([
      this.documents.readPlan(plan.id, versions),
      knownReviewers ?? this.reviewers.forPlan(plan.id),
    ]);
    return sections.map((section) => ({ ...section, reviewerId: reviewers.get(section.id) ?? null, organizationId: plan.organizationId }));
  }

  /**
   * Names (or clears) the council member who reviews a tactic section: the table is written and audited
   * in one transaction, then mirrored into the document for display.
   */
  async assignReviewer(user: User, planId: string, sectionId: string, reviewerId: string | null): Promise<PlanSectionView> {
    const { plan } = await this.authorize(user, planId, "plan.assignReviewer");
    if (reviewerId) {
      const member = await this.members.find(planId, reviewerId);
      if (!member) throw new BadInputError("The reviewer must be a member of the plan.");
      if (!canBeTacticReviewer(member.role)) throw new BadInputError("The reviewer must be a council member (an editor or commenter of the plan), not its owner or an approver.");
    }
    const section = (await this.documents.readPlan(planId)).sections.find((candidate) => candidate.id === sectionId);
    if (!section) throw new NotFoundError("Section");
    await this.repository.transaction(async (manager) => {
      await lockPlanRow(manager, planId);
      await this.reviewers.assign(planId, sectionId, reviewerId, user.id, manager);
      const payload = { sectionId, reviewerId };
      await this.audit.append({ planId, actorId: user.id, action: AuditAction.REVIEWER_ASSIGNED, payload }, manager);
    });
    await this.documents.change(planId, (doc) => void setSectionReviewer(doc, sectionId, reviewerId));
    return { ...section, reviewerId, organizationId: plan.organizationId };
  }
}

function cleanTitle(title: string): string {
  const trimmed = title.trim();
  if (trimmed.length < 1 || trimmed.length > 200) throw new BadInputError("A plan title needs 1 to 200 characters.");
  return trimmed;
}
