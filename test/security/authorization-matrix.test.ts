/**
 * The GraphQL authorisation matrix, generated from the schema: every Query, Mutation and Subscription
 * field must have a row here, or the completeness test fails naming it. Each row runs one operation over
 * real HTTP with a real session for every actor: the five plan roles, an organisation admin who is not in
 * the plan, a colleague who is not in the plan, an admin of another organisation, and a signed-out client.
 * Each call gets a fresh plan (and fresh targets where it changes people), so rows do not affect each other.
 * New modules add rows to ROWS.
 *
 * Versions, sign-off, tactic reviews and audit (issue 11) set up what they act on through the services
 * as the owner (a version, a submission naming the APPROVER, the COMMENTER as a tactic's reviewer), so
 * each row measures only the caller's right.
 * Subscription rows run over graphql-ws, the transport subscriptions really use: the outcome is the first
 * event (after the row's trigger) or the error the subscription was answered with. New modules add rows to ROWS.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { anchorPhrase, COMMENT_LIMITS } from "@planbridge/plan-schema";
import { CloseCode } from "@planbridge/protocol";
import { newSecretToken } from "../../server/src/crypto/secret-token";
import { createSchema } from "../../server/src/graphql/schema";
import type { Plan } from "../../server/src/modules/plans/plan.entity";
import type { User } from "../../server/src/modules/users/user.entity";
import { PlanRole } from "../../server/src/policies/plan-role";
import { CouncilSeatKind } from "../../server/src/modules/council/council-member.entity";
import { InsightKind } from "../../server/src/modules/insights/insight.entity";
import { addMember, createOrganization, createPlan, createUser, sessionCookie, TEST_PASSWORD } from "../../server/src/test-support/fixtures";
import { writeSummary } from "../../server/src/test-support/comment-world";
import { GraphQLTestClient } from "../../server/src/test-support/graphql-client";
import { OPS } from "../../server/src/test-support/signoff-world";
import { CAMPAIGN_OPS, LEAD_OPS, rubricInput, rubricRows } from "../../server/src/test-support/alignment-world";
import { CampaignGoalKind, SalesEventKind } from "../../server/src/modules/campaigns/campaign-enums";
import { subscribe } from "../../server/src/test-support/subscription-client";
import { startTestServer, type TestServer } from "../../server/src/test-support/test-server";

const ACTORS = ["OWNER", "EDITOR", "COMMENTER", "APPROVER", "VIEWER", "ORG_ADMIN", "NON_MEMBER", "OTHER_ORG", "SIGNED_OUT"] as const;
type Actor = (typeof ACTORS)[number];
type Outcome = "ok" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND";

/** What one call works on: a fresh plan in which the five roles are members. */
interface Stage {
  plan: Plan;
  people: Record<Actor, User | null>;
  /** The actor making this call (null when signed out). */
  me: User | null;
  fresh(options?: { isActive?: boolean }): Promise<User>;
  firstTacticId: string;
  /** Cuts a version of the stage's plan as its owner; returns its id. */
  version: () => Promise<string>;
  /** Cuts a version and submits it for sign-off by the APPROVER; returns the version's id. */
  submitted: () => Promise<string>;
  /** The COMMENTER's thread on the first section's text, suggesting a replacement; optionally resolved. */
  thread(options?: { resolved?: boolean }): Promise<{ id: string; commentId: string }>;
  /** Opens a thread in the plan as its OWNER: an event for everyone watching the plan's threads. */
  openThread(): Promise<void>;
}

interface Operation {
  query: string;
  variables?: Record<string, unknown>;
  /** Subscriptions: what makes the server send the actor a first event (retried until one arrives). */
  trigger?: () => Promise<unknown>;
}

interface Row {
  field: string;
  /** Which case of the field, when one field has several rows. */
  variant?: string;
  operation(stage: Stage): Operation | Promise<Operation>;
  expected: Record<Actor, Outcome>;
}

const PLAN_ROLES = ["OWNER", "EDITOR", "COMMENTER", "APPROVER", "VIEWER"] as const;

/** A plan operation: the listed roles may, other members and colleagues are forbidden, other organisations see nothing. */
function planField(allowed: readonly (typeof PLAN_ROLES)[number][]): Record<Actor, Outcome> {
  const roles = Object.fromEntries(PLAN_ROLES.map((role) => [role, allowed.includes(role) ? "ok" : "FORBIDDEN"]));
  return { ...roles, ORG_ADMIN: "FORBIDDEN", NON_MEMBER: "FORBIDDEN", OTHER_ORG: "NOT_FOUND", SIGNED_OUT: "UNAUTHENTICATED" } as Record<Actor, Outcome>;
}
const everyoneSignedIn: Record<Actor, Outcome> = { ...allActors("ok"), SIGNED_OUT: "UNAUTHENTICATED" };
function allActors(outcome: Outcome): Record<Actor, Outcome> {
  return Object.fromEntries(ACTORS.map((actor) => [actor, outcome])) as Record<Actor, Outcome>;
}
/** Managing people: admins only; another organisation's admin cannot find this organisation's people. */
const manageColleague: Record<Actor, Outcome> = {
  ...allActors("FORBIDDEN"),
  ORG_ADMIN: "ok",
  OTHER_ORG: "NOT_FOUND",
  SIGNED_OUT: "UNAUTHENTICATED",
};

let counter = 0;
/** Thread and suggestion moderation: the thread's author (the COMMENTER) and the plan's editors. */
const moderateCommenterThread = planField(["OWNER", "EDITOR", "COMMENTER"]);
/** A comment is its author's: the COMMENTER wrote the stage thread's opening comment. */
const commenterOwnsComment = planField(["COMMENTER"]);

const ROWS: Row[] = [
  { field: "Query.me", operation: () => ({ query: `{ me { id } }` }), expected: allActors("ok") },
  { field: "Query.plans", operation: () => ({ query: `{ plans { id } }` }), expected: everyoneSignedIn },
  {
    field: "Query.plan",
    operation: ({ plan }) => ({ query: `query($id: ID!) { plan(id: $id) { id title sections { id } members { role } } }`, variables: { id: plan.id } }),
    expected: planField(PLAN_ROLES),
  },
  { field: "Query.users", operation: () => ({ query: `{ users { id } }` }), expected: everyoneSignedIn },
  {
    field: "Mutation.login",
    operation: ({ people }) => ({
      query: `mutation($input: LoginInput!) { login(input: $input) { user { id } } }`,
      variables: { input: { email: people.VIEWER!.email, password: TEST_PASSWORD } },
    }),
    expected: allActors("ok"),
  },
  { field: "Mutation.logout", operation: () => ({ query: `mutation { logout }` }), expected: allActors("ok") },
  {
    field: "Mutation.createPlan",
    operation: () => ({ query: `mutation { createPlan(input: { title: "Matrix plan" }) { id } }` }),
    expected: everyoneSignedIn,
  },
  {
    field: "Mutation.renamePlan",
    operation: ({ plan }) => ({
      query: `mutation($id: ID!) { renamePlan(input: { planId: $id, title: "Renamed" }) { id } }`,
      variables: { id: plan.id },
    }),
    expected: planField(["OWNER"]),
  },
  {
    field: "Mutation.archivePlan",
    operation: ({ plan }) => ({ query: `mutation($id: ID!) { archivePlan(planId: $id) { id } }`, variables: { id: plan.id } }),
    expected: planField(["OWNER"]),
  },
  {
    field: "Mutation.unarchivePlan",
    operation: ({ plan }) => ({ query: `mutation($id: ID!) { unarchivePlan(planId: $id) { id } }`, variables: { id: plan.id } }),
    expected: planField(["OWNER"]),
  },
  {
    field: "Mutation.assignSectionReviewer",
    operation: ({ plan, people, firstTacticId }) => ({
      query: `mutation($input: AssignSectionReviewerInput!) { assignSectionReviewer(input: $input) { id } }`,
      variables: { input: { planId: plan.id, sectionId: firstTacticId, userId: people.EDITOR!.id } },
    }),
    expected: planField(["OWNER"]),
  },
  {
    field: "Mutation.addPlanMember",
    operation: ({ plan, people }) => ({
      query: `mutation($input: AddPlanMemberInput!) { addPlanMember(input: $input) { id } }`,
      variables: { input: { planId: plan.id, email: people.ORG_ADMIN!.email, role: "VIEWER" } },
    }),
    expected: planField(["OWNER"]),
  },
  {
    field: "Mutation.changePlanMemberRole",
    operation: ({ plan, people }) => ({
      query: `mutation($input: ChangePlanMemberRoleInput!) { changePlanMemberRole(input: $input) { id } }`,
      variables: { input: { planId: plan.id, userId: people.VIEWER!.id, role: "COMMENTER" } },
    }),
    expected: planField(["OWNER"]),
  },
  {
    field: "Mutation.removePlanMember",
    operation: ({ plan, people }) => ({
      query: `mutation($input: RemovePlanMemberInput!) { removePlanMember(input: $input) }`,
      variables: { input: { planId: plan.id, userId: people.VIEWER!.id } },
    }),
    expected: planField(["OWNER"]),
  },
  {
    field: "Mutation.inviteUser",
    operation: () => ({
      query: `mutation($input: InviteUserInput!) { inviteUser(input: $input) { inviteUrl } }`,
      variables: { input: { email: `matrix-${(counter += 1)}@acme.test`, name: "Matrix Invitee" } },
    }),
    // Another organisation's admin invites into their own organisation: allowed, and touches nothing here.
    expected: { ...manageColleague, OTHER_ORG: "ok" },
  },
  {
    field: "Query.invitations",
    operation: () => ({ query: `{ invitations { id status } }` }),
    // Another organisation's admin lists their own organisation's invitations.
    expected: { ...manageColleague, OTHER_ORG: "ok" },
  },
  {
    field: "Query.invitation",
    operation: async () => ({ query: `query($token: String!) { invitation(token: $token) { email } }`, variables: { token: await invitationToken() } }),
    // The link is the capability: whoever holds it may look, signed in or not.
    expected: allActors("ok"),
  },
  {
    field: "Mutation.acceptInvite",
    operation: async () => ({
      query: `mutation($input: AcceptInviteInput!) { acceptInvite(input: $input) { planIds } }`,
      variables: { input: { token: await invitationToken(), name: "Matrix Newcomer", password: "matrix password" } },
    }),
    expected: allActors("ok"),
  },
  {
    field: "Mutation.resendInvitation",
    operation: async () => ({ query: `mutation($id: ID!) { resendInvitation(invitationId: $id) { emailed } }`, variables: { id: await invitationId() } }),
    expected: manageColleague,
  },
  {
    field: "Mutation.revokeInvitation",
    operation: async () => ({ query: `mutation($id: ID!) { revokeInvitation(invitationId: $id) { id } }`, variables: { id: await invitationId() } }),
    expected: manageColleague,
  },
  {
    field: "Mutation.changePassword",
    // The same password again, so later rows still sign in with it.
    operation: () => ({
      query: `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { endedSessions } }`,
      variables: { input: { currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD } },
    }),
    expected: everyoneSignedIn,
  },
  {
    field: "Mutation.requestPasswordReset",
    operation: () => ({
      query: `mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }`,
      variables: { input: { email: `nobody-${(counter += 1)}@acme.test` } },
    }),
    expected: allActors("ok"),
  },
  {
    field: "Mutation.resetPassword",
    operation: async (stage) => ({
      query: `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { user { id } } }`,
      variables: { input: { token: await resetToken((await stage.fresh()).id), newPassword: "matrix password" } },
    }),
    expected: allActors("ok"),
  },
  {
    field: "Mutation.updateAccount",
    operation: ({ me }) => ({
      query: `mutation($input: UpdateAccountInput!) { updateAccount(input: $input) { id } }`,
      variables: { input: { name: me?.name ?? "Nobody" } },
    }),
    expected: everyoneSignedIn,
  },
  {
    field: "Mutation.setPlanCreation",
    // EVERYONE, as before: the createPlan row expects everyone to start plans.
    operation: () => ({ query: `mutation { setPlanCreation(planCreation: EVERYONE) { id planCreation } }` }),
    // Another organisation's admin sets their own organisation's rule.
    expected: { ...manageColleague, OTHER_ORG: "ok" },
  },
  {
    field: "Mutation.setPlanCreator",
    operation: async (stage) => ({
      query: `mutation($id: ID!) { setPlanCreator(userId: $id, isPlanCreator: true) { id } }`,
      variables: { id: (await stage.fresh()).id },
    }),
    expected: manageColleague,
  },
  {
    field: "Mutation.deactivateUser",
    operation: async (stage) => ({ query: `mutation($id: ID!) { deactivateUser(userId: $id) { id } }`, variables: { id: (await stage.fresh()).id } }),
    expected: manageColleague,
  },
  {
    field: "Mutation.reactivateUser",
    operation: async (stage) => ({
      query: `mutation($id: ID!) { reactivateUser(userId: $id) { id } }`,
      variables: { id: (await stage.fresh({ isActive: false })).id },
    }),
    expected: manageColleague,
  },
  {
    field: "Mutation.cutVersion",
    operation: ({ plan }) => ({ query: OPS.cut, variables: { input: { planId: plan.id, name: "Matrix" } } }),
    expected: planField(["OWNER"]),
  },
  {
    field: "Mutation.restoreVersion",
    operation: async (stage) => ({ query: OPS.restore, variables: { input: { versionId: await stage.version() } } }),
    expected: planField(["OWNER"]),
  },
  {
    field: "Query.planVersions",
    operation: async (stage) => ({ query: OPS.versions, variables: { planId: (await stage.version(), stage.plan.id) } }),
    expected: planField(PLAN_ROLES),
  },
  {
    field: "Query.planVersion",
    operation: async (stage) => ({ query: OPS.version, variables: { id: await stage.version() } }),
    expected: planField(PLAN_ROLES),
  },
  {
    field: "Query.diffVersions",
    operation: async (stage) => ({ query: OPS.diff, variables: { from: await stage.version(), to: await stage.version() } }),
    expected: planField(PLAN_ROLES),
  },
  {
    field: "Query.diffVersionWithDraft",
    operation: async (stage) => ({ query: OPS.diffDraft, variables: { id: await stage.version() } }),
    expected: planField(PLAN_ROLES),
  },
  {
    field: "Mutation.requestSignoff",
    operation: async ({ version, people }) => ({
      query: OPS.submit,
      variables: { input: { versionId: await version(), approverIds: [people.APPROVER!.id] } },
    }),
    expected: planField(["OWNER"]),
  },
  {
    field: "Mutation.approveVersion",
    operation: async ({ submitted }) => ({ query: OPS.approve, variables: { input: { versionId: await submitted() } } }),
    expected: planField(["APPROVER"]),
  },
  {
    field: "Mutation.requestChanges",
    operation: async ({ submitted }) => ({ query: OPS.requestChanges, variables: { input: { versionId: await submitted(), comment: "Tighten the goals." } } }),
    expected: planField(["APPROVER"]),
  },
  {
    // The COMMENTER is the tactic's assigned reviewer; the policy lets owners and editors review too, but
    // only the assigned reviewer (from the table) may, so they are refused as well.
    field: "Mutation.reviewTactic",
    operation: async ({ plan, people, firstTacticId, version }) => {
      await server.server.services.plans.assignReviewer(people.OWNER!, plan.id, firstTacticId, people.COMMENTER!.id);
      return { query: OPS.review, variables: { input: { versionId: await version(), sectionId: firstTacticId, state: "REVIEWED" } } };
    },
    expected: planField(["COMMENTER"]),
  },
  {
    field: "Query.reviewCoverage",
    operation: async (stage) => ({ query: OPS.coverage, variables: { planId: (await stage.submitted(), stage.plan.id) } }),
    expected: planField(PLAN_ROLES),
  },
  {
    field: "Query.auditLog",
    operation: async (stage) => ({ query: OPS.audit, variables: { planId: (await stage.submitted(), stage.plan.id) } }),
    expected: planField(["OWNER", "APPROVER"]),
  },
  {
    field: "Query.thread",
    operation: async (stage) => ({ query: `query($id: ID!) { thread(id: $id) { id comments { body } } }`, variables: { id: (await stage.thread()).id } }),
    expected: planField(PLAN_ROLES),
  },
  { field: "Query.notifications", operation: () => ({ query: `{ notifications { id } }` }), expected: everyoneSignedIn },
  { field: "Query.unreadNotificationCount", operation: () => ({ query: `{ unreadNotificationCount }` }), expected: everyoneSignedIn },
  {
    field: "Mutation.createThread",
    operation: ({ plan }) => ({
      query: `mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }`,
      variables: { input: { planId: plan.id, body: "Is 30% realistic?" } },
    }),
    expected: planField(["OWNER", "EDITOR", "COMMENTER", "APPROVER"]),
  },
  {
    field: "Mutation.createThread",
    variant: "with a suggested edit",
    operation: async ({ plan }) => ({
      query: `mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }`,
      variables: { input: { planId: plan.id, body: "Raise it?", anchor: await anchorOn(plan.id, "80 points"), suggestion: "90 points" } },
    }),
    expected: planField(["OWNER", "EDITOR", "COMMENTER"]),
  },
  {
    field: "Mutation.createThread",
    variant: "on a lead-definition criterion",
    operation: async ({ plan }) => ({
      query: `mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }`,
      variables: { input: { planId: plan.id, body: "Does reselling count?", criterionId: await criterionOf(plan.id) } },
    }),
    expected: planField(["OWNER", "EDITOR", "COMMENTER", "APPROVER"]),
  },
  {
    field: "Mutation.replyToThread",
    operation: async (stage) => ({
      query: `mutation($input: ReplyToThreadInput!) { replyToThread(input: $input) { id } }`,
      variables: { input: { threadId: (await stage.thread()).id, body: "Agreed" } },
    }),
    expected: planField(["OWNER", "EDITOR", "COMMENTER", "APPROVER"]),
  },
  {
    field: "Mutation.resolveThread",
    operation: async (stage) => ({ query: `mutation($id: ID!) { resolveThread(id: $id) { id } }`, variables: { id: (await stage.thread()).id } }),
    expected: moderateCommenterThread,
  },
  {
    field: "Mutation.reopenThread",
    operation: async (stage) => ({
      query: `mutation($id: ID!) { reopenThread(id: $id) { id } }`,
      variables: { id: (await stage.thread({ resolved: true })).id },
    }),
    expected: moderateCommenterThread,
  },
  {
    field: "Mutation.acceptSuggestion",
    operation: async (stage) => ({
      query: `mutation($id: ID!) { acceptSuggestion(id: $id, confirm: true) { id } }`,
      variables: { id: (await stage.thread()).id },
    }),
    expected: planField(["OWNER", "EDITOR"]),
  },
  {
    field: "Mutation.rejectSuggestion",
    operation: async (stage) => ({
      query: `mutation($input: RejectSuggestionInput!) { rejectSuggestion(input: $input) { id } }`,
      variables: { input: { threadId: (await stage.thread()).id, reason: "Not this quarter" } },
    }),
    expected: planField(["OWNER", "EDITOR"]),
  },
  {
    field: "Mutation.editComment",
    operation: async (stage) => ({
      query: `mutation($input: EditCommentInput!) { editComment(input: $input) { id } }`,
      variables: { input: { commentId: (await stage.thread()).commentId, body: "Raise it to 90?" } },
    }),
    expected: commenterOwnsComment,
  },
  {
    field: "Mutation.deleteComment",
    operation: async (stage) => ({ query: `mutation($id: ID!) { deleteComment(id: $id) { id } }`, variables: { id: (await stage.thread()).commentId } }),
    expected: commenterOwnsComment,
  },
  { field: "Mutation.markNotificationsRead", operation: () => ({ query: `mutation { markNotificationsRead }` }), expected: everyoneSignedIn },
  {
    field: "Subscription.threadEvents",
    operation: (stage) => ({
      query: `subscription($planId: ID!) { threadEvents(planId: $planId) { kind thread { id } } }`,
      variables: { planId: stage.plan.id },
      trigger: () => stage.openThread(),
    }),
    expected: planField(PLAN_ROLES),
  },
  {
    field: "Subscription.notificationEvents",
    operation: async ({ me }) => ({
      query: `subscription { notificationEvents { unreadCount notification { id } } }`,
      trigger: me ? await mentionerOf(me) : undefined,
    }),
    expected: everyoneSignedIn,
  },
  // Council, feedback calls, field insights, the digest (issue 15). Set-up through the services as the OWNER
  // (or the ORG_ADMIN for the roster), so each row measures only the caller's right.
  { field: "Query.councilRoster", operation: () => ({ query: `{ councilRoster { id region user { id } } }` }), expected: everyoneSignedIn },
  {
    field: "Mutation.setCouncilMember",
    operation: async (stage) => ({
      query: `mutation($input: SetCouncilMemberInput!) { setCouncilMember(input: $input) { id } }`,
      variables: { input: { userId: (await stage.fresh()).id, kind: "REGION", region: "EMEA", termStart: "2026-01-01" } },
    }),
    expected: manageColleague,
  },
  {
    field: "Mutation.setCouncilMemberAway",
    operation: async (stage) => ({
      query: `mutation($input: SetCouncilMemberAwayInput!) { setCouncilMemberAway(input: $input) { id } }`,
      variables: { input: { memberId: await councilSeat(stage), awayUntil: "2026-12-24" } },
    }),
    expected: manageColleague,
  },
  {
    field: "Mutation.removeCouncilMember",
    operation: async (stage) => ({ query: `mutation($id: ID!) { removeCouncilMember(id: $id) }`, variables: { id: await councilSeat(stage) } }),
    expected: manageColleague,
  },
  {
    field: "Mutation.recordStrategySession",
    operation: ({ plan, firstTacticId }) => ({
      query: `mutation($input: RecordStrategySessionInput!) { recordStrategySession(input: $input) { id } }`,
      variables: { input: { planId: plan.id, heldOn: "2026-06-01", notes: "Doubled down on partners.", sectionIds: [firstTacticId] } },
    }),
    expected: planField(["OWNER", "EDITOR"]),
  },
  {
    field: "Query.councilDigest",
    operation: ({ plan }) => ({ query: `query($id: ID!) { councilDigest(planId: $id) { html contributors { email } } }`, variables: { id: plan.id } }),
    expected: planField(PLAN_ROLES),
  },
  {
    field: "Mutation.sendCouncilDigest",
    operation: ({ plan }) => ({ query: `mutation($id: ID!) { sendCouncilDigest(planId: $id) { periodKey } }`, variables: { id: plan.id } }),
    expected: planField(["OWNER"]),
  },
  {
    field: "Query.feedbackSeries",
    operation: ({ plan }) => ({ query: `query($id: ID!) { feedbackSeries(planId: $id) { cadence } }`, variables: { id: plan.id } }),
    expected: planField(PLAN_ROLES),
  },
  {
    field: "Mutation.setFeedbackSeries",
    operation: ({ plan, people }) => ({
      query: `mutation($input: SetFeedbackSeriesInput!) { setFeedbackSeries(input: $input) { cadence } }`,
      variables: { input: { planId: plan.id, cadence: "WEEKLY", managersPerSession: 2, standingParticipantIds: [people.OWNER!.id] } },
    }),
    expected: planField(["OWNER", "EDITOR"]),
  },
  {
    field: "Query.proposedRotation",
    operation: ({ plan }) => ({
      query: `query($id: ID!, $at: DateTime!) { proposedRotation(planId: $id, scheduledAt: $at) { userId } }`,
      variables: { id: plan.id, at: inADay() },
    }),
    expected: planField(["OWNER", "EDITOR"]),
  },
  {
    field: "Mutation.createFeedbackSession",
    operation: ({ plan }) => ({
      query: `mutation($input: CreateFeedbackSessionInput!) { createFeedbackSession(input: $input) { id agenda { kind threadId } participants { email } } }`,
      variables: { input: { planId: plan.id, scheduledAt: inADay() } },
    }),
    expected: planField(["OWNER", "EDITOR"]),
  },
  {
    field: "Query.feedbackSession",
    operation: async (stage) => ({ query: `query($id: ID!) { feedbackSession(id: $id) { id agenda { kind } } }`, variables: { id: await feedbackCall(stage) } }),
    expected: planField(PLAN_ROLES),
  },
  {
    field: "Mutation.addAgendaItem",
    operation: async (stage) => ({
      query: `mutation($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id } }`,
      variables: { input: { sessionId: await feedbackCall(stage), title: "Trade-show leads" } },
    }),
    expected: planField(["OWNER", "EDITOR"]),
  },
  {
    field: "Mutation.updateSessionNotes",
    operation: async (stage) => ({
      query: `mutation($input: UpdateSessionNotesInput!) { updateSessionNotes(input: $input) { id } }`,
      variables: { input: { sessionId: await feedbackCall(stage), notes: "EMEA wants more webinars." } },
    }),
    expected: planField(["OWNER", "EDITOR"]),
  },
  {
    field: "Mutation.addActionItem",
    operation: async (stage) => ({
      query: `mutation($input: AddActionItemInput!) { addActionItem(input: $input) { id } }`,
      variables: { input: { sessionId: await feedbackCall(stage), title: "Send the list", ownerId: stage.people.OWNER!.id, dueOn: "2026-12-15" } },
    }),
    expected: planField(["OWNER", "EDITOR"]),
  },
  {
    // The item is the OWNER's: marketing (owners, editors) closes it; the item's owner is marketing here too.
    field: "Mutation.closeActionItem",
    operation: async (stage) => {
      const sessionId = await feedbackCall(stage);
      const item = await server.server.services.feedback.addActionItem(stage.people.OWNER!, { sessionId, title: "Send the list", ownerId: stage.people.OWNER!.id, dueOn: "2026-12-15" });
      return { query: `mutation($id: ID!) { closeActionItem(id: $id) { isDone } }`, variables: { id: item.id } };
    },
    expected: planField(["OWNER", "EDITOR"]),
  },
  { field: "Query.fieldInsights", operation: () => ({ query: `{ fieldInsights { id } }` }), expected: everyoneSignedIn },
  {
    field: "Mutation.logInsight",
    operation: () => ({ query: `mutation { logInsight(input: { kind: PAIN_POINT, body: "Buyers want shorter trials", region: "EMEA" }) { id } }` }),
    expected: everyoneSignedIn,
  },
  {
    field: "Mutation.linkInsight",
    operation: async (stage) => ({
      query: `mutation($input: LinkInsightInput!) { linkInsight(input: $input) { id } }`,
      variables: { input: { insightId: await insightOf(stage), planId: stage.plan.id, sectionId: stage.firstTacticId } },
    }),
    expected: planField(["OWNER", "EDITOR"]),
  },
  {
    field: "Mutation.unlinkInsight",
    operation: async (stage) => ({
      query: `mutation($input: LinkInsightInput!) { unlinkInsight(input: $input) { id } }`,
      variables: { input: { insightId: await insightOf(stage), planId: stage.plan.id, sectionId: stage.firstTacticId } },
    }),
    expected: planField(["OWNER", "EDITOR"]),
  },
  {
    field: "Mutation.createPoll",
    operation: ({ plan }) => ({
      query: `mutation($input: CreatePollInput!) { createPoll(input: $input) { id } }`,
      variables: { input: { planId: plan.id, question: "More leads or more awareness?", options: ["Leads", "Awareness"] } },
    }),
    expected: planField(["OWNER"]),
  },
  {
    field: "Mutation.answerPoll",
    operation: async (stage) => {
      const poll = await server.server.services.insights.createPoll(stage.people.OWNER!, { planId: stage.plan.id, question: "Leads or awareness?", options: ["Leads", "Awareness"] });
      return { query: `mutation($input: AnswerPollInput!) { answerPoll(input: $input) { totals } }`, variables: { input: { pollId: poll.id, optionIndex: 0 } } };
    },
    expected: planField(["OWNER", "EDITOR", "COMMENTER", "APPROVER"]),
  },
  // Lead definition and campaign calendar (issue 14): the owner sets up what each call acts on.
  {
    field: "Query.plan",
    variant: "lead definition, campaign calendar and feed address",
    operation: ({ plan }) => ({
      query: `query($id: ID!) { plan(id: $id) { calendarFeedUrl leadDefinition { status fieldAcknowledgements { isCurrent } } campaignCalendar { today campaigns { id } } } }`,
      variables: { id: plan.id },
    }),
    expected: planField(PLAN_ROLES),
  },
  {
    field: "Mutation.saveLeadDefinition",
    operation: ({ plan }) => ({ query: LEAD_OPS.save, variables: { input: rubricInput(plan.id) } }),
    expected: planField(["OWNER", "EDITOR"]),
  },
  {
    field: "Mutation.publishLeadDefinition",
    operation: async ({ plan }) => {
      await draftRubric(plan.id);
      return { query: LEAD_OPS.publish, variables: { planId: plan.id } };
    },
    expected: planField(["OWNER", "EDITOR"]),
  },
  {
    field: "Mutation.cosignLeadDefinition",
    operation: async ({ plan }) => {
      await publishedRubric(plan.id);
      return { query: LEAD_OPS.cosign, variables: { planId: plan.id } };
    },
    expected: planField(["APPROVER"]),
  },
  {
    field: "Mutation.acknowledgeLeadDefinition",
    operation: async ({ plan }) => {
      await publishedRubric(plan.id);
      return { query: LEAD_OPS.acknowledge, variables: { planId: plan.id } };
    },
    expected: planField(["COMMENTER"]),
  },
  {
    field: "Query.gradeLead",
    operation: ({ plan }) => ({ query: LEAD_OPS.grade, variables: { input: { planId: plan.id, attributes: { industry: "Logistics" } } } }),
    expected: planField(PLAN_ROLES),
  },
  {
    field: "Mutation.gradeLead",
    operation: ({ plan }) => ({ query: LEAD_OPS.gradeMutation, variables: { input: { planId: plan.id, attributes: { industry: "Logistics" } } } }),
    expected: planField(PLAN_ROLES),
  },
  {
    field: "Mutation.createCampaign",
    operation: ({ plan }) => ({ query: CAMPAIGN_OPS.create, variables: { input: { planId: plan.id, name: "Webinar", region: "EMEA", channel: "Webinar", launchDate: "2027-03-01" } } }),
    expected: planField(["OWNER", "EDITOR"]),
  },
  {
    field: "Mutation.updateCampaign",
    operation: async ({ plan }) => ({ query: CAMPAIGN_OPS.update, variables: { input: { campaignId: await campaignIn(plan.id), talkTrackReady: true } } }),
    expected: planField(["OWNER", "EDITOR"]),
  },
  {
    field: "Mutation.deleteCampaign",
    operation: async ({ plan }) => ({ query: CAMPAIGN_OPS.remove, variables: { id: await campaignIn(plan.id) } }),
    expected: planField(["OWNER", "EDITOR"]),
  },
  {
    field: "Mutation.addCampaignGoal",
    operation: async ({ plan, people }) => ({
      query: CAMPAIGN_OPS.addGoal,
      variables: { input: { campaignId: await campaignIn(plan.id), kind: "LEADS", target: 100, salesOwnerId: people.APPROVER!.id } },
    }),
    expected: planField(["OWNER", "EDITOR"]),
  },
  {
    field: "Mutation.decideCampaignGoal",
    // The goal names the caller as its sales owner when they are in the plan: the row measures the role.
    operation: async ({ plan, people, me }) => {
      const owner = me && PLAN_ROLES.some((role) => people[role]?.id === me.id) ? me : people.APPROVER!;
      return { query: CAMPAIGN_OPS.decideGoal, variables: { input: { goalId: await goalIn(plan.id, owner.id), decision: "ACCEPTED" } } };
    },
    expected: planField(["OWNER", "EDITOR", "COMMENTER", "APPROVER"]),
  },
  {
    field: "Mutation.removeCampaignGoal",
    operation: async ({ plan, people }) => ({ query: CAMPAIGN_OPS.removeGoal, variables: { id: await goalIn(plan.id, people.APPROVER!.id) } }),
    expected: planField(["OWNER", "EDITOR"]),
  },
  {
    field: "Mutation.addSalesEvent",
    operation: ({ plan }) => ({
      query: CAMPAIGN_OPS.addEvent,
      variables: { input: { planId: plan.id, kind: "BLACKOUT", name: "Quarter close", startDate: "2027-03-25", endDate: "2027-03-31" } },
    }),
    expected: planField(["OWNER", "EDITOR"]),
  },
  {
    field: "Mutation.removeSalesEvent",
    operation: async ({ plan }) => {
      const event = await server.server.services.campaigns.addSalesEvent(people.OWNER!, plan.id, { kind: SalesEventKind.KICKOFF, name: "Kick-off", startDate: "2027-01-10", endDate: "2027-01-11", region: null });
      return { query: CAMPAIGN_OPS.removeEvent, variables: { id: event.id } };
    },
    expected: planField(["OWNER", "EDITOR"]),
  },
  {
    field: "Mutation.setSalesFocus",
    operation: ({ plan }) => ({ query: CAMPAIGN_OPS.focus, variables: { input: { planId: plan.id, quarter: "2027-Q1", products: ["Payments"] } } }),
    expected: planField(["OWNER", "EDITOR"]),
  },
  {
    field: "Mutation.revokeCalendarFeed",
    operation: ({ plan }) => ({ query: CAMPAIGN_OPS.revoke, variables: { planId: plan.id } }),
    expected: planField(["OWNER"]),
  },
  {
    field: "Mutation.setOrganizationTimeZone",
    // Admins set their own organisation's time zone (another organisation's admin sets theirs).
    operation: () => ({ query: CAMPAIGN_OPS.timeZone, variables: { timeZone: "UTC" } }),
    expected: { ...allActors("FORBIDDEN"), ORG_ADMIN: "ok", OTHER_ORG: "ok", SIGNED_OUT: "UNAUTHENTICATED" },
  },
];

const inADay = () => new Date(Date.now() + 86_400_000).toISOString();

/** A feedback call on the stage's plan, scheduled by its OWNER. */
async function feedbackCall(stage: Stage): Promise<string> {
  return (await server.server.services.feedback.createSession(stage.people.OWNER!, { planId: stage.plan.id, scheduledAt: new Date(inADay()) }, "http://test")).id;
}

/** A fresh colleague seated on the council by the ORG_ADMIN; returns the seat's id. */
async function councilSeat(stage: Stage): Promise<string> {
  const seat = await server.server.services.council.setMember(stage.people.ORG_ADMIN!, {
    userId: (await stage.fresh()).id,
    kind: CouncilSeatKind.REGION,
    region: "APAC",
    termStart: "2026-01-01",
  });
  return seat.id;
}

/** An insight the OWNER logged in the stage's organisation. */
async function insightOf(stage: Stage): Promise<string> {
  return (await server.server.services.insights.log(stage.people.OWNER!, { kind: InsightKind.COMPETITOR_MOVE, body: "Rival halved prices in DACH" })).id;
}

let server: TestServer;
let people: Record<Actor, User | null>;
beforeAll(async () => {
  // Every call opens threads as the same few people: far more than a person writes in a minute.
  server = await startTestServer({}, { commentLimits: { ...COMMENT_LIMITS, commentsPerMinute: 100_000 } });
  const { dataSource } = server.db;
  const acme = await createOrganization(dataSource, "Acme");
  const globex = await createOrganization(dataSource, "Globex");
  const inAcme = (options: { isAdmin?: boolean } = {}) => createUser(dataSource, { organizationId: acme.id, ...options });
  people = {
    OWNER: await inAcme(),
    EDITOR: await inAcme(),
    COMMENTER: await inAcme(),
    APPROVER: await inAcme(),
    VIEWER: await inAcme(),
    ORG_ADMIN: await inAcme({ isAdmin: true }),
    NON_MEMBER: await inAcme(),
    OTHER_ORG: await createUser(dataSource, { organizationId: globex.id, isAdmin: true }),
    SIGNED_OUT: null,
  };
});
afterAll(() => server.close());

async function newStage(me: User | null): Promise<Stage> {
  const { dataSource } = server.db;
  const { comments, plans } = server.server.services;
  const plan = await createPlan(dataSource, server.server.documents, { owner: people.OWNER! });
  for (const role of ["EDITOR", "COMMENTER", "APPROVER", "VIEWER"] as const) await addMember(dataSource, plan.id, people[role]!.id, PlanRole[role]);
  const { versions, signoffs } = server.server.services;
  const version = async () => (await versions.cut(people.OWNER!, plan.id)).id;
  const sections = await plans.sections(plan);
  return {
    plan,
    people,
    me,
    firstTacticId: sections.find((section) => section.kind === "tactic")!.id,
    fresh: (options = {}) => createUser(dataSource, { organizationId: people.OWNER!.organizationId, ...options }),
    version,
    async submitted() {
      const versionId = await version();
      await signoffs.requestSignoff(people.OWNER!, versionId, [{ approverId: people.APPROVER!.id, sectionIds: null }]);
      return versionId;
    },
    async thread({ resolved = false } = {}) {
      const anchor = await anchorOn(plan.id, "80 points");
      const thread = await comments.createThread(people.COMMENTER!, { planId: plan.id, body: "Raise it?", anchor, suggestion: "90 points" });
      if (resolved) await comments.resolve(people.COMMENTER!, thread.id);
      const [opening] = await comments.commentsOfThreads([thread.id]);
      return { id: thread.id, commentId: opening.id };
    },
    openThread: async () => {
      await comments.createThread(people.OWNER!, { planId: plan.id, body: "Anyone?" });
    },
  };
}

/** Writes the plan's first section and anchors `phrase` in it, as an editor's selection would. */
async function anchorOn(planId: string, phrase: string) {
  const { documents } = server.server;
  const sectionId = await writeSummary(documents, planId);
  const anchor = await documents.read(planId, (doc) => anchorPhrase(doc, sectionId, phrase));
  if (!anchor) throw new Error(`"${phrase}" is not in the plan`);
  return anchor;
}

/**
 * A plan of the user's own, in their organisation, with a colleague who mentions them there: each call of
 * the returned function gives the user a notification, whatever their place in the stage's plan.
 */
async function mentionerOf(user: User): Promise<() => Promise<unknown>> {
  const { dataSource } = server.db;
  const plan = await createPlan(dataSource, server.server.documents, { owner: user });
  const colleague = await createUser(dataSource, { organizationId: user.organizationId });
  await addMember(dataSource, plan.id, colleague.id, PlanRole.COMMENTER);
  return () => server.server.services.comments.createThread(colleague, { planId: plan.id, body: `Please look @${user.email}` });
}

/** A fresh pending invitation into Acme, sent by its admin (links in the test server are handed back). */
async function sentInvitation() {
  const email = `matrix-invitee-${(counter += 1)}@acme.test`;
  return server.server.services.invitations.invite(people.ORG_ADMIN!, { email, name: "Matrix Invitee", isAdmin: false, plans: [] }, server.url);
}
const invitationId = async () => (await sentInvitation()).invitation.id;
const invitationToken = async () => (await sentInvitation()).inviteUrl!.split("/").at(-1)!;

/** A fresh reset link for this user, as the "forgot password" mail would carry. */
async function resetToken(userId: string): Promise<string> {
  const { token, tokenHash } = newSecretToken();
  await server.server.services.repositories.passwordResets.insert({ userId, tokenHash, expiresAt: new Date(Date.now() + 60_000) });
  return token;
}

async function draftRubric(planId: string): Promise<void> {
  const { leads } = server.server.services;
  await leads.save(people.OWNER!, { ...rubricInput(planId), criteria: rubricRows() });
}

/** The first criterion of a freshly drafted rubric of the plan. */
async function criterionOf(planId: string): Promise<string> {
  await draftRubric(planId);
  return (await server.server.services.leads.criteria(planId))[0].id;
}

async function publishedRubric(planId: string): Promise<void> {
  await draftRubric(planId);
  await server.server.services.leads.publish(people.OWNER!, planId);
}

async function campaignIn(planId: string): Promise<string> {
  const campaign = await server.server.services.campaigns.create(people.OWNER!, planId, { name: "Webinar", region: "EMEA", channel: "Webinar", launchDate: "2027-03-01" });
  return campaign.id;
}

async function goalIn(planId: string, salesOwnerId: string): Promise<string> {
  const { campaigns } = server.server.services;
  const campaign = await campaigns.addGoal(people.OWNER!, await campaignIn(planId), { kind: CampaignGoalKind.LEADS, target: 100, salesOwnerId });
  return campaign.goals[0].id;
}

async function outcomeOf(row: Row, actor: Actor): Promise<string> {
  const user = people[actor];
  const cookie = user ? await sessionCookie(server.server.sessions, user.id) : undefined;
  const operation = await row.operation(await newStage(user));
  if (row.field.startsWith("Subscription.")) return subscriptionOutcome(cookie, operation);
  const response = await new GraphQLTestClient(server.url, cookie).request(operation.query, operation.variables);
  if (!response.errors) return response.data ? "ok" : "no data";
  return response.errors[0].extensions?.code ?? response.errors[0].message;
}

/**
 * "ok" once the first event arrives (the trigger is repeated until then: the server subscribes
 * asynchronously, so an early trigger may go unheard); otherwise the code of the error the operation
 * was answered with, or UNAUTHENTICATED when the socket was refused at the upgrade.
 */
async function subscriptionOutcome(cookie: string | undefined, { query, variables, trigger }: Operation): Promise<string> {
  const subscription = subscribe(server.url, cookie, query, variables);
  let ended = false;
  void subscription.ended.then(() => (ended = true));
  try {
    await vi.waitFor(
      async () => {
        if (subscription.results.length === 0 && !ended) await trigger?.();
        expect(subscription.results.length > 0 || ended, "no event and no error").toBe(true);
      },
      { timeout: 10_000, interval: 250 },
    );
    const first = subscription.results[0];
    if (first) return first.errors ? (first.errors[0].extensions?.code ?? first.errors[0].message) : first.data ? "ok" : "no data";
    return subscription.closeCode() === CloseCode.Unauthenticated ? "UNAUTHENTICATED" : `closed ${subscription.closeCode()}`;
  } finally {
    subscription.dispose();
  }
}

describe("GraphQL authorisation matrix", () => {
  it("has a row for every Query, Mutation and Subscription field", async () => {
    const schema = await createSchema();
    const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter((root) => root != null);
    const fields = roots.flatMap((root) => Object.keys(root.getFields()).map((name) => `${root.name}.${name}`));
    const covered = new Set(ROWS.map((row) => row.field));
    expect(fields.filter((field) => !covered.has(field)), "fields without a row in the authorisation matrix").toEqual([]);
    expect(ROWS.map((row) => row.field).filter((field) => !fields.includes(field)), "rows for fields that no longer exist").toEqual([]);
  });

  for (const row of ROWS) {
    it(row.variant ? `${row.field} (${row.variant})` : row.field, async () => {
      const actual = Object.fromEntries(await Promise.all(ACTORS.map(async (actor) => [actor, await outcomeOf(row, actor)] as const)));
      expect(actual).toEqual(row.expected);
    });
  }
});
