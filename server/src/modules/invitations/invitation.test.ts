import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GraphQLTestClient, type LooseJson } from "../../test-support/graphql-client";
import { createGraphQLWorld, type GraphQLWorld } from "../../test-support/graphql-world";

let world: GraphQLWorld;
beforeAll(async () => {
  world = await createGraphQLWorld();
});
afterAll(() => world.server.close());

const INVITE = `mutation($input: InviteUserInput!) {
  inviteUser(input: $input) { inviteUrl emailed invitation { id email name isAdmin status plans { planId planTitle role } invitedBy { id } } }
}`;
const ACCEPT = `mutation($input: AcceptInviteInput!) { acceptInvite(input: $input) { user { id email name isAdmin } planIds } }`;
const PREVIEW = `query($token: String!) { invitation(token: $token) { email name organizationName invitedByName plans { title role } } }`;
const LIST = `query { invitations { id email status } }`;
const RESEND = `mutation($id: ID!) { resendInvitation(invitationId: $id) { inviteUrl invitation { id status } } }`;
const REVOKE = `mutation($id: ID!) { revokeInvitation(invitationId: $id) { id status } }`;
const PASSWORD = "a long new password";

let counter = 0;
const freshEmail = () => `invitee-${++counter}-${Date.now()}@acme.test`;
const tokenOf = (url: string) => url.split("/").at(-1)!;

async function invite(extra: LooseJson = {}): Promise<{ id: string; email: string; url: string; token: string }> {
  const email = freshEmail();
  const { data, errors } = await world.as.owner.request(INVITE, { input: { email, name: "Ivy Invitee", ...extra } });
  expect(errors).toBeUndefined();
  const url = data!.inviteUser.inviteUrl as string;
  return { id: data!.inviteUser.invitation.id, email, url, token: tokenOf(url) };
}

describe("inviteUser", () => {
  it("creates a pending invitation into the plans named and hands back the link when no mail server is set", async () => {
    const email = freshEmail();
    const { data, errors } = await world.as.owner.request(INVITE, {
      input: { email: email.toUpperCase(), name: " Ivy Invitee ", plans: [{ planId: world.plan.id, role: "COMMENTER" }] },
    });
    expect(errors).toBeUndefined();
    expect(data?.inviteUser).toMatchObject({
      emailed: false,
      invitation: {
        email,
        name: "Ivy Invitee",
        isAdmin: false,
        status: "PENDING",
        plans: [{ planId: world.plan.id, planTitle: "FY27 plan", role: "COMMENTER" }],
        invitedBy: { id: world.users.owner.id },
      },
    });
    expect(data?.inviteUser.inviteUrl).toMatch(new RegExp(`^${world.server.url}/invite/[A-Za-z0-9_-]{43}$`));
    // Only the token's hash is stored.
    const [row] = await world.server.db.dataSource.query(`SELECT token_hash FROM invitations WHERE email = $1`, [email]);
    expect(row.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.token_hash).not.toContain(tokenOf(data!.inviteUser.inviteUrl));
  });

  it("is refused to anonymous users and to members who are not admins", async () => {
    const input = { email: "sneaky@acme.test", name: "Sneaky", isAdmin: true };
    expect(await world.as.anonymous.errorCode(INVITE, { input })).toBe("UNAUTHENTICATED");
    expect(await world.as.editor.errorCode(INVITE, { input })).toBe("FORBIDDEN");
  });

  it("rejects a malformed email, a blank name, an owner role, a plan twice, a foreign plan, and an address in use", async () => {
    const plan = (role: string) => ({ planId: world.plan.id, role });
    const refused = async (input: LooseJson) => (await world.as.owner.request(INVITE, { input: { email: freshEmail(), name: "X", ...input } })).errors?.[0];
    expect((await refused({ email: "nope" }))?.extensions?.code).toBe("BAD_USER_INPUT");
    expect((await refused({ name: " \t " }))?.extensions?.code).toBe("BAD_USER_INPUT");
    expect((await refused({ plans: [plan("OWNER")] }))?.message).toContain("cannot make someone a plan's owner");
    expect((await refused({ plans: [plan("VIEWER"), plan("EDITOR")] }))?.message).toBe("Name each plan once.");
    expect((await refused({ plans: [{ planId: "not-a-uuid", role: "VIEWER" }] }))?.extensions?.code).toBe("BAD_USER_INPUT");
    expect((await refused({ plans: [{ planId: "6f1c8a52-3d7e-4b0a-9c1e-2f5d8b7a6e40", role: "VIEWER" }] }))?.extensions?.code).toBe("NOT_FOUND");
    expect(await world.as.owner.errorCode(INVITE, { input: { email: world.users.editor.email, name: "Dup" } })).toBe("CONFLICT");
  });

  it("lets an admin name only plans they may add members to", async () => {
    const admin = await world.clientFor(world.users.owner);
    await world.server.db.dataSource.query(`UPDATE users SET is_admin = true WHERE id = $1`, [world.users.outsider.id]);
    const outsiderAdmin = await world.clientFor(world.users.outsider);
    const input = { email: freshEmail(), name: "X", plans: [{ planId: world.plan.id, role: "VIEWER" }] };
    expect(await outsiderAdmin.errorCode(INVITE, { input })).toBe("FORBIDDEN");
    await world.server.db.dataSource.query(`UPDATE users SET is_admin = false WHERE id = $1`, [world.users.outsider.id]);
    expect((await admin.request(INVITE, { input })).errors).toBeUndefined();
  });

  it("refuses a second open invitation for the same address, and replaces an expired one", async () => {
    const first = await invite();
    expect(await world.as.owner.errorCode(INVITE, { input: { email: first.email, name: "Again" } })).toBe("CONFLICT");
    await world.server.db.dataSource.query(`UPDATE invitations SET expires_at = now() - interval '1 minute' WHERE id = $1`, [first.id]);
    const again = await world.as.owner.request(INVITE, { input: { email: first.email, name: "Again" } });
    expect(again.errors).toBeUndefined();
    const statuses = (await world.as.owner.request(LIST)).data!.invitations.filter((i: LooseJson) => i.email === first.email);
    expect(statuses.map((i: LooseJson) => i.status)).toEqual(["PENDING", "REVOKED"]);
  });
});

describe("acceptInvite", () => {
  it("creates the account with the chosen name and password, signs in, and joins the plans with their roles", async () => {
    const sent = await invite({ isAdmin: false, plans: [{ planId: world.plan.id, role: "COMMENTER" }] });
    const newcomer = new GraphQLTestClient(world.server.url);
    const preview = await newcomer.request(PREVIEW, { token: sent.token });
    expect(preview.data?.invitation).toEqual({
      email: sent.email,
      name: "Ivy Invitee",
      organizationName: "Acme",
      invitedByName: "Olivia Owner",
      plans: [{ title: "FY27 plan", role: "COMMENTER" }],
    });

    const { data, errors } = await newcomer.request(ACCEPT, { input: { token: sent.token, name: "Ivy Chosen", password: PASSWORD } });
    expect(errors).toBeUndefined();
    expect(data?.acceptInvite).toMatchObject({ user: { email: sent.email, name: "Ivy Chosen", isAdmin: false }, planIds: [world.plan.id] });
    expect(newcomer.cookie).toMatch(/^pb_session=/);
    const plan = await newcomer.request(`query($id: ID!) { plan(id: $id) { myRole viewerCan { comment editText } } }`, { id: world.plan.id });
    expect(plan.data?.plan).toEqual({ myRole: "COMMENTER", viewerCan: { comment: true, editText: false } });
    expect((await new GraphQLTestClient(world.server.url).login(sent.email, PASSWORD)).errors).toBeUndefined();
    expect((await world.as.owner.request(LIST)).data!.invitations.find((i: LooseJson) => i.id === sent.id).status).toBe("ACCEPTED");
    const audit = await world.server.db.dataSource.query(`SELECT action, actor_id FROM audit_log WHERE plan_id = $1 AND payload->>'userId' = $2`, [
      world.plan.id,
      data!.acceptInvite.user.id,
    ]);
    expect(audit).toEqual([{ action: "MEMBER_ADDED", actor_id: world.users.owner.id }]);
  });

  it("works once: a reused link is refused and creates nothing", async () => {
    const sent = await invite();
    expect((await new GraphQLTestClient(world.server.url).request(ACCEPT, { input: { token: sent.token, name: "One", password: PASSWORD } })).errors).toBeUndefined();
    const second = await new GraphQLTestClient(world.server.url).request(ACCEPT, { input: { token: sent.token, name: "Two", password: PASSWORD } });
    expect(second.errors?.[0]).toMatchObject({ message: expect.stringContaining("already used"), extensions: { code: "BAD_USER_INPUT" } });
    expect((await new GraphQLTestClient(world.server.url).request(PREVIEW, { token: sent.token })).data?.invitation).toBeNull();
    const [{ count }] = await world.server.db.dataSource.query(`SELECT count(*)::int AS count FROM users WHERE email = $1`, [sent.email]);
    expect(count).toBe(1);
  });

  it("lets only one of two simultaneous acceptances through", async () => {
    const sent = await invite();
    const answers = await Promise.all(
      ["A", "B"].map((name) => new GraphQLTestClient(world.server.url).request(ACCEPT, { input: { token: sent.token, name, password: PASSWORD } })),
    );
    expect(answers.filter((answer) => !answer.errors)).toHaveLength(1);
    const [{ count }] = await world.server.db.dataSource.query(`SELECT count(*)::int AS count FROM users WHERE email = $1`, [sent.email]);
    expect(count).toBe(1);
  });

  it("refuses an expired link, a revoked link and an unknown token", async () => {
    const expired = await invite();
    await world.server.db.dataSource.query(`UPDATE invitations SET expires_at = now() - interval '1 second' WHERE id = $1`, [expired.id]);
    const accept = (token: string) => new GraphQLTestClient(world.server.url).request(ACCEPT, { input: { token, name: "Late", password: PASSWORD } });
    expect((await accept(expired.token)).errors?.[0].message).toContain("expired");

    const revoked = await invite();
    expect((await world.as.owner.request(REVOKE, { id: revoked.id })).data?.revokeInvitation).toEqual({ id: revoked.id, status: "REVOKED" });
    expect((await accept(revoked.token)).errors?.[0].message).toContain("withdrawn");
    expect((await accept("x".repeat(43))).errors?.[0]).toMatchObject({ message: expect.stringContaining("not valid"), extensions: { code: "BAD_USER_INPUT" } });
    expect((await world.as.owner.request(LIST)).data!.invitations.find((i: LooseJson) => i.id === expired.id).status).toBe("EXPIRED");
  });

  it("rejects a short password, a blank name and an empty token", async () => {
    const sent = await invite();
    const anonymous = new GraphQLTestClient(world.server.url);
    const short = await anonymous.request(ACCEPT, { input: { token: sent.token, name: "Ok", password: "short" } });
    expect(short.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(await anonymous.errorCode(ACCEPT, { input: { token: sent.token, name: "   ", password: PASSWORD } })).toBe("BAD_USER_INPUT");
    expect(await anonymous.errorCode(ACCEPT, { input: { token: "", name: "Ok", password: PASSWORD } })).toBe("BAD_USER_INPUT");
    expect((await anonymous.request(PREVIEW, { token: sent.token })).data?.invitation).not.toBeNull();
  });

  it("replaces the session of whoever was signed in on that browser", async () => {
    const sent = await invite();
    const browser = await world.clientFor(world.users.editor);
    const oldCookie = browser.cookie!;
    expect((await browser.request(ACCEPT, { input: { token: sent.token, name: "Switched", password: PASSWORD } })).errors).toBeUndefined();
    expect((await browser.request(`query { me { email } }`)).data?.me.email).toBe(sent.email);
    expect((await new GraphQLTestClient(world.server.url, oldCookie).request(`query { me { id } }`)).data?.me).toBeNull();
  });
});

describe("invitations, resendInvitation, revokeInvitation", () => {
  it("re-sending makes a new link and kills the old one; revoking kills the link", async () => {
    const sent = await invite();
    const resent = await world.as.owner.request(RESEND, { id: sent.id });
    expect(resent.errors).toBeUndefined();
    const newToken = tokenOf(resent.data!.resendInvitation.inviteUrl);
    expect(newToken).not.toBe(sent.token);
    const anonymous = new GraphQLTestClient(world.server.url);
    expect((await anonymous.request(PREVIEW, { token: sent.token })).data?.invitation).toBeNull();
    expect((await anonymous.request(PREVIEW, { token: newToken })).data?.invitation.email).toBe(sent.email);

    await world.as.owner.request(REVOKE, { id: sent.id });
    expect((await anonymous.request(PREVIEW, { token: newToken })).data?.invitation).toBeNull();
    expect(await world.as.owner.errorCode(RESEND, { id: sent.id })).toBe("CONFLICT");
    expect(await world.as.owner.errorCode(REVOKE, { id: sent.id })).toBe("CONFLICT");
  });

  it("re-sending renews an expired invitation", async () => {
    const sent = await invite();
    await world.server.db.dataSource.query(`UPDATE invitations SET expires_at = now() - interval '1 second' WHERE id = $1`, [sent.id]);
    const resent = await world.as.owner.request(RESEND, { id: sent.id });
    expect(resent.data?.resendInvitation.invitation.status).toBe("PENDING");
  });

  it("are for admins of the organisation only", async () => {
    const sent = await invite();
    expect(await world.as.anonymous.errorCode(LIST)).toBe("UNAUTHENTICATED");
    expect(await world.as.editor.errorCode(LIST)).toBe("FORBIDDEN");
    expect(await world.as.editor.errorCode(RESEND, { id: sent.id })).toBe("FORBIDDEN");
    expect(await world.as.editor.errorCode(REVOKE, { id: sent.id })).toBe("FORBIDDEN");
    expect(await world.as.foreigner.errorCode(REVOKE, { id: sent.id })).toBe("NOT_FOUND");
    expect(await world.as.owner.errorCode(REVOKE, { id: "1 OR 1=1" })).toBe("NOT_FOUND");
    expect((await world.as.foreigner.request(LIST)).data?.invitations.map((i: LooseJson) => i.email)).not.toContain(sent.email);
  });
});

describe("invitations across organisations", () => {
  it("say nothing about another organisation's addresses, and a squatter cannot take an address from its organisation", async () => {
    const address = freshEmail();
    const squat = await world.as.foreigner.request(INVITE, { input: { email: address, name: "Squatter" } });
    expect(squat.errors).toBeUndefined();
    const real = await world.as.owner.request(INVITE, { input: { email: address, name: "Future Hire" } });
    expect(real.errors).toBeUndefined();
    const existing = await world.as.foreigner.request(INVITE, { input: { email: world.users.editor.email, name: "Same Address" } });
    expect(existing.errors).toBeUndefined();

    const asSquatter = new GraphQLTestClient(world.server.url);
    await asSquatter.request(ACCEPT, { input: { token: tokenOf(squat.data!.inviteUser.inviteUrl), name: "Squatter", password: PASSWORD } });
    const asRealHire = new GraphQLTestClient(world.server.url);
    await asRealHire.request(ACCEPT, { input: { token: tokenOf(real.data!.inviteUser.inviteUrl), name: "Future Hire", password: PASSWORD } });
    expect((await asRealHire.request(`query { me { organization { name } } }`)).data?.me.organization.name).toBe("Acme");
    expect((await asSquatter.request(`query { me { organization { name } } }`)).data?.me.organization.name).toBe("Globex");
  });
});
