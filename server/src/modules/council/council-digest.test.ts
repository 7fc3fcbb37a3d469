/**
 * The council digest: its contents for a fixed history (an accepted suggestion, a resolved thread, a tactic
 * review, a closed action item) with the right people credited; sent exactly once per period when two server
 * processes run the scheduler at the same moment and one of them restarts mid-period; delivered through a
 * real SMTP server to every member of the plan.
 */
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer, type PlanbridgeServer } from "../../app";
import { createDataSource } from "../../db/data-source";
import { createCouncilWorld, type CouncilWorld } from "../../test-support/council-world";
import { TacticReviewState } from "../signoff/signoff-states";
import { periodAt } from "./digest-sources";

const DIGEST = `query($planId: ID!) { councilDigest(planId: $planId) { periodKey html text contributors { email name } entries { section text } } }`;

let world: CouncilWorld;
beforeAll(async () => {
  world = await createCouncilWorld();
  const { comments, versions, tacticReviews, feedback } = world.server.server.services;
  const { owner, rep, councillor, editor } = world.users;
  // The field rep suggests an edit; marketing accepts it.
  const suggestion = await comments.createThread(rep, { planId: world.plan.id, body: "90 reads better", anchor: await world.anchor("80 points"), suggestion: "90 points" });
  await comments.acceptSuggestion(owner, suggestion.id, true);
  // The field rep's question, resolved.
  const question = await comments.createThread(rep, { planId: world.plan.id, body: "Is EMEA in scope?", anchor: await world.anchor("EMEA pipeline") });
  await comments.resolve(owner, question.id);
  // The council member reviews their tactic.
  const version = await versions.cut(owner, world.plan.id);
  await tacticReviews.review(councillor, version.id, world.firstTacticId, TacticReviewState.REVIEWED, "Partner list agreed.");
  // An action item of a feedback call, owned by the editor, closed.
  const session = await feedback.createSession(owner, { planId: world.plan.id, scheduledAt: new Date(Date.now() + 3_600_000) }, "https://plans.acme.test");
  const item = await feedback.addActionItem(owner, { sessionId: session.id, title: "Share Texas conversion data", ownerId: editor.id, dueOn: "2026-12-15" });
  await feedback.closeActionItem(editor, item.id, "https://plans.acme.test");
});
afterAll(() => world.close());

describe("councilDigest", () => {
  it("summarises the period's changes and credits each contributor by name", async () => {
    const response = await world.as.viewer.request(DIGEST, { planId: world.plan.id });
    expect(response.errors).toBeUndefined();
    const digest = response.data!.councilDigest;
    expect(digest.periodKey).toBe(periodAt(new Date()).key);
    expect(digest.entries).toEqual([
      { section: "Accepted suggestions", text: expect.stringContaining("“80 points” now reads “90 points”") },
      { section: "Resolved threads", text: expect.stringContaining("EMEA pipeline") },
      { section: "Tactic reviews", text: expect.stringContaining("reviewed: “Partner list agreed.”") },
      { section: "Action items closed", text: "Share Texas conversion data" },
    ]);
    const { rep, councillor, editor } = world.users;
    expect(digest.contributors.map((person: { email: string }) => person.email).sort()).toEqual([rep.email, councillor.email, editor.email].sort());
    expect(digest.html).toContain("<em style=\"color:#2b6e4f\">(thanks to Rita Rep)</em>");
    expect(digest.html).toContain("thanks to Amara Council");
    expect(digest.html).toContain("<strong>Contributors:</strong> Amara Council, Leo Editor, Rita Rep");
  });

  it("is for members of the plan only", async () => {
    expect((await world.as.anonymous.request(DIGEST, { planId: world.plan.id })).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    expect((await world.as.outsider.request(DIGEST, { planId: world.plan.id })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect((await world.as.foreigner.request(DIGEST, { planId: world.plan.id })).errors?.[0].extensions?.code).toBe("NOT_FOUND");
    expect((await world.as.owner.request(DIGEST, { planId: "not-a-plan" })).errors?.[0].extensions?.code).toBe("NOT_FOUND");
  });
});

describe("the digest scheduler", () => {
  /** A second server process's worth of wiring on the same database (its own pool when on PostgreSQL). */
  async function secondServer(): Promise<{ server: PlanbridgeServer; close(): Promise<void> }> {
    const { databaseUrl, dataSource: shared } = world.server.db;
    const dataSource = databaseUrl ? createDataSource({ databaseUrl }) : shared;
    if (!dataSource.isInitialized) await dataSource.initialize();
    const server = await createServer({ env: world.server.env, dataSource });
    await new Promise<void>((resolve) => server.httpServer.listen(0, "127.0.0.1", resolve));
    expect((server.httpServer.address() as AddressInfo).port).toBeGreaterThan(0);
    return {
      server,
      async close() {
        await server.close();
        if (dataSource !== shared) await dataSource.destroy();
      },
    };
  }

  it("sends each period's digest once across two processes and a restart, by SMTP to every member", async () => {
    const first = world.server.server;
    let second = await secondServer();
    const period = periodAt(new Date());
    const afterPeriod = new Date(period.to.getTime() + 3_600_000);
    const before = world.sink.mails.filter((mail) => mail.subject.startsWith("Council digest")).length;

    const sent = await Promise.all([first.digestScheduler.tick(afterPeriod), second.server.digestScheduler.tick(afterPeriod)]);
    expect(sent.reduce((sum, count) => sum + count, 0)).toBe(1);

    // The second process restarts mid-period and checks again: nothing more goes out.
    await second.close();
    second = await secondServer();
    const midPeriod = new Date(afterPeriod.getTime() + 5 * 86_400_000);
    expect(await Promise.all([first.digestScheduler.tick(midPeriod), second.server.digestScheduler.tick(midPeriod)])).toEqual([0, 0]);
    await second.close();

    const digests = world.sink.mails.filter((mail) => mail.subject.startsWith("Council digest"));
    expect(digests.length - before).toBe(1);
    const mail = digests.at(-1)!;
    const members = ["owner", "editor", "rep", "councillor", "viewer"] as const;
    expect(mail.envelopeTo.sort()).toEqual(members.map((who) => world.users[who].email).sort());
    expect(mail.subject).toBe(`Council digest: FY27 council plan, ${period.key} to ${new Date(period.to.getTime() - 1).toISOString().slice(0, 10)}`);
    expect(mail.html).toContain("thanks to Rita Rep");
    expect(mail.html).toContain(`https://plans.acme.test/plans/${world.plan.id}/digest`);
    expect(mail.text).toContain("Contributors: Amara Council, Leo Editor, Rita Rep");
    const [{ count }] = await world.server.db.dataSource.query<{ count: number }[]>(`SELECT count(*)::int AS count FROM council_digests WHERE plan_id = $1`, [world.plan.id]);
    expect(count).toBe(1);
  });

  it("sends on demand once: the owner only; the scheduler then leaves that period alone", async () => {
    const SEND = `mutation($planId: ID!) { sendCouncilDigest(planId: $planId) { periodKey sentAt } }`;
    expect((await world.as.editor.request(SEND, { planId: world.plan.id })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect((await world.as.anonymous.request(SEND, { planId: world.plan.id })).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    // The current period went out above (the scheduler sent it after its end): a later period, on demand.
    const { councilDigests } = world.server.server.services;
    const later = new Date(Date.now() + 30 * 86_400_000);
    const before = world.sink.mails.length;
    const sent = await councilDigests.sendNow(world.users.owner, world.plan.id, "https://plans.acme.test", later);
    expect(sent.sentAt).not.toBeNull();
    await expect(councilDigests.sendNow(world.users.owner, world.plan.id, "https://plans.acme.test", later)).rejects.toThrow("This period's digest was already sent.");
    const afterThatPeriod = new Date(periodAt(later).to.getTime() + 3_600_000);
    expect(await world.server.server.digestScheduler.tick(afterThatPeriod)).toBe(0);
    expect(world.sink.mails.length - before).toBe(1);
  });
});
