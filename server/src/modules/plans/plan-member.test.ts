import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGraphQLWorld, type GraphQLWorld } from "../../test-support/graphql-world";

let world: GraphQLWorld;
beforeAll(async () => {
  world = await createGraphQLWorld();
});
afterAll(() => world.server.close());

const ADD = `mutation($input: AddPlanMemberInput!) { addPlanMember(input: $input) { id role user { id email } } }`;
const CHANGE = `mutation($input: ChangePlanMemberRoleInput!) { changePlanMemberRole(input: $input) { role user { id } } }`;
const REMOVE = `mutation($input: RemovePlanMemberInput!) { removePlanMember(input: $input) }`;
const MY_ROLE = `query($id: ID!) { plan(id: $id) { myRole } }`;

describe("addPlanMember / changePlanMemberRole / removePlanMember", () => {
  it("the owner adds a colleague, changes the role and removes them; each change takes effect at once", async () => {
    const planId = world.plan.id;
    const added = await world.as.owner.request(ADD, { input: { planId, email: world.users.outsider.email.toUpperCase(), role: "VIEWER" } });
    expect(added.errors).toBeUndefined();
    expect(added.data?.addPlanMember).toMatchObject({ id: `${planId}:${world.users.outsider.id}`, role: "VIEWER" });
    expect((await world.as.outsider.request(MY_ROLE, { id: planId })).data?.plan.myRole).toBe("VIEWER");

    const changed = await world.as.owner.request(CHANGE, { input: { planId, userId: world.users.outsider.id, role: "APPROVER" } });
    expect(changed.data?.changePlanMemberRole.role).toBe("APPROVER");

    const removals: unknown[] = [];
    world.server.server.events.once("membership.removed", (event) => removals.push(event));
    expect((await world.as.owner.request(REMOVE, { input: { planId, userId: world.users.outsider.id } })).data).toEqual({ removePlanMember: true });
    expect(removals).toEqual([{ planId, userId: world.users.outsider.id }]);
    expect(await world.as.outsider.errorCode(MY_ROLE, { id: planId })).toBe("FORBIDDEN");
  });

  it("requires a session", async () => {
    const input = { planId: world.plan.id, email: world.users.outsider.email, role: "EDITOR" };
    expect(await world.as.anonymous.errorCode(ADD, { input })).toBe("UNAUTHENTICATED");
    expect(await world.as.anonymous.errorCode(REMOVE, { input: { planId: world.plan.id, userId: world.users.editor.id } })).toBe("UNAUTHENTICATED");
  });

  it("is forbidden to editors and commenters, and the plan is not found from another organisation", async () => {
    const input = { planId: world.plan.id, email: world.users.outsider.email, role: "EDITOR" };
    expect(await world.as.editor.errorCode(ADD, { input })).toBe("FORBIDDEN");
    expect(await world.as.commenter.errorCode(CHANGE, { input: { planId: world.plan.id, userId: world.users.commenter.id, role: "OWNER" } })).toBe("FORBIDDEN");
    expect(await world.as.foreigner.errorCode(ADD, { input })).toBe("NOT_FOUND");
  });

  it("rejects unknown people, people of another organisation, duplicates, bad roles and the last owner leaving", async () => {
    const planId = world.plan.id;
    expect(await world.as.owner.errorCode(ADD, { input: { planId, email: "ghost@example.test", role: "EDITOR" } })).toBe("BAD_USER_INPUT");
    expect(await world.as.owner.errorCode(ADD, { input: { planId, email: world.users.foreigner.email, role: "EDITOR" } })).toBe("BAD_USER_INPUT");
    expect(await world.as.owner.errorCode(ADD, { input: { planId, email: world.users.editor.email, role: "EDITOR" } })).toBe("CONFLICT");
    expect(await world.as.owner.errorCode(ADD, { input: { planId, email: world.users.outsider.email, role: "EMPEROR" } })).toBe("BAD_USER_INPUT");
    expect(await world.as.owner.errorCode(ADD, { input: { planId, email: "not an email", role: "EDITOR" } })).toBe("BAD_USER_INPUT");
    expect(await world.as.owner.errorCode(REMOVE, { input: { planId, userId: world.users.owner.id } })).toBe("CONFLICT");
    expect(await world.as.owner.errorCode(CHANGE, { input: { planId, userId: world.users.owner.id, role: "EDITOR" } })).toBe("CONFLICT");
    expect(await world.as.owner.errorCode(REMOVE, { input: { planId, userId: world.users.outsider.id } })).toBe("NOT_FOUND");
  });
});
