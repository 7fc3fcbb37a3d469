/**
 * The permissions the client reads (`Plan.viewerCan`, `Me.can`) are the policy's answers: for every
 * role and every action, on a live and an archived plan, the GraphQL field equals `can()`.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { User } from "../modules/users/user.entity";
import { canInOrganization, PlanCreation } from "../policies/organization-policy";
import { ORGANIZATION_PERMISSIONS, PLAN_PERMISSIONS } from "../policies/permissions";
import { can, PLAN_ACTIONS } from "../policies/plan-policy";
import { PlanRole } from "../policies/plan-role";
import { addMember, createOrganization, createPlan, createUser, sessionCookie } from "../test-support/fixtures";
import { GraphQLTestClient } from "../test-support/graphql-client";
import { startTestServer, type TestServer } from "../test-support/test-server";

const PLAN_FIELDS = Object.keys(PLAN_PERMISSIONS) as (keyof typeof PLAN_PERMISSIONS)[];
const VIEWER_CAN = `query($id: ID!) { plan(id: $id) { viewerCan { ${PLAN_FIELDS.join(" ")} } } }`;
const ME_CAN = `{ me { id can { manageUsers createPlan manageSettings } organization { id } } }`;

let server: TestServer;
let organizationId: string;
let planId: string;
const members = {} as Record<PlanRole, { user: User; client: GraphQLTestClient }>;

beforeAll(async () => {
  server = await startTestServer();
  const { dataSource } = server.db;
  organizationId = (await createOrganization(dataSource)).id;
  for (const role of Object.values(PlanRole)) {
    const user = await createUser(dataSource, { organizationId, isAdmin: role === PlanRole.VIEWER });
    members[role] = { user, client: new GraphQLTestClient(server.url, await sessionCookie(server.server.sessions, user.id)) };
  }
  planId = (await createPlan(dataSource, server.server.documents, { owner: members.OWNER.user })).id;
  for (const role of Object.values(PlanRole)) if (role !== PlanRole.OWNER) await addMember(dataSource, planId, members[role].user.id, role);
});
afterAll(() => server.close());

async function expectViewerCanEqualsPolicy(isArchived: boolean): Promise<void> {
  for (const role of Object.values(PlanRole)) {
    const { data, errors } = await members[role].client.request(VIEWER_CAN, { id: planId });
    expect(errors).toBeUndefined();
    const subject = { organizationId, role, isArchived };
    const expected = Object.fromEntries(PLAN_FIELDS.map((field) => [field, can(members[role].user, PLAN_PERMISSIONS[field], subject)]));
    expect({ role, ...data?.plan.viewerCan }).toEqual({ role, ...expected });
  }
}

describe("Plan.viewerCan", () => {
  it("serves every plan action but viewing (which the query itself answers)", () => {
    const served = new Set<string>(Object.values(PLAN_PERMISSIONS));
    expect(PLAN_ACTIONS.filter((action) => !served.has(action))).toEqual(["plan.view"]);
  });

  it("equals can() for every role x action on a draft plan", async () => {
    await expectViewerCanEqualsPolicy(false);
  });

  it("equals can() for every role x action on an archived plan", async () => {
    const archive = `mutation($planId: ID!) { archivePlan(planId: $planId) { id } }`;
    expect((await members.OWNER.client.request(archive, { planId })).errors).toBeUndefined();
    await expectViewerCanEqualsPolicy(true);
    await members.OWNER.client.request(`mutation($planId: ID!) { unarchivePlan(planId: $planId) { id } }`, { planId });
  });

  it("answers the owner's full rights and a viewer's only one (the approved deck), as the product promises", async () => {
    const owner = (await members.OWNER.client.request(VIEWER_CAN, { id: planId })).data?.plan.viewerCan;
    const viewer = (await members.VIEWER.client.request(VIEWER_CAN, { id: planId })).data?.plan.viewerCan;
    expect(owner).toMatchObject({ editText: true, manageMembers: true, approve: false, cutVersion: true, restore: true, viewAudit: true });
    // A viewer watches the presentation of the signed plan and may download it (issue 12); nothing else.
    expect(Object.entries(viewer).filter(([, allowed]) => allowed)).toEqual([["exportApproved", true]]);
  });
});

describe("Me.can", () => {
  it("equals the organisation policy for an admin and for a member", async () => {
    for (const role of [PlanRole.VIEWER, PlanRole.EDITOR]) {
      const { user, client } = members[role];
      const { data, errors } = await client.request(ME_CAN);
      expect(errors).toBeUndefined();
      const expected = Object.fromEntries(
        Object.entries(ORGANIZATION_PERMISSIONS).map(([field, action]) => [field, canInOrganization(user, action, { id: organizationId, planCreation: PlanCreation.EVERYONE })]),
      );
      expect(data?.me).toEqual({ id: user.id, can: expected, organization: { id: organizationId } });
    }
    expect((await members.VIEWER.client.request(ME_CAN)).data?.me.can.manageUsers).toBe(true);
    expect((await members.EDITOR.client.request(ME_CAN)).data?.me.can.manageUsers).toBe(false);
  });

  it("is null for an anonymous caller", async () => {
    expect((await new GraphQLTestClient(server.url).request(ME_CAN)).data?.me).toBeNull();
  });
});
