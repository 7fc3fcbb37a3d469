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
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSchema } from "../../server/src/graphql/schema";
import type { Plan } from "../../server/src/modules/plans/plan.entity";
import type { User } from "../../server/src/modules/users/user.entity";
import { PlanRole } from "../../server/src/policies/plan-role";
import { addMember, createOrganization, createPlan, createUser, sessionCookie, TEST_PASSWORD } from "../../server/src/test-support/fixtures";
import { GraphQLTestClient } from "../../server/src/test-support/graphql-client";
import { OPS } from "../../server/src/test-support/signoff-world";
import { startTestServer, type TestServer } from "../../server/src/test-support/test-server";

const ACTORS = ["OWNER", "EDITOR", "COMMENTER", "APPROVER", "VIEWER", "ORG_ADMIN", "NON_MEMBER", "OTHER_ORG", "SIGNED_OUT"] as const;
type Actor = (typeof ACTORS)[number];
type Outcome = "ok" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND";

/** What one call works on: a fresh plan in which the five roles are members. */
interface Stage {
  plan: Plan;
  people: Record<Actor, User | null>;
  fresh(options?: { isActive?: boolean }): Promise<User>;
  firstTacticId: string;
  /** Cuts a version of the stage's plan as its owner; returns its id. */
  version: () => Promise<string>;
  /** Cuts a version and submits it for sign-off by the APPROVER; returns the version's id. */
  submitted: () => Promise<string>;
}

interface Operation {
  query: string;
  variables?: Record<string, unknown>;
}

interface Row {
  field: string;
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
      query: `mutation($input: InviteUserInput!) { inviteUser(input: $input) { user { id } } }`,
      variables: { input: { email: `matrix-${(counter += 1)}@acme.test`, name: "Matrix Invitee" } },
    }),
    // Another organisation's admin invites into their own organisation: allowed, and touches nothing here.
    expected: { ...manageColleague, OTHER_ORG: "ok" },
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
];

let server: TestServer;
let people: Record<Actor, User | null>;
beforeAll(async () => {
  server = await startTestServer();
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

async function newStage(): Promise<Stage> {
  const { dataSource } = server.db;
  const plan = await createPlan(dataSource, server.server.documents, { owner: people.OWNER! });
  for (const role of ["EDITOR", "COMMENTER", "APPROVER", "VIEWER"] as const) await addMember(dataSource, plan.id, people[role]!.id, PlanRole[role]);
  const sections = await server.server.services.plans.sections(plan);
  const { versions, signoffs } = server.server.services;
  const version = async () => (await versions.cut(people.OWNER!, plan.id)).id;
  return {
    plan,
    people,
    firstTacticId: sections.find((section) => section.kind === "tactic")!.id,
    fresh: (options = {}) => createUser(dataSource, { organizationId: people.OWNER!.organizationId, ...options }),
    version,
    async submitted() {
      const versionId = await version();
      await signoffs.requestSignoff(people.OWNER!, versionId, [{ approverId: people.APPROVER!.id, sectionIds: null }]);
      return versionId;
    },
  };
}

async function outcomeOf(row: Row, actor: Actor): Promise<string> {
  const user = people[actor];
  const client = new GraphQLTestClient(server.url, user ? await sessionCookie(server.server.sessions, user.id) : undefined);
  const { query, variables } = await row.operation(await newStage());
  const response = await client.request(query, variables);
  if (!response.errors) return response.data ? "ok" : "no data";
  return response.errors[0].extensions?.code ?? response.errors[0].message;
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
    it(row.field, async () => {
      const actual = Object.fromEntries(await Promise.all(ACTORS.map(async (actor) => [actor, await outcomeOf(row, actor)] as const)));
      expect(actual).toEqual(row.expected);
    });
  }
});
