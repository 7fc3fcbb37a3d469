import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GraphQLTestClient } from "../../test-support/graphql-client";
import { createGraphQLWorld, type GraphQLWorld } from "../../test-support/graphql-world";

let world: GraphQLWorld;
beforeAll(async () => {
  world = await createGraphQLWorld();
});
afterAll(() => world.server.close());

const USERS = `query { users { id email isActive } }`;
const INVITE = `mutation($input: InviteUserInput!) { inviteUser(input: $input) { user { id email name isAdmin } temporaryPassword } }`;
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

describe("inviteUser", () => {
  it("lets an admin invite a colleague who can then sign in with the one-time password", async () => {
    const { data, errors } = await world.as.owner.request(INVITE, { input: { email: "New.Rep@Acme.test", name: "New Rep", isAdmin: false } });
    expect(errors).toBeUndefined();
    expect(data?.inviteUser.user).toMatchObject({ email: "new.rep@acme.test", name: "New Rep", isAdmin: false });
    const login = await new GraphQLTestClient(world.server.url).login("new.rep@acme.test", data?.inviteUser.temporaryPassword);
    expect(login.errors).toBeUndefined();
  });

  it("is refused to anonymous users and to members who are not admins", async () => {
    const input = { email: "sneaky@acme.test", name: "Sneaky", isAdmin: true };
    expect(await world.as.anonymous.errorCode(INVITE, { input })).toBe("UNAUTHENTICATED");
    expect(await world.as.editor.errorCode(INVITE, { input })).toBe("FORBIDDEN");
  });

  it("rejects a malformed email, an empty or blank name and an email already used in my organisation", async () => {
    expect(await world.as.owner.errorCode(INVITE, { input: { email: "nope", name: "X" } })).toBe("BAD_USER_INPUT");
    expect(await world.as.owner.errorCode(INVITE, { input: { email: "ok@acme.test", name: "" } })).toBe("BAD_USER_INPUT");
    expect(await world.as.owner.errorCode(INVITE, { input: { email: "ok@acme.test", name: " \t  " } })).toBe("BAD_USER_INPUT");
    expect(await world.as.owner.errorCode(INVITE, { input: { email: world.users.editor.email, name: "Dup" } })).toBe("CONFLICT");
  });

  it("trims the name and stores a blank job title as none", async () => {
    const { data } = await world.as.owner.request(INVITE, { input: { email: "trim@acme.test", name: "  Tia Trim ", jobTitle: "   " } });
    expect(data?.inviteUser.user.name).toBe("Tia Trim");
    const [row] = await world.server.db.dataSource.query(`SELECT job_title FROM users WHERE email = 'trim@acme.test'`);
    expect(row.job_title).toBeNull();
  });
});

describe("inviteUser across organisations", () => {
  it("says nothing about whether another organisation uses an email: the invite succeeds like any other", async () => {
    const existing = await world.as.foreigner.request(INVITE, { input: { email: world.users.editor.email, name: "Same Address" } });
    const unused = await world.as.foreigner.request(INVITE, { input: { email: "never-used@acme.test", name: "Unused" } });
    expect(existing.errors).toBeUndefined();
    expect(unused.errors).toBeUndefined();
    expect(Object.keys(existing.data!.inviteUser.user)).toEqual(Object.keys(unused.data!.inviteUser.user));
  });

  it("cannot squat an address: its real organisation still invites it and that person signs in to it", async () => {
    const address = "future.hire@acme.test";
    const squat = await world.as.foreigner.request(INVITE, { input: { email: address, name: "Squatter" } });
    expect(squat.errors).toBeUndefined();
    const real = await world.as.owner.request(INVITE, { input: { email: address, name: "Future Hire" } });
    expect(real.errors).toBeUndefined();

    const asRealHire = new GraphQLTestClient(world.server.url);
    expect((await asRealHire.login(address, real.data!.inviteUser.temporaryPassword)).errors).toBeUndefined();
    const me = await asRealHire.request(`query { me { id name organization { name } } }`);
    expect(me.data?.me).toEqual({ id: real.data!.inviteUser.user.id, name: "Future Hire", organization: { name: "Acme" } });

    const asSquatter = new GraphQLTestClient(world.server.url);
    expect((await asSquatter.login(address, squat.data!.inviteUser.temporaryPassword)).errors).toBeUndefined();
    expect((await asSquatter.request(`query { me { organization { name } } }`)).data?.me.organization.name).toBe("Globex");
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
