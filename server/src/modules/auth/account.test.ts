/** My account: name, password change (ends other sessions and their sockets), reset by mailed link. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { CloseCode, collabPath } from "@planbridge/protocol";
import { createUser, sessionCookie, TEST_PASSWORD } from "../../test-support/fixtures";
import { GraphQLTestClient } from "../../test-support/graphql-client";
import { createGraphQLWorld, type GraphQLWorld } from "../../test-support/graphql-world";
import { startSmtpSink, type SmtpSink } from "../../test-support/smtp-sink";
import type { User } from "../users/user.entity";
import { RESETS_PER_ADDRESS, RESETS_PER_EMAIL } from "./reset-throttle";

let sink: SmtpSink;
let world: GraphQLWorld;
beforeAll(async () => {
  sink = await startSmtpSink();
  world = await createGraphQLWorld({ mail: { smtpUrl: sink.url, from: "planbridge <no-reply@acme.test>" } });
});
afterAll(async () => {
  await world.server.close();
  await sink.close();
});

const CHANGE = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { endedSessions } }`;
const UPDATE = `mutation($input: UpdateAccountInput!) { updateAccount(input: $input) { id name jobTitle } }`;
const REQUEST_RESET = `mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }`;
const RESET = `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { user { id email } } }`;
const ME = `query { me { id } }`;
const RESET_LINK = /\/reset-password\/([A-Za-z0-9_-]{43})/;

async function colleague(): Promise<User> {
  const organizationId = world.users.owner.organizationId;
  return createUser(world.server.db.dataSource, { organizationId, email: `colleague-${Date.now()}-${Math.random().toString(36).slice(2, 7)}@acme.test` });
}

function openSocket(planId: string, cookie: string): Promise<WebSocket> {
  const socket = new WebSocket(world.server.url.replace("http", "ws") + collabPath(planId), { headers: { cookie } });
  socket.on("error", () => {});
  return new Promise((resolve) => socket.once("open", () => resolve(socket)));
}

async function mailedResetToken(email: string, count: number): Promise<string> {
  await world.server.server.services.accounts.settled();
  expect(sink.mails.filter((mail) => mail.envelopeTo.includes(email))).toHaveLength(count);
  const mail = sink.mails.filter((m) => m.envelopeTo.includes(email)).at(-1)!;
  expect(mail.html).toContain(RESET_LINK.exec(mail.text)![0]);
  return RESET_LINK.exec(mail.text)![1];
}

describe("updateAccount", () => {
  it("changes my own name and job title, trimmed", async () => {
    const { data, errors } = await world.as.commenter.request(UPDATE, { input: { name: "  Cora C. ", jobTitle: " Field rep " } });
    expect(errors).toBeUndefined();
    expect(data?.updateAccount).toEqual({ id: world.users.commenter.id, name: "Cora C.", jobTitle: "Field rep" });
    expect((await world.as.commenter.request(`query { me { name } }`)).data?.me.name).toBe("Cora C.");
  });

  it("needs a session and a name", async () => {
    expect(await world.as.anonymous.errorCode(UPDATE, { input: { name: "X" } })).toBe("UNAUTHENTICATED");
    expect(await world.as.commenter.errorCode(UPDATE, { input: { name: "  " } })).toBe("BAD_USER_INPUT");
    expect(await world.as.commenter.errorCode(UPDATE, { input: { name: "x".repeat(121) } })).toBe("BAD_USER_INPUT");
  });
});

describe("changePassword", () => {
  it("keeps this session, ends every other one and closes their collaboration sockets", async () => {
    const user = await colleague();
    await world.server.server.services.members.add(world.users.owner, world.plan.id, user.email, "VIEWER" as never);
    const here = await world.clientFor(user);
    const elsewhereCookie = await sessionCookie(world.server.server.sessions, user.id);
    const socket = await openSocket(world.plan.id, elsewhereCookie);
    const closed = new Promise<number>((resolve) => socket.once("close", (code) => resolve(code)));

    const { data, errors } = await here.request(CHANGE, { input: { currentPassword: TEST_PASSWORD, newPassword: "a brand new password" } });
    expect(errors).toBeUndefined();
    expect(data?.changePassword.endedSessions).toBe(1);
    expect(await closed).toBe(CloseCode.SessionRevoked);
    expect((await here.request(ME)).data?.me).toEqual({ id: user.id });
    expect((await new GraphQLTestClient(world.server.url, elsewhereCookie).request(ME)).data?.me).toBeNull();
    expect((await new GraphQLTestClient(world.server.url).login(user.email, TEST_PASSWORD)).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    expect((await new GraphQLTestClient(world.server.url).login(user.email, "a brand new password")).errors).toBeUndefined();
  });

  it("refuses a wrong current password and a short new one, changing nothing", async () => {
    const user = await colleague();
    const client = await world.clientFor(user);
    const wrong = await client.request(CHANGE, { input: { currentPassword: "not it", newPassword: "a brand new password" } });
    expect(wrong.errors?.[0]).toMatchObject({ message: "Your current password is not right.", extensions: { code: "BAD_USER_INPUT" } });
    expect(await client.errorCode(CHANGE, { input: { currentPassword: TEST_PASSWORD, newPassword: "short" } })).toBe("BAD_USER_INPUT");
    expect((await new GraphQLTestClient(world.server.url).login(user.email, TEST_PASSWORD)).errors).toBeUndefined();
  });

  it("needs a session", async () => {
    expect(await world.as.anonymous.errorCode(CHANGE, { input: { currentPassword: TEST_PASSWORD, newPassword: "a brand new password" } })).toBe("UNAUTHENTICATED");
  });
});

describe("password reset", () => {
  it("mails a link that sets a new password, ends every session and signs in", async () => {
    const user = await colleague();
    const oldSession = await world.clientFor(user);
    const anonymous = new GraphQLTestClient(world.server.url);
    expect((await anonymous.request(REQUEST_RESET, { input: { email: user.email.toUpperCase() } })).data).toEqual({ requestPasswordReset: true });
    const token = await mailedResetToken(user.email, 1);

    const { data, errors } = await anonymous.request(RESET, { input: { token, newPassword: "reset password 1" } });
    expect(errors).toBeUndefined();
    expect(data?.resetPassword.user).toEqual({ id: user.id, email: user.email });
    expect((await anonymous.request(ME)).data?.me).toEqual({ id: user.id });
    expect((await oldSession.request(ME)).data?.me).toBeNull();
    expect((await new GraphQLTestClient(world.server.url).login(user.email, "reset password 1")).errors).toBeUndefined();

    const reused = await new GraphQLTestClient(world.server.url).request(RESET, { input: { token, newPassword: "reset password 2" } });
    expect(reused.errors?.[0]).toMatchObject({ message: expect.stringContaining("already used"), extensions: { code: "BAD_USER_INPUT" } });
  });

  it("answers the same for an unknown address and mails nobody", async () => {
    const before = sink.mails.length;
    const unknown = await new GraphQLTestClient(world.server.url).request(REQUEST_RESET, { input: { email: "nobody-here@acme.test" } });
    expect(unknown).toEqual({ status: 200, data: { requestPasswordReset: true } });
    await world.server.server.services.accounts.settled();
    expect(sink.mails.length).toBe(before);
  });

  it("refuses an expired, an unknown and a malformed link, and a short password", async () => {
    const user = await colleague();
    const anonymous = new GraphQLTestClient(world.server.url);
    await anonymous.request(REQUEST_RESET, { input: { email: user.email } });
    const token = await mailedResetToken(user.email, 1);
    expect(await anonymous.errorCode(RESET, { input: { token, newPassword: "short" } })).toBe("BAD_USER_INPUT");
    await world.server.db.dataSource.query(`UPDATE password_resets SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [user.id]);
    expect((await anonymous.request(RESET, { input: { token, newPassword: "long enough" } })).errors?.[0].message).toContain("expired");
    expect((await anonymous.request(RESET, { input: { token: "y".repeat(43), newPassword: "long enough" } })).errors?.[0].message).toContain("not valid");
    expect(await anonymous.errorCode(RESET, { input: { token: "", newPassword: "long enough" } })).toBe("BAD_USER_INPUT");
    expect(await anonymous.errorCode(REQUEST_RESET, { input: { email: "not an email" } })).toBe("BAD_USER_INPUT");
    expect((await new GraphQLTestClient(world.server.url).login(user.email, TEST_PASSWORD)).errors).toBeUndefined();
  });

  it("mails one address at most a few times an hour (same answer after), and refuses a flood from one network", async () => {
    const user = await colleague();
    const anonymous = new GraphQLTestClient(world.server.url);
    for (let i = 0; i < RESETS_PER_EMAIL + 2; i++) {
      expect((await anonymous.request(REQUEST_RESET, { input: { email: user.email } })).data).toEqual({ requestPasswordReset: true });
    }
    await world.server.server.services.accounts.settled();
    expect(sink.mails.filter((mail) => mail.envelopeTo.includes(user.email))).toHaveLength(RESETS_PER_EMAIL);

    let refusal: string | undefined;
    for (let i = 0; i < RESETS_PER_ADDRESS && !refusal; i++) {
      refusal = (await anonymous.request(REQUEST_RESET, { input: { email: `flood-${i}@acme.test` } })).errors?.[0].message;
    }
    expect(refusal).toMatch(/^Too many reset requests from your network/);
  });
});
