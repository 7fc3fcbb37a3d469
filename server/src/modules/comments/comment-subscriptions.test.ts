/** Live thread and notification events over graphql-ws at /graphql, with real sockets. */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import WebSocket from "ws";
import { CloseCode } from "@planbridge/protocol";
import { PlanRole } from "../../policies/plan-role";
import { addMember, createUser, sessionCookie as newSessionCookie } from "../../test-support/fixtures";
import { createCommentWorld, type CommentWorld, type Person } from "../../test-support/comment-world";
import { subscribe, type TestSubscription } from "../../test-support/subscription-client";

let world: CommentWorld;
beforeAll(async () => {
  world = await createCommentWorld();
});
afterAll(() => world.close());

const THREAD_EVENTS = `subscription($planId: ID!) { threadEvents(planId: $planId) { kind planId thread { id status quote author { email } comments { body } } } }`;
const NOTIFICATION_EVENTS = `subscription { notificationEvents { unreadCount notification { kind actor { email } thread { id } } } }`;
const CREATE = `mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }`;
const RESOLVE = `mutation($id: ID!) { resolveThread(id: $id) { id } }`;
const REMOVE_MEMBER = `mutation($input: RemovePlanMemberInput!) { removePlanMember(input: $input) }`;
const ADD_MEMBER = `mutation($input: AddPlanMemberInput!) { addPlanMember(input: $input) { id } }`;

type ThreadEventData = { threadEvents: { kind: string; planId: string; thread: { id: string; status: string; comments: { body: string }[] } } };

const subscriptions: TestSubscription<unknown>[] = [];
function threadEventsOf(who: Person | "anonymous", planId = world.plan.id) {
  const cookie = who === "anonymous" ? undefined : world.cookies[who];
  const subscription = subscribe<ThreadEventData>(world.server.url, cookie, THREAD_EVENTS, { planId });
  subscriptions.push(subscription);
  return subscription;
}
afterAll(() => subscriptions.forEach((subscription) => subscription.dispose()));

/** Subscribes and waits until the server has set the feed up (one event shows it is live). */
async function liveThreadEvents(who: Person) {
  const subscription = threadEventsOf(who);
  await untilLive(subscription);
  subscription.results.length = 0;
  return subscription;
}

/**
 * graphql-ws does not acknowledge a subscribe message, so a subscriber is known to be live once it hears
 * an event: post probe threads until it does (the retries are the wait, not a timing assumption).
 */
async function untilLive(subscription: TestSubscription<unknown>) {
  await vi.waitFor(
    async () => {
      if (subscription.results.length === 0) await createPlanThread("owner", "probe");
      expect(subscription.results.length).toBeGreaterThan(0);
    },
    { timeout: 5_000, interval: 200 },
  );
}

async function createPlanThread(who: Person, body: string, planId = world.plan.id): Promise<string> {
  const result = await world.as[who].request(CREATE, { input: { planId, body } });
  expect(result.errors).toBeUndefined();
  return result.data!.createThread.id;
}

const idsOf = (subscription: TestSubscription<ThreadEventData>) => subscription.results.map((r) => r.data?.threadEvents.thread.id);

describe("threadEvents", () => {
  it("delivers another user's new thread, replies and resolution to every role of the plan", async () => {
    const roles = ["owner", "editor", "commenter", "approver", "viewer"] as const;
    const subscribers = await Promise.all(roles.map((who) => liveThreadEvents(who)));
    const threadId = await createPlanThread("commenter", "Which partners?");
    for (const subscriber of subscribers) {
      await vi.waitFor(() => expect(idsOf(subscriber)).toContain(threadId));
      expect(subscriber.results.at(-1)!.data!.threadEvents).toMatchObject({
        kind: "CREATED",
        planId: world.plan.id,
        thread: { id: threadId, status: "OPEN", comments: [{ body: "Which partners?" }] },
      });
    }
    await world.as.editor.request(RESOLVE, { id: threadId });
    await vi.waitFor(() => expect(subscribers[4].results.at(-1)!.data!.threadEvents).toMatchObject({ kind: "RESOLVED", thread: { id: threadId, status: "RESOLVED" } }));
  });

  it("gives a forged plan id nothing: FORBIDDEN to a colleague outside the plan, NOT_FOUND to another organisation", async () => {
    const legit = await liveThreadEvents("viewer");
    const outsider = threadEventsOf("outsider");
    const foreigner = threadEventsOf("foreigner");
    await outsider.ended;
    await foreigner.ended;
    const threadId = await createPlanThread("owner", "Members only");
    await vi.waitFor(() => expect(idsOf(legit)).toContain(threadId));
    expect(outsider.results.map((r) => [r.data ?? null, r.errors?.[0]?.extensions?.code])).toEqual([[null, "FORBIDDEN"]]);
    expect(foreigner.results.map((r) => [r.data ?? null, r.errors?.[0]?.extensions?.code])).toEqual([[null, "NOT_FOUND"]]);
  });

  it("does not deliver another plan's threads to a subscriber of this plan", async () => {
    const subscriber = await liveThreadEvents("owner");
    const elsewhere = await createPlanThread("outsider", "My own plan", world.otherPlan.id);
    const here = await createPlanThread("editor", "This plan");
    await vi.waitFor(() => expect(idsOf(subscriber)).toContain(here));
    expect(idsOf(subscriber)).not.toContain(elsewhere);
  });

  it("ends a removed member's subscription, and nothing more reaches them", async () => {
    const removed = await liveThreadEvents("approver");
    const stays = await liveThreadEvents("viewer");
    const result = await world.as.owner.request(REMOVE_MEMBER, { input: { planId: world.plan.id, userId: world.users.approver.id } });
    expect(result.errors).toBeUndefined();
    await removed.ended;
    const threadId = await createPlanThread("owner", "After the removal");
    await vi.waitFor(() => expect(idsOf(stays)).toContain(threadId));
    expect(idsOf(removed)).not.toContain(threadId);
    await world.as.owner.request(ADD_MEMBER, { input: { planId: world.plan.id, email: world.users.approver.email, role: "APPROVER" } });
  });

  it("re-checks plan access for every event: a membership gone without any event delivers nothing more", async () => {
    const { dataSource } = world.server.db;
    const rep = await createUser(dataSource, { organizationId: world.users.owner.organizationId });
    await addMember(dataSource, world.plan.id, rep.id, PlanRole.VIEWER);
    const subscription = subscribe<ThreadEventData>(world.server.url, await newSessionCookie(world.server.server.sessions, rep.id), THREAD_EVENTS, { planId: world.plan.id });
    subscriptions.push(subscription);
    await untilLive(subscription);
    const witness = await liveThreadEvents("owner");
    // Straight in the database: no DomainEvents, so only the per-event check can notice.
    await dataSource.query(`DELETE FROM plan_members WHERE plan_id = $1 AND user_id = $2`, [world.plan.id, rep.id]);
    const threadId = await createPlanThread("owner", "Not for former members");
    await vi.waitFor(() => expect(idsOf(witness)).toContain(threadId));
    await subscription.ended;
    expect(idsOf(subscription)).not.toContain(threadId);
  });

  it("closes the socket with 4409 when the session signs out", async () => {
    const sessionCookie = await newSessionCookie(world.server.server.sessions, world.users.commenter.id);
    const subscription = subscribe(world.server.url, sessionCookie, THREAD_EVENTS, { planId: world.plan.id });
    subscriptions.push(subscription);
    await untilLive(subscription);
    const logout = await fetch(`${world.server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: sessionCookie },
      body: JSON.stringify({ query: "mutation { logout }" }),
    });
    expect(logout.status).toBe(200);
    await subscription.ended;
    expect(subscription.closeCode()).toBe(CloseCode.SessionRevoked);
  });

  it("closes the socket with 4409 when the user is deactivated", async () => {
    const { dataSource } = world.server.db;
    const rep = await createUser(dataSource, { organizationId: world.users.owner.organizationId });
    await addMember(dataSource, world.plan.id, rep.id, PlanRole.COMMENTER);
    const subscription = subscribe(world.server.url, await newSessionCookie(world.server.server.sessions, rep.id), THREAD_EVENTS, { planId: world.plan.id });
    subscriptions.push(subscription);
    await untilLive(subscription);
    const result = await world.as.owner.request(`mutation($userId: ID!) { deactivateUser(userId: $userId) { isActive } }`, { userId: rep.id });
    expect(result.data).toEqual({ deactivateUser: { isActive: false } });
    await subscription.ended;
    expect(subscription.closeCode()).toBe(CloseCode.SessionRevoked);
  });

  it("refuses a socket without a session with 4401", async () => {
    const subscription = threadEventsOf("anonymous");
    await subscription.ended;
    expect(subscription.closeCode()).toBe(CloseCode.Unauthenticated);
    expect(subscription.results).toEqual([]);
  });

  it("serves only subscriptions over WebSocket and rejects bad arguments", async () => {
    const query = subscribe(world.server.url, world.cookies.owner, `query { me { id } }`);
    subscriptions.push(query);
    await query.ended;
    expect(query.results.map((result) => result.errors?.[0]?.extensions?.code)).toEqual(["BAD_REQUEST"]);
    const badId = subscribe(world.server.url, world.cookies.owner, THREAD_EVENTS, { planId: "not-a-plan" });
    subscriptions.push(badId);
    await badId.ended;
    expect(badId.results[0]?.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("answers an upgrade to an unknown path with 404 instead of leaving it open", async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const socket = new WebSocket(`${world.server.url.replace("http", "ws")}/nowhere`);
      socket.on("unexpected-response", (_req, res) => resolve(res.statusCode ?? 0));
      socket.on("error", reject);
    });
    expect(status).toBe(404);
  });
});

describe("notificationEvents", () => {
  it("tells a mentioned member at once, with the unread count, and nobody else", async () => {
    type Data = { notificationEvents: { unreadCount: number; notification: { kind: string; actor: { email: string }; thread: { id: string } } } };
    const mentioned = subscribe<Data>(world.server.url, world.cookies.viewer, NOTIFICATION_EVENTS);
    const bystander = subscribe<Data>(world.server.url, world.cookies.editor, NOTIFICATION_EVENTS);
    subscriptions.push(mentioned, bystander);
    const created: string[] = [];
    await vi.waitFor(
      async () => {
        if (mentioned.results.length === 0) created.push(await createPlanThread("commenter", `@${world.users.viewer.email} have a look`));
        expect(mentioned.results.length).toBeGreaterThan(0);
      },
      { timeout: 5_000, interval: 200 },
    );
    const event = mentioned.results[0].data!.notificationEvents;
    expect(event).toMatchObject({ notification: { kind: "MENTION", actor: { email: world.users.commenter.email } } });
    expect(created).toContain(event.notification.thread.id);
    expect(event.unreadCount).toBeGreaterThan(0);
    expect(bystander.results).toEqual([]);
  });

  it("refuses a socket without a session", async () => {
    const subscription = subscribe(world.server.url, undefined, NOTIFICATION_EVENTS);
    subscriptions.push(subscription);
    await subscription.ended;
    expect(subscription.closeCode()).toBe(CloseCode.Unauthenticated);
  });
});
