/**
 * The permissions served to the client (`Plan.viewerCan`, `Me.can`): each field is the answer of the
 * same `can()` the server enforces, so the UI never re-derives a rule from a role name.
 */
import { canInOrganization, type OrganizationAction, type OrganizationActor, type OrganizationSubject } from "./organization-policy";
import { can, type Actor, type PlanAction, type PlanSubject } from "./plan-policy";

export const PLAN_PERMISSIONS = {
  editText: "plan.editText",
  comment: "plan.comment",
  suggest: "plan.suggest",
  rename: "plan.rename",
  archive: "plan.archive",
  manageMembers: "plan.manageMembers",
  assignReviewer: "plan.assignReviewer",
  cutVersion: "plan.cutVersion",
  requestSignoff: "plan.requestSignoff",
  approve: "plan.approve",
  reviewTactic: "plan.reviewTactic",
  restore: "plan.restore",
  viewAudit: "plan.viewAudit",
  export: "plan.export",
  exportApproved: "plan.exportApproved",
  runFeedback: "plan.runFeedback",
  linkInsight: "plan.linkInsight",
  createPoll: "plan.createPoll",
  sendDigest: "plan.sendDigest",
  editLeads: "plan.editLeads",
  cosignLeads: "plan.cosignLeads",
  acknowledgeLeads: "plan.acknowledgeLeads",
  editCampaigns: "plan.editCampaigns",
  decideGoal: "plan.decideGoal",
  revokeCalendarFeed: "plan.revokeCalendarFeed",
} as const satisfies Record<string, PlanAction>;

export type PlanPermissions = Record<keyof typeof PLAN_PERMISSIONS, boolean>;

export const ORGANIZATION_PERMISSIONS = {
  manageUsers: "organization.manageUsers",
  createPlan: "organization.createPlan",
  manageSettings: "organization.manageSettings",
} as const satisfies Record<string, OrganizationAction>;

export type OrganizationPermissions = Record<keyof typeof ORGANIZATION_PERMISSIONS, boolean>;

export function planPermissions(actor: Actor, subject: PlanSubject): PlanPermissions {
  return mapActions(PLAN_PERMISSIONS, (action) => can(actor, action, subject));
}

export function organizationPermissions(actor: OrganizationActor, organization: OrganizationSubject): OrganizationPermissions {
  return mapActions(ORGANIZATION_PERMISSIONS, (action) => canInOrganization(actor, action, organization));
}

function mapActions<K extends string, A>(actions: Record<K, A>, answer: (action: A) => boolean): Record<K, boolean> {
  const entries = (Object.keys(actions) as K[]).map((key) => [key, answer(actions[key])] as const);
  return Object.fromEntries(entries) as Record<K, boolean>;
}
