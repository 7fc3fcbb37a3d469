import { registerEnumType } from "type-graphql";
import { PlanStatus } from "../plans/plan-status";

/** Where a submission stands. Stored as text: never rename a value. */
export enum SignoffStatus {
  IN_REVIEW = "IN_REVIEW",
  CHANGES_REQUESTED = "CHANGES_REQUESTED",
  APPROVED = "APPROVED",
  /** A newer submission replaced this one; its approvals are history. */
  SUPERSEDED = "SUPERSEDED",
}

/** One required approver's standing on a submission. */
export enum ApprovalState {
  /** Not decided yet. */
  PENDING = "PENDING",
  /** Approved, and every section it covers is unchanged in the submitted version. */
  CURRENT = "CURRENT",
  /** Approved an earlier version whose covered sections have since changed: needs a new decision. */
  STALE = "STALE",
  CHANGES_REQUESTED = "CHANGES_REQUESTED",
}

export enum TacticReviewState {
  REVIEWED = "REVIEWED",
  CHANGES_NEEDED = "CHANGES_NEEDED",
}

/** A tactic's review standing for the version under review (coverage). */
export enum ReviewCoverageState {
  REVIEWED = "REVIEWED",
  CHANGES_NEEDED = "CHANGES_NEEDED",
  /** Assigned, not reviewed yet. */
  WAITING = "WAITING",
  /** Reviewed, but the section changed after the review. */
  STALE = "STALE",
  /** Nobody is assigned to review it. */
  UNASSIGNED = "UNASSIGNED",
}

registerEnumType(SignoffStatus, { name: "SignoffStatus" });
registerEnumType(ApprovalState, { name: "ApprovalState" });
registerEnumType(TacticReviewState, { name: "TacticReviewState" });
registerEnumType(ReviewCoverageState, { name: "ReviewCoverageState" });

/** A submission's status follows its approvals: any request for changes wins, then all current approves. */
export function signoffStatusOf(states: readonly ApprovalState[]): SignoffStatus {
  if (states.includes(ApprovalState.CHANGES_REQUESTED)) return SignoffStatus.CHANGES_REQUESTED;
  if (states.length > 0 && states.every((state) => state === ApprovalState.CURRENT)) return SignoffStatus.APPROVED;
  return SignoffStatus.IN_REVIEW;
}

/** The plan's status while a submission is open. */
export function planStatusOf(status: SignoffStatus): PlanStatus {
  if (status === SignoffStatus.APPROVED) return PlanStatus.APPROVED;
  if (status === SignoffStatus.CHANGES_REQUESTED) return PlanStatus.CHANGES_REQUESTED;
  return PlanStatus.IN_REVIEW;
}
