import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGraphQLWorld, type GraphQLWorld } from "../../test-support/graphql-world";

let world: GraphQLWorld;
beforeAll(async () => {
  world = await createGraphQLWorld();
});
afterAll(() => world.server.close());

const USERS = `query { users { id email isActive } }`;
const DEACTIVATE = `mutation($userId: ID!) { deactivateUser(userId: $userId) { id isActive } }`;
const REACTIVATE = `mutation($userId: ID!) { reactivateUser(userId: $userId) { id isActive } }`;

describe("users", () => {
  it("lists the people of my organisation only", async () => {
    const { data } = await world.as.editor.request(USERS);
    const emails = data?.users.map((u: { email: string }) => u.email);
    expect(emails).toContain(world.users.owner.email);
    expect(emails).not.toContain(world.users.foreigner.email);
  });

  it("requires a session", async () => {
    expect(await world.as.anonymous.errorCode(USERS)).toBe("UNAUTHENTICATED");
  });
});

describe("deactivateUser / reactivateUser", () => {
  it("deactivation signs the person out everywhere and blocks sign-in; reactivation restores access", async () => {
    const victim = await world.clientFor(world.users.commenter);
    const deactivated: unknown[] = [];
    world.server.server.events.once("user.deactivated", (event) => deactivated.push(event));
    const { data } = await world.as.owner.request(DEACTIVATE, { userId: world.users.commenter.id });
    expect(data?.deactivateUser).toEqual({ id: world.users.commenter.id, isActive: false });
    expect(deactivated).toEqual([{ userId: world.users.commenter.id }]);
    expect((await victim.request(`query { me { id } }`)).data).toEqual({ me: null });
    expect((await world.as.owner.request(REACTIVATE, { userId: world.users.commenter.id })).data?.reactivateUser.isActive).toBe(true);
    world.as.commenter = await world.clientFor(world.users.commenter);
  });

  it("is refused to anonymous users, non-admins and admins of another organisation", async () => {
    expect(await world.as.anonymous.errorCode(DEACTIVATE, { userId: world.users.editor.id })).toBe("UNAUTHENTICATED");
    expect(await world.as.editor.errorCode(DEACTIVATE, { userId: world.users.owner.id })).toBe("FORBIDDEN");
    expect(await world.as.foreigner.errorCode(DEACTIVATE, { userId: world.users.editor.id })).toBe("NOT_FOUND");
  });

  it("rejects a malformed id and deactivating yourself", async () => {
    expect(await world.as.owner.errorCode(DEACTIVATE, { userId: "1 OR 1=1" })).toBe("NOT_FOUND");
    expect(await world.as.owner.errorCode(DEACTIVATE, { userId: world.users.owner.id })).toBe("CONFLICT");
  });
});
