/**
 * Tactic reviews by the council: the assigned reviewer (from the table, never the document) marks a
 * tactic reviewed or asks for changes on one version; coverage says, for the version under review,
 * which tactics are reviewed, which wait and which went stale because the section changed since.
 */
import type { EntityManager } from "typeorm";
import { lockPlanRow } from "../audit/plan-lock.repository";
import { BadInputError, ForbiddenError, NotFoundError } from "../../errors";
import { AuditAction } from "../audit/audit-action";
import type { AuditRepository } from "../audit/audit.repository";
import type { PlanRepository } from "../plans/plan.repository";
import type { PlanService } from "../plans/plan.service";
import type { SectionReviewerRepository } from "../plans/section-reviewer.repository";
import type { User } from "../users/user.entity";
import type { PlanVersion } from "../versions/plan-version.entity";
import type { PlanVersionRepository } from "../versions/plan-version.repository";
import type { VersionService } from "../versions/version.service";
import type { Notice } from "./signoff-notifier";
import type { SignoffRepository } from "./signoff.repository";
import { ReviewCoverageState, TacticReviewState } from "./signoff-states";
import type { TacticReview } from "./tactic-review.entity";
import type { TacticReviewRepository } from "./tactic-review.repository";

const MAX_COMMENT = 2000;

export interface CoverageEntry {
  sectionId: string;
  title: string;
  reviewerId: string | null;
  state: ReviewCoverageState;
  review: TacticReview | null;
}

export interface ReviewCoverage {
  /** The version coverage is measured against: the submitted one, else the newest; null before any. */
  version: PlanVersion | null;
  sections: CoverageEntry[];
}

/** The repositories tactic reviews compose in one transaction. */
export interface TacticReviewRepositories {
  plans: PlanRepository;
  planVersions: PlanVersionRepository;
  signoffs: SignoffRepository;
  sectionReviewers: SectionReviewerRepository;
  tacticReviews: TacticReviewRepository;
  audit: AuditRepository;
}

export class TacticReviewService {
  private readonly planRows: PlanRepository;
  private readonly versionRows: PlanVersionRepository;
  private readonly signoffs: SignoffRepository;
  private readonly reviewers: SectionReviewerRepository;
  private readonly reviews: TacticReviewRepository;
  private readonly audit: AuditRepository;

  constructor(
    repositories: TacticReviewRepositories,
    private readonly plans: PlanService,
    private readonly versions: VersionService,
  ) {
    this.planRows = repositories.plans;
    this.versionRows = repositories.planVersions;
    this.signoffs = repositories.signoffs;
    this.reviewers = repositories.sectionReviewers;
    this.reviews = repositories.tacticReviews;
    this.audit = repositories.audit;
  }

  async review(user: User, versionId: string, sectionId: string, state: TacticReviewState, comment: string | null): Promise<TacticReview> {
    const { version } = await this.versions.authorizeVersion(user, versionId, "plan.reviewTactic");
    const section = version.sections.find((candidate) => candidate.sectionId === sectionId);
    if (!section) throw new NotFoundError("Section");
    const note = cleanComment(comment, state);
    return this.planRows.transaction(async (manager) => {
      await lockPlanRow(manager, version.planId);
      const reviewers = await this.reviewers.forPlan(version.planId, manager);
      if (reviewers.get(sectionId) !== user.id) throw new ForbiddenError("Only the reviewer assigned to this tactic can review it.");
      const review = await this.reviews.insert(
        { planId: version.planId, sectionId, versionId, reviewerId: user.id, state, comment: note, sectionHash: section.hash },
        manager,
      );
      const payload = { reviewId: review.id, sectionId, versionId, number: version.number, sectionHash: section.hash, state, comment: note };
      await this.audit.append({ planId: version.planId, actorId: user.id, action: AuditAction.TACTIC_REVIEWED, payload }, manager);
      return review;
    });
  }

  async coverage(user: User, planId: string): Promise<ReviewCoverage> {
    await this.plans.authorize(user, planId, "plan.view");
    const version = await this.versionUnderReview(planId);
    if (!version) return { version: null, sections: [] };
    const [reviewers, latest] = await Promise.all([this.reviewers.forPlan(planId), this.reviews.latestForPlan(planId)]);
    const sections = version.sections
      .filter((section) => section.kind === "tactic" || reviewers.has(section.sectionId))
      .map((section): CoverageEntry => {
        const reviewerId = reviewers.get(section.sectionId) ?? null;
        const review = latest.find((candidate) => candidate.sectionId === section.sectionId && candidate.reviewerId === reviewerId) ?? null;
        return { sectionId: section.sectionId, title: section.title, reviewerId, review, state: coverageState(reviewerId, review, section.hash) };
      });
    return { version, sections };
  }

  /**
   * On a new submission: reviews that covered the previously submitted text (or, on a first submission,
   * the text they were made on) and no longer match are stale; their reviewers (from the table) are told.
   */
  async staleOnSubmission(actor: User, previous: PlanVersion | null, submitted: PlanVersion, manager: EntityManager): Promise<Notice[]> {
    const [reviewers, latest] = await Promise.all([
      this.reviewers.forPlan(submitted.planId, manager),
      this.reviews.latestForPlan(submitted.planId, manager),
    ]);
    const hashIn = (version: PlanVersion | null, sectionId: string) => version?.sections.find((s) => s.sectionId === sectionId)?.hash;
    const notices: Notice[] = [];
    for (const [sectionId, reviewerId] of reviewers) {
      const review = latest.find((candidate) => candidate.sectionId === sectionId && candidate.reviewerId === reviewerId);
      if (!review || review.sectionHash === hashIn(submitted, sectionId)) continue;
      if (previous && review.sectionHash !== hashIn(previous, sectionId)) continue; // already stale before
      const payload = { subject: "tacticReview", reviewId: review.id, userId: reviewerId, versionId: submitted.id, sectionIds: [sectionId] };
      await this.audit.append({ planId: submitted.planId, actorId: actor.id, action: AuditAction.APPROVAL_STALE, payload }, manager);
      notices.push({
        userId: reviewerId,
        planId: submitted.planId,
        kind: "TACTIC_REVIEW_STALE",
        versionId: submitted.id,
        sectionIds: [sectionId],
        message: `Version ${submitted.number} changed a tactic you reviewed; please review it again.`,
      });
    }
    return notices;
  }

  private async versionUnderReview(planId: string): Promise<PlanVersion | null> {
    const open = await this.signoffs.findOpen(planId);
    return open ? this.versionRows.findById(open.versionId) : this.versionRows.latest(planId);
  }
}

/** Exported for the slides: a tactic slide shows the same standing as the coverage panel. */
export function coverageState(reviewerId: string | null, review: TacticReview | null, hash: string): ReviewCoverageState {
  if (!reviewerId) return ReviewCoverageState.UNASSIGNED;
  if (!review) return ReviewCoverageState.WAITING;
  if (review.sectionHash !== hash) return ReviewCoverageState.STALE;
  return review.state === TacticReviewState.REVIEWED ? ReviewCoverageState.REVIEWED : ReviewCoverageState.CHANGES_NEEDED;
}

function cleanComment(comment: string | null, state: TacticReviewState): string | null {
  const trimmed = comment?.trim() ?? "";
  if (trimmed.length > MAX_COMMENT) throw new BadInputError(`A review comment has at most ${MAX_COMMENT} characters.`);
  if (state === TacticReviewState.CHANGES_NEEDED && trimmed.length === 0) throw new BadInputError("Say which changes the tactic needs.");
  return trimmed.length > 0 ? trimmed : null;
}
