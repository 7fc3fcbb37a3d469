/**
 * Every string input refuses text PostgreSQL cannot store with BAD_USER_INPUT. The table names one valid
 * operation per mutation/query with string inputs; each string in its variables is replaced in turn. A
 * String/ID argument or input field in the schema that no row covers fails the completeness check.
 * Subscription rows go over graphql-ws, the transport subscriptions really use.
 */
import { getNamedType, isInputObjectType, isScalarType, type GraphQLArgument, type GraphQLInputField } from "graphql";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { anchorPhrase, listSections, type Anchor } from "@planbridge/plan-schema";
import { writeSummary } from "../test-support/comment-world";
import { sessionCookie, TEST_PASSWORD } from "../test-support/fixtures";
import { createGraphQLWorld, type GraphQLWorld } from "../test-support/graphql-world";
import { OPS } from "../test-support/signoff-world";
import { CAMPAIGN_OPS, LEAD_OPS, rubricInput, rubricRows } from "../test-support/alignment-world";

const SOME_ID = "00000000-0000-4000-8000-000000000001";
import { subscribe } from "../test-support/subscription-client";
import { createSchema } from "./schema";

let world: GraphQLWorld;
/** A thread of the owner's with a suggestion, for the comment rows. */
let thread: { id: string; commentId: string; anchor: Anchor };
/** A criterion of the plan's lead definition, for the criterion-thread row. */
let criterionId: string;
beforeAll(async () => {
  world = await createGraphQLWorld();
  const { documents, services } = world.server.server;
  const sectionId = await writeSummary(documents, world.plan.id);
  const anchor = await documents.read(world.plan.id, (doc) => anchorPhrase(doc, listSections(doc)[0].id, "80 points"));
  expect(sectionId).toBe(anchor?.sectionId);
  const created = await services.comments.createThread(world.users.owner, { planId: world.plan.id, body: "Raise it?", anchor, suggestion: "90 points" });
  const [opening] = await services.comments.commentsOfThreads([created.id]);
  thread = { id: created.id, commentId: opening.id, anchor: anchor! };
  await services.leads.save(world.users.owner, { ...rubricInput(world.plan.id), criteria: rubricRows() });
  criterionId = (await services.leads.criteria(world.plan.id))[0].id;
});
afterAll(() => world.server.close());

type Variables = Record<string, unknown>;
interface Row {
  field: string;
  query: string;
  variables: (w: GraphQLWorld) => Variables;
}

const ROWS: Row[] = [
  { field: "Query.plan", query: `query($id: ID!) { plan(id: $id) { id } }`, variables: (w) => ({ id: w.plan.id }) },
  {
    field: "Mutation.login",
    query: `mutation($input: LoginInput!) { login(input: $input) { user { id } } }`,
    variables: (w) => ({ input: { email: w.users.outsider.email, password: TEST_PASSWORD } }),
  },
  {
    field: "Mutation.createPlan",
    query: `mutation($input: CreatePlanInput!) { createPlan(input: $input) { id } }`,
    variables: () => ({ input: { title: "Ok title" } }),
  },
  {
    field: "Mutation.renamePlan",
    query: `mutation($input: RenamePlanInput!) { renamePlan(input: $input) { id } }`,
    variables: (w) => ({ input: { planId: w.plan.id, title: "Ok title" } }),
  },
  { field: "Mutation.archivePlan", query: `mutation($id: ID!) { archivePlan(planId: $id) { id } }`, variables: (w) => ({ id: w.plan.id }) },
  { field: "Mutation.unarchivePlan", query: `mutation($id: ID!) { unarchivePlan(planId: $id) { id } }`, variables: (w) => ({ id: w.plan.id }) },
  {
    field: "Mutation.assignSectionReviewer",
    query: `mutation($input: AssignSectionReviewerInput!) { assignSectionReviewer(input: $input) { id } }`,
    variables: (w) => ({ input: { planId: w.plan.id, sectionId: "summary", userId: w.users.editor.id } }),
  },
  {
    field: "Mutation.addPlanMember",
    query: `mutation($input: AddPlanMemberInput!) { addPlanMember(input: $input) { id } }`,
    variables: (w) => ({ input: { planId: w.plan.id, email: w.users.outsider.email, role: "VIEWER" } }),
  },
  {
    field: "Mutation.changePlanMemberRole",
    query: `mutation($input: ChangePlanMemberRoleInput!) { changePlanMemberRole(input: $input) { id } }`,
    variables: (w) => ({ input: { planId: w.plan.id, userId: w.users.commenter.id, role: "COMMENTER" } }),
  },
  {
    field: "Mutation.removePlanMember",
    query: `mutation($input: RemovePlanMemberInput!) { removePlanMember(input: $input) }`,
    variables: (w) => ({ input: { planId: w.plan.id, userId: w.users.outsider.id } }),
  },
  {
    field: "Mutation.inviteUser",
    query: `mutation($input: InviteUserInput!) { inviteUser(input: $input) { inviteUrl } }`,
    variables: (w) => ({ input: { email: "nul.test@acme.test", name: "Nul Test", jobTitle: "Field rep", plans: [{ planId: w.plan.id, role: "VIEWER" }] } }),
  },
  // Accounts (issue 13): the guard answers before any token or id is looked up.
  { field: "Query.invitation", query: `query($token: String!) { invitation(token: $token) { email } }`, variables: () => ({ token: "a".repeat(43) }) },
  {
    field: "Mutation.acceptInvite",
    query: `mutation($input: AcceptInviteInput!) { acceptInvite(input: $input) { planIds } }`,
    variables: () => ({ input: { token: "a".repeat(43), name: "Nul Test", password: "long enough password" } }),
  },
  { field: "Mutation.resendInvitation", query: `mutation($id: ID!) { resendInvitation(invitationId: $id) { inviteUrl } }`, variables: (w) => ({ id: w.plan.id }) },
  { field: "Mutation.revokeInvitation", query: `mutation($id: ID!) { revokeInvitation(invitationId: $id) { id } }`, variables: (w) => ({ id: w.plan.id }) },
  {
    field: "Mutation.changePassword",
    query: `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { endedSessions } }`,
    variables: () => ({ input: { currentPassword: "current password", newPassword: "a new password" } }),
  },
  {
    field: "Mutation.requestPasswordReset",
    query: `mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }`,
    variables: () => ({ input: { email: "nul.reset@acme.test" } }),
  },
  {
    field: "Mutation.resetPassword",
    query: `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { user { id } } }`,
    variables: () => ({ input: { token: "a".repeat(43), newPassword: "a new password" } }),
  },
  {
    field: "Mutation.updateAccount",
    query: `mutation($input: UpdateAccountInput!) { updateAccount(input: $input) { id } }`,
    variables: () => ({ input: { name: "Nul Test", jobTitle: "Field rep" } }),
  },
  {
    field: "Mutation.setPlanCreator",
    query: `mutation($id: ID!) { setPlanCreator(userId: $id, isPlanCreator: true) { id } }`,
    variables: (w) => ({ id: w.users.outsider.id }),
  },
  { field: "Mutation.deactivateUser", query: `mutation($id: ID!) { deactivateUser(userId: $id) { id } }`, variables: (w) => ({ id: w.users.outsider.id }) },
  { field: "Mutation.reactivateUser", query: `mutation($id: ID!) { reactivateUser(userId: $id) { id } }`, variables: (w) => ({ id: w.users.outsider.id }) },
  // Versions, sign-off, reviews and audit: the guard runs before any resolver, so ids need not name a version.
  { field: "Mutation.cutVersion", query: OPS.cut, variables: (w) => ({ input: { planId: w.plan.id, name: "Council draft" } }) },
  { field: "Mutation.restoreVersion", query: OPS.restore, variables: (w) => ({ input: { versionId: w.plan.id } }) },
  { field: "Query.planVersions", query: OPS.versions, variables: (w) => ({ planId: w.plan.id }) },
  { field: "Query.planVersion", query: OPS.version, variables: (w) => ({ id: w.plan.id }) },
  { field: "Query.diffVersions", query: OPS.diff, variables: (w) => ({ from: w.plan.id, to: w.plan.id }) },
  { field: "Query.diffVersionWithDraft", query: OPS.diffDraft, variables: (w) => ({ id: w.plan.id }) },
  {
    field: "Mutation.requestSignoff",
    query: OPS.submit,
    variables: (w) => ({ input: { versionId: w.plan.id, approverIds: [w.users.editor.id], sectionApprovers: [{ approverId: w.users.commenter.id, sectionIds: ["summary"] }] } }),
  },
  { field: "Mutation.approveVersion", query: OPS.approve, variables: (w) => ({ input: { versionId: w.plan.id } }) },
  { field: "Mutation.requestChanges", query: OPS.requestChanges, variables: (w) => ({ input: { versionId: w.plan.id, comment: "Tighten the goals." } }) },
  {
    field: "Mutation.reviewTactic",
    query: OPS.review,
    variables: (w) => ({ input: { versionId: w.plan.id, sectionId: "summary", state: "CHANGES_NEEDED", comment: "Name the partners." } }),
  },
  { field: "Query.reviewCoverage", query: OPS.coverage, variables: (w) => ({ planId: w.plan.id }) },
  { field: "Query.auditLog", query: OPS.audit, variables: (w) => ({ planId: w.plan.id }) },
  { field: "Query.thread", query: `query($id: ID!) { thread(id: $id) { id } }`, variables: () => ({ id: thread.id }) },
  {
    field: "Mutation.createThread",
    query: `mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }`,
    variables: (w) => ({ input: { planId: w.plan.id, body: "Raise it?", anchor: { ...thread.anchor }, suggestion: "90 points" } }),
  },
  {
    field: "Mutation.createThread",
    query: `mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }`,
    variables: (w) => ({ input: { planId: w.plan.id, body: "Does reselling count?", criterionId } }),
  },
  {
    field: "Mutation.replyToThread",
    query: `mutation($input: ReplyToThreadInput!) { replyToThread(input: $input) { id } }`,
    variables: () => ({ input: { threadId: thread.id, body: "Agreed" } }),
  },
  { field: "Mutation.resolveThread", query: `mutation($id: ID!) { resolveThread(id: $id) { id } }`, variables: () => ({ id: thread.id }) },
  { field: "Mutation.reopenThread", query: `mutation($id: ID!) { reopenThread(id: $id) { id } }`, variables: () => ({ id: thread.id }) },
  {
    field: "Mutation.acceptSuggestion",
    query: `mutation($id: ID!) { acceptSuggestion(id: $id, confirm: true) { id } }`,
    variables: () => ({ id: thread.id }),
  },
  {
    field: "Mutation.rejectSuggestion",
    query: `mutation($input: RejectSuggestionInput!) { rejectSuggestion(input: $input) { id } }`,
    variables: () => ({ input: { threadId: thread.id, reason: "Not this quarter" } }),
  },
  {
    field: "Mutation.editComment",
    query: `mutation($input: EditCommentInput!) { editComment(input: $input) { id } }`,
    variables: () => ({ input: { commentId: thread.commentId, body: "Raise it to 90?" } }),
  },
  { field: "Mutation.deleteComment", query: `mutation($id: ID!) { deleteComment(id: $id) { id } }`, variables: () => ({ id: thread.commentId }) },
  // Council, feedback calls, insights and polls (issue 15).
  {
    field: "Mutation.setCouncilMember",
    query: `mutation($input: SetCouncilMemberInput!) { setCouncilMember(input: $input) { id } }`,
    variables: (w) => ({ input: { userId: w.users.editor.id, kind: "REGION", region: "EMEA", termStart: "2026-01-01", termEnd: "2026-12-31" } }),
  },
  {
    field: "Mutation.setCouncilMemberAway",
    query: `mutation($input: SetCouncilMemberAwayInput!) { setCouncilMemberAway(input: $input) { id } }`,
    variables: (w) => ({ input: { memberId: w.plan.id, awayUntil: "2026-12-24" } }),
  },
  { field: "Mutation.removeCouncilMember", query: `mutation($id: ID!) { removeCouncilMember(id: $id) }`, variables: (w) => ({ id: w.plan.id }) },
  {
    field: "Mutation.recordStrategySession",
    query: `mutation($input: RecordStrategySessionInput!) { recordStrategySession(input: $input) { id } }`,
    variables: (w) => ({ input: { planId: w.plan.id, heldOn: "2026-06-01", notes: "Partners first.", sectionIds: ["summary"] } }),
  },
  { field: "Query.councilDigest", query: `query($id: ID!) { councilDigest(planId: $id) { html } }`, variables: (w) => ({ id: w.plan.id }) },
  { field: "Mutation.sendCouncilDigest", query: `mutation($id: ID!) { sendCouncilDigest(planId: $id) { html } }`, variables: (w) => ({ id: w.plan.id }) },
  { field: "Query.feedbackSeries", query: `query($id: ID!) { feedbackSeries(planId: $id) { cadence } }`, variables: (w) => ({ id: w.plan.id }) },
  {
    field: "Mutation.setFeedbackSeries",
    query: `mutation($input: SetFeedbackSeriesInput!) { setFeedbackSeries(input: $input) { cadence } }`,
    variables: (w) => ({ input: { planId: w.plan.id, cadence: "WEEKLY", managersPerSession: 2, standingParticipantIds: [w.users.owner.id] } }),
  },
  {
    field: "Query.proposedRotation",
    query: `query($id: ID!, $at: DateTime!) { proposedRotation(planId: $id, scheduledAt: $at) { userId } }`,
    variables: (w) => ({ id: w.plan.id, at: "2026-12-01T15:00:00Z" }),
  },
  {
    field: "Mutation.createFeedbackSession",
    query: `mutation($input: CreateFeedbackSessionInput!) { createFeedbackSession(input: $input) { id } }`,
    variables: (w) => ({ input: { planId: w.plan.id, scheduledAt: "2026-12-01T15:00:00Z", managerIds: [w.users.editor.id] } }),
  },
  { field: "Query.feedbackSession", query: `query($id: ID!) { feedbackSession(id: $id) { id } }`, variables: (w) => ({ id: w.plan.id }) },
  {
    field: "Mutation.addAgendaItem",
    query: `mutation($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id } }`,
    variables: (w) => ({ input: { sessionId: w.plan.id, title: "Trade-show leads", detail: "From Hannover" } }),
  },
  {
    field: "Mutation.updateSessionNotes",
    query: `mutation($input: UpdateSessionNotesInput!) { updateSessionNotes(input: $input) { id } }`,
    variables: (w) => ({ input: { sessionId: w.plan.id, notes: "EMEA wants webinars." } }),
  },
  {
    field: "Mutation.addActionItem",
    query: `mutation($input: AddActionItemInput!) { addActionItem(input: $input) { id } }`,
    variables: (w) => ({ input: { sessionId: w.plan.id, title: "Send list", ownerId: w.users.owner.id, dueOn: "2026-12-15", threadId: thread.id } }),
  },
  { field: "Mutation.closeActionItem", query: `mutation($id: ID!) { closeActionItem(id: $id) { id } }`, variables: (w) => ({ id: w.plan.id }) },
  {
    field: "Query.fieldInsights",
    query: `query($filter: InsightFilterInput) { fieldInsights(filter: $filter) { id } }`,
    variables: () => ({ filter: { region: "EMEA", segment: "Mid-market", product: "Analytics" } }),
  },
  {
    field: "Mutation.logInsight",
    query: `mutation($input: LogInsightInput!) { logInsight(input: $input) { id } }`,
    variables: () => ({ input: { kind: "PAIN_POINT", body: "Trials too long", region: "EMEA", segment: "Mid-market", product: "Analytics" } }),
  },
  {
    field: "Mutation.linkInsight",
    query: `mutation($input: LinkInsightInput!) { linkInsight(input: $input) { id } }`,
    variables: (w) => ({ input: { insightId: w.plan.id, planId: w.plan.id, sectionId: "summary" } }),
  },
  {
    field: "Mutation.unlinkInsight",
    query: `mutation($input: LinkInsightInput!) { unlinkInsight(input: $input) { id } }`,
    variables: (w) => ({ input: { insightId: w.plan.id, planId: w.plan.id, sectionId: "summary" } }),
  },
  {
    field: "Mutation.createPoll",
    query: `mutation($input: CreatePollInput!) { createPoll(input: $input) { id } }`,
    variables: (w) => ({ input: { planId: w.plan.id, question: "Leads or awareness?", options: ["Leads", "Awareness"] } }),
  },
  {
    field: "Mutation.answerPoll",
    query: `mutation($input: AnswerPollInput!) { answerPoll(input: $input) { totals } }`,
    variables: (w) => ({ input: { pollId: w.plan.id, optionIndex: 0 } }),
  },
  {
    field: "Mutation.markNotificationsRead",
    query: `mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`,
    variables: () => ({ ids: [thread.id] }),
  },
  {
    field: "Subscription.threadEvents",
    query: `subscription($planId: ID!) { threadEvents(planId: $planId) { kind } }`,
    variables: (w) => ({ planId: w.plan.id }),
  },
  // Lead definition and campaign calendar (issue 14). The guard refuses before any resolver runs, so the
  // ids need only be well formed.
  { field: "Mutation.saveLeadDefinition", query: LEAD_OPS.save, variables: (w) => ({ input: { ...rubricInput(w.plan.id), criteria: [{ id: SOME_ID, ...rubricRows()[0] }] } }) },
  { field: "Mutation.publishLeadDefinition", query: LEAD_OPS.publish, variables: (w) => ({ planId: w.plan.id }) },
  { field: "Mutation.cosignLeadDefinition", query: LEAD_OPS.cosign, variables: (w) => ({ planId: w.plan.id }) },
  { field: "Mutation.acknowledgeLeadDefinition", query: LEAD_OPS.acknowledge, variables: (w) => ({ planId: w.plan.id }) },
  { field: "Query.gradeLead", query: LEAD_OPS.grade, variables: (w) => ({ input: { planId: w.plan.id, attributes: { industry: "Logistics" } } }) },
  { field: "Mutation.gradeLead", query: LEAD_OPS.gradeMutation, variables: (w) => ({ input: { planId: w.plan.id, attributes: { industry: "Logistics" } } }) },
  {
    field: "Mutation.createCampaign",
    query: CAMPAIGN_OPS.create,
    variables: (w) => ({ input: { planId: w.plan.id, name: "Webinar", region: "EMEA", channel: "Webinar", launchDate: "2027-03-01", endDate: "2027-03-02", segment: "Mid-market", productFocus: "Payments" } }),
  },
  {
    field: "Mutation.updateCampaign",
    query: CAMPAIGN_OPS.update,
    variables: () => ({ input: { campaignId: SOME_ID, name: "Webinar", region: "EMEA", channel: "Webinar", launchDate: "2027-03-01", endDate: "2027-03-02", segment: "SMB", productFocus: "Payments" } }),
  },
  { field: "Mutation.deleteCampaign", query: CAMPAIGN_OPS.remove, variables: () => ({ id: SOME_ID }) },
  { field: "Mutation.addCampaignGoal", query: CAMPAIGN_OPS.addGoal, variables: (w) => ({ input: { campaignId: SOME_ID, kind: "LEADS", target: 10, salesOwnerId: w.users.editor.id } }) },
  { field: "Mutation.decideCampaignGoal", query: CAMPAIGN_OPS.decideGoal, variables: () => ({ input: { goalId: SOME_ID, decision: "QUESTIONED", note: "Too high" } }) },
  { field: "Mutation.removeCampaignGoal", query: CAMPAIGN_OPS.removeGoal, variables: () => ({ id: SOME_ID }) },
  {
    field: "Mutation.addSalesEvent",
    query: CAMPAIGN_OPS.addEvent,
    variables: (w) => ({ input: { planId: w.plan.id, kind: "BLACKOUT", name: "Close", startDate: "2027-03-25", endDate: "2027-03-31", region: "EMEA" } }),
  },
  { field: "Mutation.removeSalesEvent", query: CAMPAIGN_OPS.removeEvent, variables: () => ({ id: SOME_ID }) },
  { field: "Mutation.setSalesFocus", query: CAMPAIGN_OPS.focus, variables: (w) => ({ input: { planId: w.plan.id, quarter: "2027-Q1", products: ["Payments"] } }) },
  { field: "Mutation.revokeCalendarFeed", query: CAMPAIGN_OPS.revoke, variables: (w) => ({ planId: w.plan.id }) },
  { field: "Mutation.setOrganizationTimeZone", query: CAMPAIGN_OPS.timeZone, variables: () => ({ timeZone: "Europe/Berlin" }) },
];

/** The error code the server answers with: over HTTP, or over graphql-ws for a subscription. */
async function refusalCode(row: Row, variables: Variables): Promise<string | undefined> {
  if (!row.field.startsWith("Subscription.")) return (await world.as.owner.request(row.query, variables)).errors?.[0]?.extensions?.code;
  const subscription = subscribe(world.server.url, await sessionCookie(world.server.server.sessions, world.users.owner.id), row.query, variables);
  try {
    // A refused operation is answered at once; an accepted one waits for events, so this times out on it.
    await vi.waitFor(() => expect(subscription.results.length).toBeGreaterThan(0), { timeout: 2_000 });
    return subscription.results[0].errors?.[0]?.extensions?.code;
  } finally {
    subscription.dispose();
  }
}

/** Every path to a string in the variables, e.g. ["input", "title"]. */
function stringPaths(value: unknown, prefix: string[] = []): string[][] {
  if (typeof value === "string") return [prefix];
  if (value && typeof value === "object") return Object.entries(value).flatMap(([key, inner]) => stringPaths(inner, [...prefix, key]));
  return [];
}

function replaced(variables: Variables, at: string[], text: (old: string) => string): Variables {
  const copy = structuredClone(variables);
  let parent = copy as Record<string, unknown>;
  for (const key of at.slice(0, -1)) parent = parent[key] as Record<string, unknown>;
  const last = at[at.length - 1];
  parent[last] = text(String(parent[last]));
  return copy;
}

const UNSTORABLE = { nul: (old: string) => `${old.slice(0, 2)}\u0000${old.slice(2)}`, surrogate: (old: string) => `${old}\uD800` };

describe("text PostgreSQL cannot store", () => {
  for (const row of ROWS) {
    it(`${row.field}: each string input with a NUL or a lone surrogate -> BAD_USER_INPUT`, async () => {
      const variables = row.variables(world);
      for (const at of stringPaths(variables)) {
        for (const [kind, text] of Object.entries(UNSTORABLE)) {
          expect(await refusalCode(row, replaced(variables, at, text)), `${row.field} ${at.join(".")} ${kind}`).toBe("BAD_USER_INPUT");
        }
      }
    });
  }

  it("a NUL in a string literal of the document is refused the same way", async () => {
    const response = await world.as.owner.request(`mutation { createPlan(input: { title: "Q3\\u0000plan" }) { id } }`);
    expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(response.status).toBe(400);
  });

  it("a plan title of only spaces is refused", async () => {
    const response = await world.as.owner.request(`mutation($t: String!) { createPlan(input: { title: $t }) { id } }`, { t: "   " });
    expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("covers every String and ID input in the schema", async () => {
    const schema = await createSchema();
    const covered = new Set(ROWS.map((row) => row.field));
    const missing: string[] = [];
    const takesText = (input: GraphQLArgument | GraphQLInputField): boolean => {
      const type = getNamedType(input.type);
      if (isScalarType(type)) return type.name === "String" || type.name === "ID";
      return isInputObjectType(type) && Object.values(type.getFields()).some(takesText);
    };
    for (const root of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
      for (const field of Object.values(root?.getFields() ?? {})) {
        if (field.args.some(takesText) && !covered.has(`${root!.name}.${field.name}`)) missing.push(`${root!.name}.${field.name}`);
      }
    }
    expect(missing, "add a row to ROWS for these fields").toEqual([]);
  });
});
