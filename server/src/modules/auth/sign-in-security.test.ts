/**
 * Sign-in over real HTTP behind a trusted proxy (TRUST_PROXY=loopback): the throttle sees the client
 * address from X-Forwarded-For, the cookie is Secure when X-Forwarded-Proto says https, and signing in
 * again replaces the browser's previous session.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrganization, createUser, TEST_PASSWORD } from "../../test-support/fixtures";
import { startTestServer, type TestServer } from "../../test-support/test-server";
import type { User } from "../users/user.entity";
import { ADDRESS_LIMIT, PAIR_LIMIT } from "./login-throttle";

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { user { id } } }`;
const ME = `query { me { id } }`;

let server: TestServer;
let organizationId: string;
beforeAll(async () => {
  server = await startTestServer({ trustProxy: ["loopback"] });
  organizationId = (await createOrganization(server.db.dataSource)).id;
});
afterAll(() => server.close());

interface Attempt {
  email: string;
  password: string;
  from?: string;
  proto?: string;
  cookie?: string;
}

async function signIn({ email, password, from = "198.51.100.1", proto, cookie }: Attempt) {
  const response = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-forwarded-for": from,
      ...(proto ? { "x-forwarded-proto": proto } : {}),
      ...(cookie ? { cookie } : {}),
    },
    body: JSON.stringify({ query: LOGIN, variables: { input: { email, password } } }),
  });
  const body = (await response.json()) as { data?: { login?: { user: { id: string } } }; errors?: { message: string }[] };
  return { setCookie: response.headers.get("set-cookie"), signedIn: Boolean(body.data?.login), error: body.errors?.[0]?.message };
}

async function me(cookie: string): Promise<string | null> {
  const response = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify({ query: ME }),
  });
  return ((await response.json()) as { data: { me: { id: string } | null } }).data.me?.id ?? null;
}

const newUser = (): Promise<User> => createUser(server.db.dataSource, { organizationId });

describe("sign-in throttle", () => {
  it("counts parallel attempts before checking passwords: the right password at #30 of 60 does not sign in", async () => {
    const target = await newUser();
    const attempts = Array.from({ length: 60 }, (_, i) =>
      signIn({ email: target.email, password: i === 29 ? TEST_PASSWORD : `guess-${i}`, from: "203.0.113.10" }),
    );
    const results = await Promise.all(attempts);
    expect(results[29].signedIn).toBe(false);
    expect(results.filter((result) => result.error === "Email or password is incorrect.")).toHaveLength(PAIR_LIMIT);
    expect(results.filter((result) => result.error?.startsWith("Too many failed sign-ins"))).toHaveLength(60 - PAIR_LIMIT);
  });

  it("does not lock the real user out: the same email signs in from another address", async () => {
    const target = await newUser();
    for (let i = 0; i < PAIR_LIMIT; i += 1) await signIn({ email: target.email, password: `guess-${i}`, from: "203.0.113.20" });
    expect((await signIn({ email: target.email, password: TEST_PASSWORD, from: "203.0.113.20" })).signedIn).toBe(false);
    expect((await signIn({ email: target.email, password: TEST_PASSWORD, from: "192.0.2.20" })).signedIn).toBe(true);
  });

  it("limits password spraying: one address guessing one password for many emails is stopped", async () => {
    const victims = await Promise.all(Array.from({ length: ADDRESS_LIMIT + 5 }, newUser));
    const results = [];
    for (const victim of victims) results.push(await signIn({ email: victim.email, password: "Summer2026!", from: "203.0.113.30" }));
    expect(results.slice(ADDRESS_LIMIT).every((result) => result.error?.startsWith("Too many failed sign-ins"))).toBe(true);
    const sprayed = victims[ADDRESS_LIMIT + 4];
    expect((await signIn({ email: sprayed.email, password: TEST_PASSWORD, from: "203.0.113.30" })).signedIn).toBe(false);
    expect((await signIn({ email: sprayed.email, password: TEST_PASSWORD, from: "192.0.2.30" })).signedIn).toBe(true);
  });

  it("a successful sign-in forgives the earlier typos from that address", async () => {
    const target = await newUser();
    for (let i = 0; i < PAIR_LIMIT - 1; i += 1) await signIn({ email: target.email, password: `typo-${i}`, from: "203.0.113.40" });
    expect((await signIn({ email: target.email, password: TEST_PASSWORD, from: "203.0.113.40" })).signedIn).toBe(true);
    for (let i = 0; i < PAIR_LIMIT - 1; i += 1) await signIn({ email: target.email, password: `typo-${i}`, from: "203.0.113.40" });
    expect((await signIn({ email: target.email, password: TEST_PASSWORD, from: "203.0.113.40" })).signedIn).toBe(true);
  });
});

describe("session cookie behind a TLS-terminating proxy", () => {
  it("is Secure when the trusted proxy says the request came over https", async () => {
    const user = await newUser();
    const { setCookie } = await signIn({ email: user.email, password: TEST_PASSWORD, proto: "https", from: "192.0.2.50" });
    expect(setCookie).toMatch(/;\s*Secure/i);
  });

  it("is not Secure on plain http (the browser would drop it)", async () => {
    const user = await newUser();
    const { setCookie } = await signIn({ email: user.email, password: TEST_PASSWORD, proto: "http", from: "192.0.2.51" });
    expect(setCookie).toMatch(/^pb_session=/);
    expect(setCookie).not.toMatch(/;\s*Secure/i);
  });

  it("ignores X-Forwarded-Proto when no proxy is trusted", async () => {
    const direct = await startTestServer();
    try {
      const user = await createUser(direct.db.dataSource, { organizationId: (await createOrganization(direct.db.dataSource)).id });
      const response = await fetch(`${direct.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-proto": "https" },
        body: JSON.stringify({ query: LOGIN, variables: { input: { email: user.email, password: TEST_PASSWORD } } }),
      });
      expect(response.headers.get("set-cookie")).not.toMatch(/;\s*Secure/i);
    } finally {
      await direct.close();
    }
  });
});

describe("signing in again", () => {
  it("rotates the session: the token the browser had before stops working", async () => {
    const user = await newUser();
    const first = await signIn({ email: user.email, password: TEST_PASSWORD, from: "192.0.2.60" });
    const firstCookie = first.setCookie!.split(";")[0];
    expect(await me(firstCookie)).toBe(user.id);
    const second = await signIn({ email: user.email, password: TEST_PASSWORD, from: "192.0.2.60", cookie: firstCookie });
    const secondCookie = second.setCookie!.split(";")[0];
    expect(secondCookie).not.toBe(firstCookie);
    expect(await me(secondCookie)).toBe(user.id);
    expect(await me(firstCookie)).toBeNull();
  });
});
