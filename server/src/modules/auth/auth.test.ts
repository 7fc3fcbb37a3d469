import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_PASSWORD } from "../../test-support/fixtures";
import { GraphQLTestClient } from "../../test-support/graphql-client";
import { createGraphQLWorld, type GraphQLWorld } from "../../test-support/graphql-world";

let world: GraphQLWorld;
beforeAll(async () => {
  world = await createGraphQLWorld();
});
afterAll(() => world.server.close());

const ME = `query { me { id email organization { name } } }`;
const LOGOUT = `mutation { logout }`;

describe("login / me / logout", () => {
  it("me is null when signed out", async () => {
    const response = await world.as.anonymous.request(ME);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ me: null });
  });

  it("signs in, sets an HttpOnly session cookie, and me returns the user", async () => {
    const response = await fetch(`${world.server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: `mutation($input: LoginInput!) { login(input: $input) { user { id email } } }`,
        variables: { input: { email: world.users.editor.email.toUpperCase(), password: TEST_PASSWORD } },
      }),
    });
    const setCookie = response.headers.get("set-cookie") ?? "";
    expect(setCookie).toMatch(/^pb_session=[\w-]{40,};/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const client = new GraphQLTestClient(world.server.url, setCookie.split(";")[0]);
    const me = await client.request(ME);
    expect(me.data?.me).toMatchObject({ id: world.users.editor.id, organization: { name: "Acme" } });
  });

  it("rejects a wrong password and an unknown email with the same UNAUTHENTICATED error", async () => {
    const client = new GraphQLTestClient(world.server.url);
    const wrongPassword = await client.login(world.users.editor.email, "not the password");
    const unknownEmail = await client.login("nobody@example.test", TEST_PASSWORD);
    expect(wrongPassword.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    expect(unknownEmail.errors?.[0].message).toBe(wrongPassword.errors?.[0].message);
    expect(client.cookie).toBeUndefined();
  });

  it("rejects malformed input with BAD_USER_INPUT", async () => {
    const response = await new GraphQLTestClient(world.server.url).login("not-an-email", "x");
    expect(response.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("refuses a deactivated user", async () => {
    const { createUser } = await import("../../test-support/fixtures");
    const inactive = await createUser(world.server.db.dataSource, { organizationId: world.users.owner.organizationId, isActive: false });
    const response = await new GraphQLTestClient(world.server.url).login(inactive.email, TEST_PASSWORD);
    expect(response.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("logout ends the session on the server, not only in the browser", async () => {
    const client = new GraphQLTestClient(world.server.url);
    await client.login(world.users.commenter.email, TEST_PASSWORD);
    const cookie = client.cookie!;
    expect((await client.request(LOGOUT)).data).toEqual({ logout: true });
    const replay = new GraphQLTestClient(world.server.url, cookie);
    expect((await replay.request(ME)).data).toEqual({ me: null });
  });

  it("an expired session signs nobody in", async () => {
    const { token, sessionId } = await world.server.server.sessions.createSession(world.users.owner.id);
    await world.server.db.dataSource.query(`UPDATE sessions SET expires_at = now() - interval '1 minute' WHERE id = $1`, [sessionId]);
    const client = new GraphQLTestClient(world.server.url, `pb_session=${token}`);
    expect((await client.request(ME)).data).toEqual({ me: null });
  });
});

describe("HTTP surface", () => {
  it("GET /healthz answers 200 while the database is reachable", async () => {
    const response = await fetch(`${world.server.url}/healthz`);
    expect(response.status).toBe(200);
  });

  it("refuses a simple cross-site GET mutation attempt (CSRF prevention)", async () => {
    const response = await fetch(`${world.server.url}/graphql?query=${encodeURIComponent("{ me { id } }")}`);
    expect(response.status).toBe(400);
  });

  it("rejects a request with more aliases than the limit", async () => {
    const aliases = Array.from({ length: 31 }, (_, i) => `p${i}: plans { id }`).join(" ");
    const response = await world.as.owner.request(`query { ${aliases} }`);
    expect(response.errors?.[0].message).toMatch(/31 aliases; the limit is 30/);
  });
});

describe("password guessing", () => {
  it("refuses further attempts for an email from one address after 10 failures, even with the right password", async () => {
    const { createUser } = await import("../../test-support/fixtures");
    const target = await createUser(world.server.db.dataSource, { organizationId: world.users.owner.organizationId });
    const client = new GraphQLTestClient(world.server.url);
    for (let attempt = 0; attempt < 10; attempt += 1) {
      expect((await client.login(target.email, `guess-${attempt}`)).errors?.[0].message).toBe("Email or password is incorrect.");
    }
    const locked = await client.login(target.email, TEST_PASSWORD);
    expect(locked.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    expect(locked.errors?.[0].message).toMatch(/Too many failed sign-ins/);
    expect(client.cookie).toBeUndefined();
    expect((await client.login(world.users.editor.email, TEST_PASSWORD)).errors).toBeUndefined();
  });
});
