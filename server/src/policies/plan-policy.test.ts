import { describe, expect, it } from "vitest";
import { can, canBeTacticReviewer, exportAction, PLAN_ACTIONS, PlanRole, type Actor, type PlanAction } from "./plan-policy";

const actor: Actor = { id: "u1", organizationId: "org", isAdmin: false, isActive: true };
const subject = (role: PlanRole | null, isArchived = false) => ({ organizationId: "org", role, isArchived });

/** The expected matrix, written out by hand from DESIGN.md so a change to the policy must change this too. */
const EXPECTED: Record<PlanRole, PlanAction[]> = {
  OWNER: ["plan.view", "plan.editText", "plan.comment", "plan.suggest", "plan.rename", "plan.archive", "plan.manageMembers", "plan.assignReviewer", "plan.cutVersion", "plan.requestSignoff", "plan.reviewTactic", "plan.restore", "plan.viewAudit", "plan.export", "plan.exportApproved", "plan.runFeedback", "plan.linkInsight", "plan.createPoll", "plan.sendDigest", "plan.editLeads", "plan.editCampaigns", "plan.decideGoal", "plan.revokeCalendarFeed"],
  EDITOR: ["plan.view", "plan.editText", "plan.comment", "plan.suggest", "plan.reviewTactic", "plan.export", "plan.exportApproved", "plan.runFeedback", "plan.linkInsight", "plan.editLeads", "plan.editCampaigns", "plan.decideGoal"],
  COMMENTER: ["plan.view", "plan.comment", "plan.suggest", "plan.reviewTactic", "plan.exportApproved", "plan.acknowledgeLeads", "plan.decideGoal"],
  APPROVER: ["plan.view", "plan.comment", "plan.approve", "plan.viewAudit", "plan.exportApproved", "plan.cosignLeads", "plan.decideGoal"],
  VIEWER: ["plan.view", "plan.exportApproved"],
};

describe("plan policy: role x action matrix", () => {
  for (const role of Object.values(PlanRole)) {
    for (const action of PLAN_ACTIONS) {
      const allowed = EXPECTED[role].includes(action);
      it(`${role} ${allowed ? "may" : "may not"} ${action}`, () => {
        expect(can(actor, action, subject(role))).toBe(allowed);
      });
    }
  }

  it("denies every action to a non-member, even an organisation admin", () => {
    for (const action of PLAN_ACTIONS) expect(can({ ...actor, isAdmin: true }, action, subject(null))).toBe(false);
  });

  it("denies every action on another organisation's plan, whatever the role", () => {
    for (const action of PLAN_ACTIONS) {
      expect(can(actor, action, { ...subject(PlanRole.OWNER), organizationId: "other" })).toBe(false);
    }
  });

  it("opens the approved version's export to every member and drafts to owners and editors only", () => {
    for (const role of Object.values(PlanRole)) {
      expect(can(actor, exportAction(true), subject(role))).toBe(true);
      expect(can(actor, exportAction(false), subject(role))).toBe(role === PlanRole.OWNER || role === PlanRole.EDITOR);
    }
  });

  it("names council members (editors, commenters) as tactic reviewers, never the owner, approvers or viewers", () => {
    const reviewers = Object.values(PlanRole).filter(canBeTacticReviewer);
    expect(reviewers.sort()).toEqual([PlanRole.COMMENTER, PlanRole.EDITOR]);
  });

  it("denies every action to a deactivated user", () => {
    for (const action of PLAN_ACTIONS) expect(can({ ...actor, isActive: false }, action, subject(PlanRole.OWNER))).toBe(false);
  });

  it("freezes an archived plan: owners may only view, audit, export and un-archive", () => {
    const allowed = PLAN_ACTIONS.filter((action) => can(actor, action, subject(PlanRole.OWNER, true)));
    expect(allowed).toEqual(["plan.view", "plan.archive", "plan.viewAudit", "plan.export", "plan.exportApproved"]);
    expect(can(actor, "plan.editText", subject(PlanRole.EDITOR, true))).toBe(false);
  });
});
