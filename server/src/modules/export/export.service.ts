/**
 * Exports a version of a plan as PPTX, PDF or Markdown. Any member may export the approved version;
 * anything else is a draft, for owners and editors (the policy decides). Every export is audited.
 */
import type { DeckInput } from "@planbridge/slides";
import { NotFoundError } from "../../errors";
import { exportAction } from "../../policies/plan-policy";
import { AuditAction } from "../audit/audit-action";
import type { AuditRepository } from "../audit/audit.repository";
import type { Plan } from "../plans/plan.entity";
import type { PlanService } from "../plans/plan.service";
import type { TacticReviewRepository } from "../signoff/tactic-review.repository";
import type { User } from "../users/user.entity";
import type { PlanVersion } from "../versions/plan-version.entity";
import { deckInputOf, peopleNamed } from "./deck-input";
import type { DeckRenderer } from "./deck-renderer";
import { CONTENT_TYPES, exportFilename, type ExportFormat, type VersionRef } from "./export-format";
import type { ExportRepository } from "./export.repository";
import type { PdfConverter } from "./pdf-converter";

export interface ExportFile {
  filename: string;
  contentType: string;
  bytes: Uint8Array;
}

/** The repositories an export reads from and writes its audit entry to. */
export interface ExportRepositories {
  exports: ExportRepository;
  tacticReviews: TacticReviewRepository;
  audit: AuditRepository;
}

export class ExportService {
  private readonly exports: ExportRepository;
  private readonly reviews: TacticReviewRepository;
  private readonly audit: AuditRepository;

  constructor(
    private readonly plans: PlanService,
    repositories: ExportRepositories,
    private readonly renderer: DeckRenderer,
    private readonly pdf: PdfConverter,
  ) {
    this.exports = repositories.exports;
    this.reviews = repositories.tacticReviews;
    this.audit = repositories.audit;
  }

  async exportVersion(user: User, planId: string, ref: VersionRef, format: ExportFormat): Promise<ExportFile> {
    const { plan } = await this.plans.authorize(user, planId, "plan.view");
    const { version, isApproved } = await this.resolveVersion(planId, ref);
    await this.plans.authorize(user, planId, exportAction(isApproved));
    const input = await this.deckInput(plan, version, isApproved);
    const bytes = await this.render(input, format);
    const payload = { versionId: version.id, number: version.number, hash: version.hash, format, isApproved };
    await this.audit.append({ planId, actorId: user.id, action: AuditAction.EXPORTED, payload });
    return { filename: exportFilename(plan.title, version.number, isApproved, format), contentType: CONTENT_TYPES[format], bytes };
  }

  /**
   * What presenter mode draws in the browser (the same input the files are made from). Presenting is
   * reading: any member who can read the plan may present or follow any of its versions.
   */
  async presentVersion(user: User, planId: string, ref: VersionRef): Promise<DeckInput> {
    const { plan } = await this.plans.authorize(user, planId, "plan.view");
    const { version, isApproved } = await this.resolveVersion(planId, ref);
    return this.deckInput(plan, version, isApproved);
  }

  /** Stops the renderer's worker (server shutdown). */
  close(): Promise<void> {
    return this.renderer.close();
  }

  private async resolveVersion(planId: string, ref: VersionRef): Promise<{ version: PlanVersion; isApproved: boolean }> {
    const approvedId = await this.exports.approvedVersionId(planId);
    if (ref.approved) {
      const version = approvedId ? await this.plansVersion(planId, approvedId) : null;
      if (!version) throw new NotFoundError("Approved version");
      return { version, isApproved: true };
    }
    const version = await this.exports.versionByNumber(planId, ref.number);
    if (!version) throw new NotFoundError(`Version ${ref.number}`);
    return { version, isApproved: version.id === approvedId };
  }

  private async plansVersion(planId: string, versionId: string): Promise<PlanVersion | null> {
    const version = await this.exports.versionById(versionId);
    return version?.planId === planId ? version : null;
  }

  private async deckInput(plan: Plan, version: PlanVersion, isApproved: boolean): Promise<DeckInput> {
    const [approvals, reviews] = await Promise.all([this.exports.approvalsOf(version.id), this.reviews.latestForPlan(plan.id)]);
    const users = await this.exports.usersByIds(peopleNamed(plan, version, approvals));
    return deckInputOf({ plan, version, isApproved, approvals, reviews, users });
  }

  private async render(input: DeckInput, format: ExportFormat): Promise<Uint8Array> {
    if (format === "md") return this.renderer.render({ input, format: "md" });
    const pptx = await this.renderer.render({ input, format: "pptx" });
    return format === "pdf" ? this.pdf.convert(pptx) : pptx;
  }
}
