/**
 * The one answer to "may this user do this to this plan?", used by GraphQL resolvers and the
 * collaboration server alike. Pure functions: callers load the membership, this decides.
 */
import { PlanRole } from "./plan-role";

export { PlanRole };

export interface Actor {
  id: string;
  organizationId: string;
  isAdmin: boolean;
  isActive: boolean;
}

export interface PlanSubject {
  organizationId: string;
  /** The actor's membership role in this plan, null when not a member. */
  role: PlanRole | null;
  isArchived: boolean;
}

export const PLAN_ACTIONS = [
  "plan.view",
  "plan.editText",
  "plan.comment",
  "plan.suggest",
  "plan.rename",
  "plan.archive",
  "plan.manageMembers",
  "plan.assignReviewer",
  "plan.cutVersion",
  "plan.requestSignoff",
  "plan.approve",
  "plan.reviewTactic",
  "plan.restore",
  "plan.viewAudit",
  "plan.export",
  "plan.exportApproved",
  "plan.runFeedback",
  "plan.linkInsight",
  "plan.createPoll",
  "plan.sendDigest",
  "plan.editLeads",
  "plan.cosignLeads",
  "plan.acknowledgeLeads",
  "plan.editCampaigns",
  "plan.decideGoal",
  "plan.revokeCalendarFeed",
] as const;
export type PlanAction = (typeof PLAN_ACTIONS)[number];

const { OWNER, EDITOR, COMMENTER, APPROVER, VIEWER } = PlanRole;

/** Which roles may take each action (DESIGN.md, "The people and what they do"). */
const ALLOWED: Record<PlanAction, readonly PlanRole[]> = {
  "plan.view": [OWNER, EDITOR, COMMENTER, APPROVER, VIEWER],
  "plan.editText": [OWNER, EDITOR],
  "plan.comment": [OWNER, EDITOR, COMMENTER, APPROVER],
  "plan.suggest": [OWNER, EDITOR, COMMENTER],
  "plan.rename": [OWNER],
  "plan.archive": [OWNER],
  "plan.manageMembers": [OWNER],
  "plan.assignReviewer": [OWNER],
  "plan.cutVersion": [OWNER],
  "plan.requestSignoff": [OWNER],
  "plan.approve": [APPROVER],
  /** Council members are EDITORs or COMMENTERs; the service also checks they are the tactic's reviewer. */
  "plan.reviewTactic": [OWNER, EDITOR, COMMENTER],
  /** Replaces the whole draft: the owner's call, like cutting a version. */
  "plan.restore": [OWNER],
  /** The evidence trail: for whoever answers for the plan (its owner) and whoever signs it (approvers). */
  "plan.viewAudit": [OWNER, APPROVER],
  /** Any version, drafts included: for the people who write the plan. */
  "plan.export": [OWNER, EDITOR],
  /** The signed version is what the field is shown: every member may download or present it. */
  "plan.exportApproved": [OWNER, EDITOR, COMMENTER, APPROVER, VIEWER],
  /** Marketing runs the feedback calls: series, sessions, agenda, notes, action items, strategy sessions. */
  "plan.runFeedback": [OWNER, EDITOR],
  /** Marketing ties what the field reports to the part of the plan it bears on. */
  "plan.linkInsight": [OWNER, EDITOR],
  /** A quick poll goes to the whole field: the marketing owner's call. */
  "plan.createPoll": [OWNER],
  /** Sends the council digest to every member now instead of at the end of the period. */
  "plan.sendDigest": [OWNER],
  /** The lead definition and the campaign calendar are drafted by marketing. */
  "plan.editLeads": [OWNER, EDITOR],
  /** A sales director co-signs the published lead definition. */
  "plan.cosignLeads": [APPROVER],
  /** The field (COMMENTERs: the reps) acknowledges the published lead definition. */
  "plan.acknowledgeLeads": [COMMENTER],
  "plan.editCampaigns": [OWNER, EDITOR],
  /** Accepting or questioning a campaign goal; the service also checks the caller is its named sales owner. */
  "plan.decideGoal": [OWNER, EDITOR, COMMENTER, APPROVER],
  /** A new calendar feed address cuts off every calendar subscribed to the old one. */
  "plan.revokeCalendarFeed": [OWNER],
};

/** An archived plan is frozen: it can still be read, audited, exported and un-archived by its owner. */
const ALLOWED_WHEN_ARCHIVED: ReadonlySet<PlanAction> = new Set(["plan.view", "plan.viewAudit", "plan.export", "plan.exportApproved", "plan.archive"]);

export function can(actor: Actor, action: PlanAction, subject: PlanSubject): boolean {
  if (!actor.isActive || actor.organizationId !== subject.organizationId || subject.role === null) return false;
  if (subject.isArchived && !ALLOWED_WHEN_ARCHIVED.has(action)) return false;
  return ALLOWED[action].includes(subject.role);
}

/**
 * Who may be named a tactic's council reviewer: members whose role may review a tactic, except the owner,
 * who writes the plan and names the reviewers (a review is someone else's eyes on it). Approvers sign the
 * whole plan and cannot review a tactic.
 */
export function canBeTacticReviewer(role: PlanRole): boolean {
  return role !== OWNER && ALLOWED["plan.reviewTactic"].includes(role);
}

/** Exporting the approved version is open to every member; any other version is a draft. */
export function exportAction(isApprovedVersion: boolean): PlanAction {
  return isApprovedVersion ? "plan.exportApproved" : "plan.export";
}
