/** Versions: cut, list, open, compare and restore a plan's fixed, hashed states. */
import type { VersionContentJson } from "@planbridge/plan-schema";
import { lockPlanRow } from "../audit/plan-lock.repository";
import { BadInputError, NotFoundError } from "../../errors";
import type { PlanAction } from "../../policies/plan-policy";
import { AuditAction } from "../audit/audit-action";
import type { AuditRepository } from "../audit/audit.repository";
import type { PlanAccess, PlanRepository } from "../plans/plan.repository";
import type { Plan } from "../plans/plan.entity";
import type { PlanService } from "../plans/plan.service";
import type { SectionReviewerRepository } from "../plans/section-reviewer.repository";
import type { User } from "../users/user.entity";
import type { PlanVersion } from "./plan-version.entity";
import type { PlanVersionRepository } from "./plan-version.repository";
import { planHash, versionSections, withReviewers } from "./version-content";
import { diffPlans, type SectionDiff } from "./version-diff";
import type { VersionAlignment } from "./version-alignment.port";
import type { VersionDocuments } from "./version-documents.port";

export interface PlanDiff {
  from: PlanVersion;
  /** null: the live draft. */
  to: PlanVersion | null;
  sections: SectionDiff[];
}

/** The repositories versions compose in one transaction. */
export interface VersionRepositories {
  plans: PlanRepository;
  planVersions: PlanVersionRepository;
  sectionReviewers: SectionReviewerRepository;
  audit: AuditRepository;
}

export class VersionService {
  private readonly versions: PlanVersionRepository;
  private readonly reviewers: SectionReviewerRepository;
  private readonly audit: AuditRepository;
  private readonly planRows: PlanRepository;

  constructor(
    repositories: VersionRepositories,
    private readonly documents: VersionDocuments,
    private readonly plans: PlanService,
    private readonly alignment: VersionAlignment | null = null,
  ) {
    this.versions = repositories.planVersions;
    this.reviewers = repositories.sectionReviewers;
    this.audit = repositories.audit;
    this.planRows = repositories.plans;
  }

  /** Loads a version and checks `action` on its plan; an unknown id is not found. */
  async authorizeVersion(user: User, versionId: string, action: PlanAction): Promise<{ version: PlanVersion; access: PlanAccess }> {
    const version = await this.versions.findById(versionId);
    if (!version) throw new NotFoundError("Version");
    return { version, access: await this.plans.authorize(user, version.planId, action) };
  }

  async cut(user: User, planId: string, name?: string | null): Promise<PlanVersion> {
    await this.plans.authorize(user, planId, "plan.cutVersion");
    const cleanName = cleanVersionName(name);
    const captured = await this.documents.capture(planId);
    const alignment = await this.alignment?.snapshot(planId);
    return this.planRows.transaction(async (manager) => {
      await lockPlanRow(manager, planId);
      const reviewers = await this.reviewers.forPlan(planId, manager);
      const content: VersionContentJson = { ...withReviewers(captured.plan, (id) => reviewers.get(id) ?? null), ...(alignment ? { alignment } : {}) };
      const version = await this.versions.insert(
        {
          planId,
          name: cleanName,
          state: Buffer.from(captured.state),
          content,
          hash: planHash(content),
          sections: versionSections(content),
          createdBy: user.id,
        },
        manager,
      );
      const payload = { versionId: version.id, number: version.number, name: cleanName, hash: version.hash };
      await this.audit.append({ planId, actorId: user.id, action: AuditAction.VERSION_CUT, payload }, manager);
      return version;
    });
  }

  async list(user: User, planId: string): Promise<PlanVersion[]> {
    await this.plans.authorize(user, planId, "plan.view");
    return this.versions.listForPlan(planId);
  }

  async open(user: User, versionId: string): Promise<PlanVersion> {
    return (await this.authorizeVersion(user, versionId, "plan.view")).version;
  }

  async diff(user: User, fromVersionId: string, toVersionId: string): Promise<PlanDiff> {
    const from = (await this.authorizeVersion(user, fromVersionId, "plan.view")).version;
    const to = (await this.authorizeVersion(user, toVersionId, "plan.view")).version;
    if (from.planId !== to.planId) throw new BadInputError("Both versions must belong to the same plan.");
    return { from, to, sections: diffPlans(from.content, to.content) };
  }

  async diffWithDraft(user: User, versionId: string): Promise<PlanDiff> {
    const from = (await this.authorizeVersion(user, versionId, "plan.view")).version;
    return { from, to: null, sections: diffPlans(from.content, await this.draft(from.planId)) };
  }

  /**
   * Puts the version's content back as the newest draft: a new change on top of the live document
   * (open editors see it at once), audited; no history is rewritten and no version changes.
   */
  async restore(user: User, versionId: string): Promise<Plan> {
    const { version, access } = await this.authorizeVersion(user, versionId, "plan.restore");
    const reviewers = await this.reviewers.forPlan(version.planId);
    await this.documents.restore(version.planId, version.state, (id) => reviewers.get(id) ?? null);
    const payload = { versionId: version.id, number: version.number, hash: version.hash };
    await this.audit.append({ planId: version.planId, actorId: user.id, action: AuditAction.VERSION_RESTORED, payload });
    return access.plan;
  }

  /** The live draft as a version would store it (reviewers from the table). */
  private async draft(planId: string): Promise<VersionContentJson> {
    const [captured, reviewers, alignment] = await Promise.all([
      this.documents.capture(planId),
      this.reviewers.forPlan(planId),
      this.alignment?.snapshot(planId),
    ]);
    return { ...withReviewers(captured.plan, (id) => reviewers.get(id) ?? null), ...(alignment ? { alignment } : {}) };
  }
}

function cleanVersionName(name: string | null | undefined): string | null {
  const trimmed = name?.trim() ?? "";
  if (trimmed.length > 200) throw new BadInputError("A version name has at most 200 characters.");
  return trimmed.length > 0 ? trimmed : null;
}
