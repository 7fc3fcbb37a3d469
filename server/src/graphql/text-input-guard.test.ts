/**
 * Every string input refuses text PostgreSQL cannot store with BAD_USER_INPUT. The table names one valid
 * operation per mutation/query with string inputs; each string in its variables is replaced in turn. A
 * String/ID argument or input field in the schema that no row covers fails the completeness check.
 */
import { getNamedType, isInputObjectType, isScalarType, type GraphQLArgument, type GraphQLInputField } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_PASSWORD } from "../test-support/fixtures";
import { createGraphQLWorld, type GraphQLWorld } from "../test-support/graphql-world";
import { OPS } from "../test-support/signoff-world";
import { createSchema } from "./schema";

let world: GraphQLWorld;
beforeAll(async () => {
  world = await createGraphQLWorld();
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
    query: `mutation($input: InviteUserInput!) { inviteUser(input: $input) { user { id } } }`,
    variables: () => ({ input: { email: "nul.test@acme.test", name: "Nul Test", jobTitle: "Field rep" } }),
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
];

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
          const response = await world.as.owner.request(row.query, replaced(variables, at, text));
          expect(response.errors?.[0]?.extensions?.code, `${row.field} ${at.join(".")} ${kind}`).toBe("BAD_USER_INPUT");
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
