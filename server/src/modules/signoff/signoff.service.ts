/**
 * Sign-off: the owner submits a version naming its approvers; approvers approve or request changes on
 * exactly that version. Every write takes the plan lock first and re-reads the open submission under
 * it, so an approval can never attach to a submission that a concurrent one superseded.
 */
import type { EntityManager } from "typeorm";
import { isUuid } from "../../ids";
import { lockPlanRow } from "../audit/plan-lock.repository";
import { BadInputError, ConflictError, ForbiddenError, NotFoundError } from "../../errors";
import { PlanRole } from "../../policies/plan-role";
import { AuditAction } from "../audit/audit-action";
import type { AuditRepository } from "../audit/audit.repository";
import type { PlanMemberRepository } from "../plans/plan-member.repository";
import type { PlanRepository } from "../plans/plan.repository";
import type { User } from "../users/user.entity";
import type { PlanVersion } from "../versions/plan-version.entity";
import type { PlanVersionRepository } from "../versions/plan-version.repository";
import type { VersionService } from "../versions/version.service";
import { carryOver, type ApproverScope } from "./approval-carry-over";
import { coveredSectionsOf, type SignoffApproval } from "./signoff-approval.entity";
import type { Notice, SignoffNotifier } from "./signoff-notifier";
import type { SignoffRepository } from "./signoff.repository";
import { ApprovalState, planStatusOf, signoffStatusOf } from "./signoff-states";
import type { Signoff } from "./signoff.entity";
import type { TacticReviewService } from "./tactic-review.service";

const MAX_COMMENT = 2000;

/** The repositories sign-off composes in one transaction. */
export interface SignoffRepositories {
  plans: PlanRepository;
  planMembers: PlanMemberRepository;
  planVersions: PlanVersionRepository;
  signoffs: SignoffRepository;
  audit: AuditRepository;
}

export class SignoffService {
  private readonly planRows: PlanRepository;
  private readonly members: PlanMemberRepository;
  private readonly versionRows: PlanVersionRepository;
  private readonly signoffs: SignoffRepository;
  private readonly audit: AuditRepository;

  constructor(
    repositories: SignoffRepositories,
    private readonly versions: VersionService,
    private readonly reviews: TacticReviewService,
    private readonly notifier: SignoffNotifier,
  ) {
    this.planRows = repositories.plans;
    this.members = repositories.planMembers;
    this.versionRows = repositories.planVersions;
    this.signoffs = repositories.signoffs;
    this.audit = repositories.audit;
  }

  async requestSignoff(user: User, versionId: string, scopes: ApproverScope[]): Promise<Signoff> {
    const { version } = await this.versions.authorizeVersion(user, versionId, "plan.requestSignoff");
    validateScopes(scopes, version);
    await this.assertApprovers(version.planId, scopes);
    const notices: Notice[] = [];
    const signoff = await this.planRows.transaction(async (manager) => {
      await lockPlanRow(manager, version.planId);
      const open = await this.signoffs.findOpen(version.planId, manager);
      const previous = open ? await this.supersede(open, version, manager) : { approvals: [], version: null };
      const created = await this.signoffs.insert({ planId: version.planId, versionId, status: signoffStatusOf([]), requestedBy: user.id }, manager);
      const carried = scopes.map((scope) => carryOver(scope, previous.approvals.find((a) => a.approverId === scope.approverId), version));
      const approvals = await this.signoffs.insertApprovals(carried.map(({ approval }) => ({ ...approval, signoffId: created.id })), manager);
      await this.settleStatus(created, approvals, manager);
      const payload = { signoffId: created.id, versionId, number: version.number, hash: version.hash, approvers: scopes };
      await this.audit.append({ planId: version.planId, actorId: user.id, action: AuditAction.SIGNOFF_REQUESTED, payload }, manager);
      for (const [index, { becameStale, changedSectionIds }] of carried.entries()) {
        if (!becameStale) continue;
        notices.push(await this.recordStale(user, version, created, approvals[index], changedSectionIds, manager));
      }
      notices.push(...(await this.reviews.staleOnSubmission(user, previous.version, version, manager)));
      return created;
    });
    this.notifier.notify(notices);
    return signoff;
  }

  async approve(user: User, versionId: string): Promise<Signoff> {
    return this.decide(user, versionId, ApprovalState.CURRENT, null);
  }

  async requestChanges(user: User, versionId: string, comment: string): Promise<Signoff> {
    const trimmed = comment.trim();
    if (trimmed.length < 1 || trimmed.length > MAX_COMMENT) throw new BadInputError(`Say what needs to change in 1 to ${MAX_COMMENT} characters.`);
    return this.decide(user, versionId, ApprovalState.CHANGES_REQUESTED, trimmed);
  }

  private async decide(user: User, versionId: string, state: ApprovalState, comment: string | null): Promise<Signoff> {
    const { version } = await this.versions.authorizeVersion(user, versionId, "plan.approve");
    return this.planRows.transaction(async (manager) => {
      await lockPlanRow(manager, version.planId);
      const open = await this.signoffs.findOpen(version.planId, manager);
      if (!open || open.versionId !== version.id) {
        throw new ConflictError(`Version ${version.number} is not the version submitted for sign-off; reload to see the current one.`);
      }
      const approvals = await this.signoffs.approvals(open.id, manager);
      const approval = approvals.find((candidate) => candidate.approverId === user.id);
      if (!approval) throw new ForbiddenError("You are not a required approver of this submission.");
      if (approval.state === state && approval.versionId === version.id && approval.comment === comment) return open;
      Object.assign(approval, { state, comment, versionId: version.id, decidedAt: new Date() });
      approval.coveredSections = coveredSectionsOf(version.sections, approval.sectionIds);
      await this.signoffs.saveApproval(approval, manager);
      await this.settleStatus(open, approvals, manager);
      const action = state === ApprovalState.CURRENT ? AuditAction.VERSION_APPROVED : AuditAction.CHANGES_REQUESTED;
      const payload = { signoffId: open.id, approvalId: approval.id, versionId, number: version.number, coveredSections: approval.coveredSections, comment };
      await this.audit.append({ planId: version.planId, actorId: user.id, action, payload }, manager);
      return open;
    });
  }

  /** Retires the open submission; a newer submission may not go back to an older version. */
  private async supersede(open: Signoff, version: PlanVersion, manager: EntityManager) {
    const submitted = await this.versionRows.findById(open.versionId, manager);
    if (!submitted) throw new NotFoundError("Version");
    if (submitted.number > version.number) {
      throw new ConflictError(`Version ${submitted.number} is already submitted; submit it again or a newer version.`);
    }
    const approvals = await this.signoffs.approvals(open.id, manager);
    await this.signoffs.supersede(open, manager);
    return { approvals, version: submitted };
  }

  /** The submission's status follows its approvals, and the plan's status follows the submission. */
  private async settleStatus(signoff: Signoff, approvals: SignoffApproval[], manager: EntityManager): Promise<void> {
    const status = signoffStatusOf(approvals.map((approval) => approval.state));
    await this.signoffs.setStatus(signoff, status, manager);
    await this.planRows.setStatus(signoff.planId, planStatusOf(status), manager);
  }

  private async recordStale(user: User, version: PlanVersion, signoff: Signoff, approval: SignoffApproval, sectionIds: string[], manager: EntityManager): Promise<Notice> {
    const payload = { subject: "approval", approvalId: approval.id, userId: approval.approverId, signoffId: signoff.id, versionId: version.id, sectionIds };
    await this.audit.append({ planId: version.planId, actorId: user.id, action: AuditAction.APPROVAL_STALE, payload }, manager);
    return {
      userId: approval.approverId,
      planId: version.planId,
      kind: "APPROVAL_STALE",
      versionId: version.id,
      sectionIds,
      message: `Version ${version.number} changed sections you approved; your approval needs renewing.`,
    };
  }

  /** Required approvers must be members with the APPROVER role. */
  private async assertApprovers(planId: string, scopes: ApproverScope[]): Promise<void> {
    const ids = scopes.map((scope) => scope.approverId);
    const members = await this.members.findAmong(planId, ids);
    const approvers = new Set(members.filter((member) => member.role === PlanRole.APPROVER).map((member) => member.userId));
    const missing = ids.filter((id) => !approvers.has(id));
    if (missing.length > 0) throw new BadInputError(`Not an approver of this plan: ${missing.join(", ")}.`);
  }
}

function validateScopes(scopes: ApproverScope[], version: PlanVersion): void {
  if (scopes.length === 0) throw new BadInputError("Name at least one approver.");
  if (!scopes.every((scope) => isUuid(scope.approverId))) throw new BadInputError("An approver id is not valid.");
  if (new Set(scopes.map((scope) => scope.approverId)).size !== scopes.length) throw new BadInputError("Each approver is named once.");
  const known = new Set(version.sections.map((section) => section.sectionId));
  for (const scope of scopes) {
    if (scope.sectionIds && scope.sectionIds.length === 0) throw new BadInputError("An approver's sections, when given, name at least one.");
    const unknown = scope.sectionIds?.filter((id) => !known.has(id)) ?? [];
    if (unknown.length > 0) throw new BadInputError(`Version ${version.number} has no section ${unknown.join(", ")}.`);
  }
}
