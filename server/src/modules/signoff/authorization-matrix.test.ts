/**
 * Every query and mutation of versions, sign-off, tactic review and audit, called by each of the five
 * plan roles, a colleague who is not a member, someone from another organisation and a signed-out
 * visitor. The allowed roles are written out by hand from DESIGN.md, so a policy change must change this.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphQLTestClient } from "../../test-support/graphql-client";
import { createSignoffWorld, cutVersion, OPS, ok, tacticIds, type SignoffWorld } from "../../test-support/signoff-world";

type Principal = "OWNER" | "EDITOR" | "COMMENTER" | "APPROVER" | "VIEWER" | "NON_MEMBER" | "OTHER_ORG" | "SIGNED_OUT";
const PRINCIPALS: Principal[] = ["OWNER", "EDITOR", "COMMENTER", "APPROVER", "VIEWER", "NON_MEMBER", "OTHER_ORG", "SIGNED_OUT"];
const ALL_ROLES: Principal[] = ["OWNER", "EDITOR", "COMMENTER", "APPROVER", "VIEWER"];

let world: SignoffWorld;
let vars: { planId: string; versionId: string; sectionId: string };
beforeAll(async () => {
  world = await createSignoffWorld();
  const planId = world.plan.id;
  const [sectionId] = await tacticIds(world, planId);
  await ok(world.as.owner, OPS.assign, { input: { planId, sectionId, userId: world.users.commenter.id } });
  const version = await cutVersion(world.as.owner, planId);
  await ok(world.as.owner, OPS.submit, { input: { versionId: version.id, approverIds: [world.users.approver.id] } });
  vars = { planId, versionId: version.id, sectionId };
});
afterAll(() => world.server.close());

const clientOf = (principal: Principal): GraphQLTestClient =>
  ({
    OWNER: world.as.owner,
    EDITOR: world.as.editor,
    COMMENTER: world.as.commenter,
    APPROVER: world.as.approver,
    VIEWER: world.as.viewer,
    NON_MEMBER: world.as.outsider,
    OTHER_ORG: world.as.foreigner,
    SIGNED_OUT: world.as.anonymous,
  })[principal];

interface Operation {
  name: string;
  query: string;
  variables: () => Record<string, unknown>;
  /** Who succeeds; every other member is FORBIDDEN. */
  allowed: Principal[];
}

const OPERATIONS: Operation[] = [
  { name: "cutVersion", query: OPS.cut, variables: () => ({ input: { planId: vars.planId } }), allowed: ["OWNER"] },
  { name: "planVersions", query: OPS.versions, variables: () => ({ planId: vars.planId }), allowed: ALL_ROLES },
  { name: "planVersion", query: OPS.version, variables: () => ({ id: vars.versionId }), allowed: ALL_ROLES },
  { name: "diffVersions", query: OPS.diff, variables: () => ({ from: vars.versionId, to: vars.versionId }), allowed: ALL_ROLES },
  { name: "diffVersionWithDraft", query: OPS.diffDraft, variables: () => ({ id: vars.versionId }), allowed: ALL_ROLES },
  { name: "restoreVersion", query: OPS.restore, variables: () => ({ input: { versionId: vars.versionId } }), allowed: ["OWNER"] },
  {
    name: "requestSignoff",
    query: OPS.submit,
    variables: () => ({ input: { versionId: vars.versionId, approverIds: [world.users.approver.id] } }),
    allowed: ["OWNER"],
  },
  { name: "approveVersion", query: OPS.approve, variables: () => ({ input: { versionId: vars.versionId } }), allowed: ["APPROVER"] },
  {
    name: "requestChanges",
    query: OPS.requestChanges,
    variables: () => ({ input: { versionId: vars.versionId, comment: "Tighten the goals." } }),
    allowed: ["APPROVER"],
  },
  {
    name: "reviewTactic (the commenter is the tactic's reviewer)",
    query: OPS.review,
    variables: () => ({ input: { versionId: vars.versionId, sectionId: vars.sectionId, state: "REVIEWED" } }),
    allowed: ["COMMENTER"],
  },
  { name: "reviewCoverage", query: OPS.coverage, variables: () => ({ planId: vars.planId }), allowed: ALL_ROLES },
  { name: "plan.signoff", query: OPS.planSignoff, variables: () => ({ id: vars.planId }), allowed: ALL_ROLES },
  { name: "auditLog", query: OPS.audit, variables: () => ({ planId: vars.planId }), allowed: ["OWNER", "APPROVER"] },
];

function expectedCode(operation: Operation, principal: Principal): string | undefined {
  if (principal === "SIGNED_OUT") return "UNAUTHENTICATED";
  if (principal === "OTHER_ORG") return "NOT_FOUND";
  return operation.allowed.includes(principal) ? undefined : "FORBIDDEN";
}

describe("versions and sign-off: authorisation matrix", () => {
  for (const operation of OPERATIONS) {
    for (const principal of PRINCIPALS) {
      const expected = expectedCode(operation, principal);
      it(`${operation.name} as ${principal}: ${expected ?? "allowed"}`, async () => {
        const response = await clientOf(principal).request(operation.query, operation.variables());
        expect(response.errors?.[0]?.extensions?.code, JSON.stringify(response.errors)).toBe(expected);
        if (!expected) expect(response.data).toBeTruthy();
      });
    }
  }
});
