/**
 * What becomes of an approver's decision when a newer version is submitted. An approval covers the
 * hashes of the sections it signed: if every covered section is unchanged (same ids, same hashes) it
 * carries over as CURRENT; otherwise it is STALE. A request for changes carries over only while nothing
 * it covers changed; once they did, the approver is asked again (PENDING). Pure.
 */
import type { PlanVersion } from "../versions/plan-version.entity";
import { coveredSectionsOf, type CoveredSection, type SignoffApproval } from "./signoff-approval.entity";
import { ApprovalState } from "./signoff-states";

export interface ApproverScope {
  approverId: string;
  /** null: the whole plan. */
  sectionIds: string[] | null;
}

export type ApprovalDraft = Omit<SignoffApproval, "id" | "createdAt" | "signoffId">;

export interface CarriedApproval {
  approval: ApprovalDraft;
  /** It was CURRENT and is STALE now: its approver must be told. */
  becameStale: boolean;
  /** Covered sections that changed, appeared or disappeared. */
  changedSectionIds: string[];
}

export function carryOver(scope: ApproverScope, previous: SignoffApproval | undefined, version: PlanVersion): CarriedApproval {
  const pending: ApprovalDraft = {
    approverId: scope.approverId,
    sectionIds: scope.sectionIds,
    state: ApprovalState.PENDING,
    versionId: null,
    coveredSections: null,
    comment: null,
    decidedAt: null,
    carriedFromId: null,
  };
  if (!previous?.coveredSections || previous.state === ApprovalState.PENDING) return { approval: pending, becameStale: false, changedSectionIds: [] };
  const changed = changedSections(previous.coveredSections, coveredSectionsOf(version.sections, scope.sectionIds));
  const isUnchanged = changed.length === 0;
  const carried: ApprovalDraft = {
    ...pending,
    versionId: previous.versionId,
    coveredSections: previous.coveredSections,
    comment: previous.comment,
    decidedAt: previous.decidedAt,
    carriedFromId: previous.id,
  };
  if (previous.state === ApprovalState.CHANGES_REQUESTED) {
    return { approval: isUnchanged ? { ...carried, state: ApprovalState.CHANGES_REQUESTED } : pending, becameStale: false, changedSectionIds: changed };
  }
  return {
    approval: { ...carried, state: isUnchanged ? ApprovalState.CURRENT : ApprovalState.STALE },
    becameStale: previous.state === ApprovalState.CURRENT && !isUnchanged,
    changedSectionIds: changed,
  };
}

function changedSections(before: readonly CoveredSection[], now: readonly CoveredSection[]): string[] {
  const was = new Map(before.map((section) => [section.sectionId, section.hash]));
  const is = new Map(now.map((section) => [section.sectionId, section.hash]));
  const ids = new Set([...was.keys(), ...is.keys()]);
  return [...ids].filter((id) => was.get(id) !== is.get(id));
}
