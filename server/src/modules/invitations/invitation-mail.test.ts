/** Invitations leave through a real SMTP server (smtp-server on 127.0.0.1) when SMTP_URL is set. */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GraphQLTestClient } from "../../test-support/graphql-client";
import { startSmtpSink, type SmtpSink } from "../../test-support/smtp-sink";
import { createGraphQLWorld, type GraphQLWorld } from "../../test-support/graphql-world";

let sink: SmtpSink;
let world: GraphQLWorld;
beforeAll(async () => {
  sink = await startSmtpSink();
  world = await createGraphQLWorld({ mail: { smtpUrl: sink.url, from: "planbridge <no-reply@acme.test>" }, publicUrl: "https://plans.acme.test" });
});
afterAll(async () => {
  await world.server.close();
  await sink.close();
});

const INVITE = `mutation($input: InviteUserInput!) { inviteUser(input: $input) { inviteUrl emailed invitation { id } } }`;
const RESEND = `mutation($id: ID!) { resendInvitation(invitationId: $id) { inviteUrl emailed } }`;
const ACCEPT = `mutation($input: AcceptInviteInput!) { acceptInvite(input: $input) { user { id email } planIds } }`;
const LINK = /https:\/\/plans\.acme\.test\/invite\/([A-Za-z0-9_-]{43})/;

describe("invitation mail over SMTP", () => {
  it("mails the invitee a link (text and HTML) that signs them up into the plan; the admin is not shown the link", async () => {
    const email = "mailed.colleague@acme.test";
    const { data, errors } = await world.as.owner.request(INVITE, {
      input: { email, name: "Mia Mailed", plans: [{ planId: world.plan.id, role: "VIEWER" }] },
    });
    expect(errors).toBeUndefined();
    expect(data?.inviteUser).toMatchObject({ inviteUrl: null, emailed: true });

    await vi.waitFor(() => expect(sink.mails.filter((mail) => mail.envelopeTo.includes(email))).toHaveLength(1));
    const mail = sink.mails.find((m) => m.envelopeTo.includes(email))!;
    expect(mail.from).toContain("no-reply@acme.test");
    expect(mail.subject).toBe("Olivia Owner invited you to Acme on planbridge");
    expect(mail.text).toContain('You will join "FY27 plan".');
    const token = LINK.exec(mail.text)?.[1];
    expect(token).toBeDefined();
    expect(mail.html).toContain(`href="https://plans.acme.test/invite/${token}"`);

    const newcomer = new GraphQLTestClient(world.server.url);
    const accepted = await newcomer.request(ACCEPT, { input: { token, name: "Mia Mailed", password: "mailed-password" } });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data?.acceptInvite).toMatchObject({ user: { email }, planIds: [world.plan.id] });
    expect((await newcomer.request(`query($id: ID!) { plan(id: $id) { myRole } }`, { id: world.plan.id })).data?.plan.myRole).toBe("VIEWER");
  });

  it("re-sends a new link by mail; the first mail's link no longer works", async () => {
    const email = "resent.colleague@acme.test";
    const sent = await world.as.owner.request(INVITE, { input: { email, name: "Rex Resent" } });
    expect((await world.as.owner.request(RESEND, { id: sent.data!.inviteUser.invitation.id })).data?.resendInvitation).toEqual({ inviteUrl: null, emailed: true });
    await vi.waitFor(() => expect(sink.mails.filter((mail) => mail.envelopeTo.includes(email))).toHaveLength(2));
    const [first, second] = sink.mails.filter((mail) => mail.envelopeTo.includes(email)).map((mail) => LINK.exec(mail.text)![1]);
    expect(first).not.toBe(second);
    const accept = (token: string) => new GraphQLTestClient(world.server.url).request(ACCEPT, { input: { token, name: "Rex", password: "resent-password" } });
    expect((await accept(first)).errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect((await accept(second)).errors).toBeUndefined();
  });
});
