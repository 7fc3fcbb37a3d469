/** Rows from the database as the slide package's input: names instead of ids, ISO dates, coverage states. */
import type { DeckInput, SlideApprover, SlideReviewer } from "@planbridge/slides";
import type { Plan } from "../plans/plan.entity";
import type { SignoffApproval } from "../signoff/signoff-approval.entity";
import type { TacticReview } from "../signoff/tactic-review.entity";
import { coverageState } from "../signoff/tactic-review.service";
import type { User } from "../users/user.entity";
import type { PlanVersion } from "../versions/plan-version.entity";

export interface DeckSources {
  plan: Plan;
  version: PlanVersion;
  isApproved: boolean;
  approvals: SignoffApproval[];
  /** The newest review of each (section, reviewer) pair. */
  reviews: TacticReview[];
  users: Map<string, User>;
}

export function deckInputOf({ plan, version, isApproved, approvals, reviews, users }: DeckSources): DeckInput {
  return {
    planTitle: plan.title,
    period: null,
    ownerName: users.get(plan.ownerId)?.name ?? "Unknown owner",
    version: { number: version.number, name: version.name, hash: version.hash, createdAt: version.createdAt.toISOString(), content: version.content },
    isApproved,
    approvers: approvals.map((approval): SlideApprover => {
      const approver = users.get(approval.approverId);
      return { name: approver?.name ?? "Former member", jobTitle: approver?.jobTitle ?? null, state: approval.state, decidedAt: approval.decidedAt?.toISOString() ?? null };
    }),
    reviewers: reviewersOf(version, reviews, users),
  };
}

/** Reviewers as they were when the version was cut (its content records them), measured against its hashes. */
function reviewersOf(version: PlanVersion, reviews: TacticReview[], users: Map<string, User>): Record<string, SlideReviewer> {
  const reviewers: Record<string, SlideReviewer> = {};
  for (const section of version.content.sections) {
    if (section.kind !== "tactic") continue;
    const hash = version.sections.find((entry) => entry.sectionId === section.id)?.hash ?? "";
    const review = reviews.find((candidate) => candidate.sectionId === section.id && candidate.reviewerId === section.reviewerId) ?? null;
    reviewers[section.id] = {
      name: section.reviewerId ? (users.get(section.reviewerId)?.name ?? "Former member") : null,
      state: coverageState(section.reviewerId, review, hash),
      reviewedAt: review && review.sectionHash === hash ? review.createdAt.toISOString() : null,
    };
  }
  return reviewers;
}

/** Everyone a deck names, so their names load in one query. */
export function peopleNamed(plan: Plan, version: PlanVersion, approvals: SignoffApproval[]): string[] {
  const reviewerIds = version.content.sections.flatMap((section) => (section.reviewerId ? [section.reviewerId] : []));
  return [plan.ownerId, ...approvals.map((approval) => approval.approverId), ...reviewerIds];
}
