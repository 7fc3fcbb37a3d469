/** Who may start plans is an organisation setting that admins change; createPlan and Me.can follow it. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../../db/seed/demo-seed";
import { User } from "./user.entity";
import { createGraphQLWorld, type GraphQLWorld } from "../../test-support/graphql-world";

let world: GraphQLWorld;
beforeAll(async () => {
  world = await createGraphQLWorld();
});
afterAll(() => world.server.close());

const SET = `mutation($value: PlanCreation!) { setPlanCreation(planCreation: $value) { planCreation } }`;
const NAME = `mutation($id: ID!, $on: Boolean!) { setPlanCreator(userId: $id, isPlanCreator: $on) { id isPlanCreator } }`;
const CREATE = `mutation { createPlan(input: { title: "Rep's own plan" }) { id } }`;
const CAN = `query { me { can { createPlan } organization { planCreation } } }`;

describe("plan creation setting", () => {
  it("starts as everyone; admins-only stops a member; naming them lets them start plans again", async () => {
    expect((await world.as.commenter.request(CAN)).data?.me).toEqual({ can: { createPlan: true }, organization: { planCreation: "EVERYONE" } });

    expect((await world.as.owner.request(SET, { value: "ADMINS" })).data?.setPlanCreation).toEqual({ planCreation: "ADMINS" });
    expect((await world.as.commenter.request(CAN)).data?.me.can.createPlan).toBe(false);
    expect(await world.as.commenter.errorCode(CREATE)).toBe("FORBIDDEN");
    expect((await world.as.owner.request(CREATE)).errors).toBeUndefined();

    await world.as.owner.request(SET, { value: "NAMED" });
    expect(await world.as.commenter.errorCode(CREATE)).toBe("FORBIDDEN");
    expect((await world.as.owner.request(NAME, { id: world.users.commenter.id, on: true })).data?.setPlanCreator).toEqual({
      id: world.users.commenter.id,
      isPlanCreator: true,
    });
    expect((await world.as.commenter.request(CAN)).data?.me.can.createPlan).toBe(true);
    expect((await world.as.commenter.request(CREATE)).errors).toBeUndefined();
    expect(await world.as.editor.errorCode(CREATE)).toBe("FORBIDDEN");

    await world.as.owner.request(NAME, { id: world.users.commenter.id, on: false });
    expect(await world.as.commenter.errorCode(CREATE)).toBe("FORBIDDEN");
    await world.as.owner.request(SET, { value: "EVERYONE" });
    expect((await world.as.editor.request(CREATE)).errors).toBeUndefined();
  });

  it("is changed by admins only, each in their own organisation", async () => {
    expect(await world.as.anonymous.errorCode(SET, { value: "ADMINS" })).toBe("UNAUTHENTICATED");
    expect(await world.as.editor.errorCode(SET, { value: "ADMINS" })).toBe("FORBIDDEN");
    expect(await world.as.editor.errorCode(NAME, { id: world.users.editor.id, on: true })).toBe("FORBIDDEN");
    expect(await world.as.foreigner.errorCode(NAME, { id: world.users.editor.id, on: true })).toBe("NOT_FOUND");
    expect(await world.as.owner.errorCode(NAME, { id: "nope", on: true })).toBe("NOT_FOUND");
    expect(await world.as.owner.errorCode(SET, { value: "SOME" })).toBe("BAD_USER_INPUT");
    await world.as.foreigner.request(SET, { value: "ADMINS" });
    expect((await world.as.editor.request(CAN)).data?.me.organization.planCreation).toBe("EVERYONE");
  });
});

describe("the demo organisation", () => {
  it("lets admins and named marketing people start plans, not field reps or council members", async () => {
    await seedDemo(world.server.db.dataSource, world.server.server.documents);
    const mayCreate = async (email: string) => {
      const user = await world.server.db.dataSource.getRepository(User).findOneByOrFail({ email });
      return (await (await world.clientFor(user)).request(CAN)).data?.me;
    };
    expect(await mayCreate("maya@acme.test")).toEqual({ can: { createPlan: true }, organization: { planCreation: "NAMED" } });
    expect((await mayCreate("leo@acme.test")).can.createPlan).toBe(true);
    expect((await mayCreate("rita@acme.test")).can.createPlan).toBe(false);
    expect((await mayCreate("amara@acme.test")).can.createPlan).toBe(false);
  });
});
