/**
 * The authorisation matrix of every comment query, mutation and subscription: five roles, a colleague
 * who is not a member, a user of another organisation, and nobody signed in. Each row is written out
 * by hand from issue 10; fixtures are fresh per call so one actor's success cannot hide another's.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { PlanRole } from "../../policies/plan-role";
import { createCommentWorld, writeSummary, type CommentWorld, type Person } from "../../test-support/comment-world";
import { addMember, createUser, sessionCookie } from "../../test-support/fixtures";
import { GraphQLTestClient } from "../../test-support/graphql-client";
import { subscribe } from "../../test-support/subscription-client";

let world: CommentWorld;
beforeAll(async () => {
  world = await createCommentWorld({
    maxBodyLength: 10_000,
    maxSuggestionLength: 5_000,
    maxQuoteLength: 5_000,
    maxReasonLength: 2_000,
    maxCommentsPerThread: 200,
    maxThreadsPerPlan: 2_000,
    commentsPerMinute: 10_000, // this file writes far more than a person would
  });
});
afterAll(() => world.close());

type Actor = Person | "anonymous";
type Outcome = "OK" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND";
const ACTORS: Actor[] = ["owner", "editor", "commenter", "approver", "viewer", "outsider", "foreigner", "anonymous"];

const CREATE = `mutation($input: CreateThreadInput!) { createThread(input: $input) { id comments { id } } }`;

/** A thread in `planId` opened by `author` through the API (optionally carrying a suggestion). */
async function threadBy(author: Person, options: { planId?: string; suggestion?: boolean } = {}) {
  const planId = options.planId ?? world.plan.id;
  const input: Record<string, unknown> = { planId, body: "fixture" };
  if (options.suggestion) Object.assign(input, { anchor: await world.anchor("80 points", planId), suggestion: "90 points" });
  const result = await world.as[author].request(CREATE, { input });
  expect(result.errors).toBeUndefined();
  return result.data!.createThread as { id: string; comments: { id: string }[] };
}

async function outcome(who: Actor, query: string, variables: Record<string, unknown>): Promise<Outcome> {
  const result = await world.as[who].request(query, variables);
  return (result.errors?.[0]?.extensions?.code as Outcome | undefined) ?? "OK";
}

/** Expected outcome per actor: members listed as allowed get OK, the others the given code. */
function expected(allowed: Actor[], { outsider = "FORBIDDEN", foreigner = "NOT_FOUND" }: { outsider?: Outcome; foreigner?: Outcome } = {}) {
  return Object.fromEntries(
    ACTORS.map((who) => {
      if (allowed.includes(who)) return [who, "OK"];
      if (who === "anonymous") return [who, "UNAUTHENTICATED"];
      if (who === "outsider") return [who, outsider];
      if (who === "foreigner") return [who, foreigner];
      return [who, "FORBIDDEN"];
    }),
  );
}

const MEMBERS: Actor[] = ["owner", "editor", "commenter", "approver", "viewer"];
const WRITERS: Actor[] = ["owner", "editor", "commenter", "approver"];
const SUGGESTERS: Actor[] = ["owner", "editor", "commenter"];
const PLAN_EDITORS: Actor[] = ["owner", "editor"];
const EVERYONE_SIGNED_IN: Actor[] = ["owner", "editor", "commenter", "approver", "viewer", "outsider", "foreigner"];

interface Row {
  name: string;
  allowed: Actor[];
  /** Runs the operation as `who` against fresh fixtures. */
  run(who: Actor): Promise<Outcome>;
}

const ROWS: Row[] = [
  {
    name: "plan { threads }",
    allowed: MEMBERS,
    run: (who) => outcome(who, `query($id: ID!) { plan(id: $id) { threads { id } } }`, { id: world.plan.id }),
  },
  {
    name: "thread(id)",
    allowed: MEMBERS,
    run: async (who) => outcome(who, `query($id: ID!) { thread(id: $id) { id } }`, { id: (await threadBy("owner")).id }),
  },
  {
    name: "createThread",
    allowed: WRITERS,
    run: (who) => outcome(who, CREATE, { input: { planId: world.plan.id, body: "hello" } }),
  },
  {
    name: "createThread with a suggestion",
    allowed: SUGGESTERS,
    run: async (who) =>
      outcome(who, CREATE, { input: { planId: world.plan.id, body: "hello", anchor: await world.anchor("80 points"), suggestion: "90 points" } }),
  },
  {
    name: "replyToThread",
    allowed: WRITERS,
    run: async (who) =>
      outcome(who, `mutation($input: ReplyToThreadInput!) { replyToThread(input: $input) { id } }`, { input: { threadId: (await threadBy("owner")).id, body: "re" } }),
  },
  {
    name: "resolveThread on the owner's thread",
    allowed: PLAN_EDITORS,
    run: async (who) => outcome(who, `mutation($id: ID!) { resolveThread(id: $id) { id } }`, { id: (await threadBy("owner")).id }),
  },
  {
    name: "reopenThread on the owner's resolved thread",
    allowed: PLAN_EDITORS,
    run: async (who) => {
      const { id } = await threadBy("owner");
      await world.as.owner.request(`mutation($id: ID!) { resolveThread(id: $id) { id } }`, { id });
      return outcome(who, `mutation($id: ID!) { reopenThread(id: $id) { id } }`, { id });
    },
  },
  {
    name: "acceptSuggestion",
    allowed: PLAN_EDITORS,
    run: async (who) =>
      outcome(who, `mutation($id: ID!) { acceptSuggestion(id: $id, confirm: true) { id } }`, { id: (await threadBy("commenter", { suggestion: true })).id }),
  },
  {
    name: "rejectSuggestion",
    allowed: PLAN_EDITORS,
    run: async (who) =>
      outcome(who, `mutation($input: RejectSuggestionInput!) { rejectSuggestion(input: $input) { id } }`, {
        input: { threadId: (await threadBy("commenter", { suggestion: true })).id, reason: "no" },
      }),
  },
  {
    name: "editComment on the commenter's comment",
    allowed: ["commenter"],
    run: async (who) =>
      outcome(who, `mutation($input: EditCommentInput!) { editComment(input: $input) { id } }`, {
        input: { commentId: (await threadBy("commenter")).comments[0].id, body: "edited" },
      }),
  },
  {
    name: "deleteComment on the commenter's comment",
    allowed: ["commenter"],
    run: async (who) => outcome(who, `mutation($id: ID!) { deleteComment(id: $id) { id } }`, { id: (await threadBy("commenter")).comments[0].id }),
  },
  {
    name: "notifications, unreadNotificationCount",
    allowed: EVERYONE_SIGNED_IN,
    run: (who) => outcome(who, `query { unreadNotificationCount notifications { id } }`, {}),
  },
  {
    name: "markNotificationsRead",
    allowed: EVERYONE_SIGNED_IN,
    run: (who) => outcome(who, `mutation { markNotificationsRead }`, {}),
  },
];

describe("comment authorisation matrix", () => {
  for (const row of ROWS) {
    it(row.name, async () => {
      const actual: Record<string, Outcome> = {};
      for (const who of ACTORS) {
        // An accepted suggestion replaces "80 points": put it back so the next actor can anchor to it.
        if (row.name === "acceptSuggestion") await restoreSummary();
        actual[who] = await row.run(who);
      }
      expect(actual).toEqual(expected(row.allowed));
    });
  }

  it("threadEvents subscription: members subscribe; a non-member is FORBIDDEN, another organisation NOT_FOUND, nobody signed in is refused", async () => {
    const actual: Record<string, Outcome> = {};
    for (const who of ACTORS) actual[who] = await subscriptionOutcome(who, `subscription($planId: ID!) { threadEvents(planId: $planId) { thread { id } } }`, { planId: world.plan.id });
    expect(actual).toEqual(expected(MEMBERS));
  });

  it("notificationEvents subscription: every signed-in user, nobody else", async () => {
    // The outsider and the foreigner hear about their own plans: a colleague there mentions them.
    const { dataSource } = world.server.db;
    const colleagueIn = async (planId: string, organizationId: string) => {
      const colleague = await createUser(dataSource, { organizationId });
      await addMember(dataSource, planId, colleague.id, PlanRole.COMMENTER);
      return { planId, client: new GraphQLTestClient(world.server.url, await sessionCookie(world.server.server.sessions, colleague.id)) };
    };
    const prober = {
      outsider: await colleagueIn(world.otherPlan.id, world.users.outsider.organizationId),
      foreigner: await colleagueIn(world.foreignPlan.id, world.users.foreigner.organizationId),
    };
    const actual: Record<string, Outcome> = {};
    for (const who of ACTORS) {
      const probe = who === "outsider" || who === "foreigner" ? prober[who] : undefined;
      actual[who] = await subscriptionOutcome(who, `subscription { notificationEvents { unreadCount } }`, {}, probe);
    }
    expect(actual).toEqual(expected(EVERYONE_SIGNED_IN));
  });
});

describe("another plan's thread id in each mutation", () => {
  const MUTATIONS: [string, (threadId: string, commentId: string) => [string, Record<string, unknown>]][] = [
    ["replyToThread", (threadId) => [`mutation($input: ReplyToThreadInput!) { replyToThread(input: $input) { id } }`, { input: { threadId, body: "x" } }]],
    ["resolveThread", (threadId) => [`mutation($id: ID!) { resolveThread(id: $id) { id } }`, { id: threadId }]],
    ["reopenThread", (threadId) => [`mutation($id: ID!) { reopenThread(id: $id) { id } }`, { id: threadId }]],
    ["acceptSuggestion", (threadId) => [`mutation($id: ID!) { acceptSuggestion(id: $id, confirm: true) { id } }`, { id: threadId }]],
    ["rejectSuggestion", (threadId) => [`mutation($input: RejectSuggestionInput!) { rejectSuggestion(input: $input) { id } }`, { input: { threadId, reason: "x" } }]],
    ["editComment", (_threadId, commentId) => [`mutation($input: EditCommentInput!) { editComment(input: $input) { id } }`, { input: { commentId, body: "x" } }]],
    ["deleteComment", (_threadId, commentId) => [`mutation($id: ID!) { deleteComment(id: $id) { id } }`, { id: commentId }]],
    ["thread(id)", (threadId) => [`query($id: ID!) { thread(id: $id) { id } }`, { id: threadId }]],
  ];

  it("is FORBIDDEN for a thread of another plan of my organisation and NOT_FOUND for one of another organisation", async () => {
    const sameOrg = await threadBy("outsider", { planId: world.otherPlan.id, suggestion: true });
    const otherOrg = await threadBy("foreigner", { planId: world.foreignPlan.id });
    for (const [name, build] of MUTATIONS) {
      for (const who of ["owner", "editor", "commenter"] as const) {
        expect([name, who, await outcome(who, ...build(sameOrg.id, sameOrg.comments[0].id))]).toEqual([name, who, "FORBIDDEN"]);
        expect([name, who, await outcome(who, ...build(otherOrg.id, otherOrg.comments[0].id))]).toEqual([name, who, "NOT_FOUND"]);
      }
    }
    const untouched = await world.as.outsider.request(`query($id: ID!) { thread(id: $id) { status suggestionStatus comments { body } } }`, { id: sameOrg.id });
    expect(untouched.data!.thread).toEqual({ status: "OPEN", suggestionStatus: "PENDING", comments: [{ body: "fixture" }] });
  });
});

async function restoreSummary() {
  await writeSummary(world.server.server.documents, world.plan.id);
}

/**
 * OK once the subscriber hears an event (a probe thread by the owner, or a mention for notifications);
 * otherwise the error code it was answered with, or UNAUTHENTICATED when the socket was refused.
 */
async function subscriptionOutcome(
  who: Actor,
  query: string,
  variables: Record<string, unknown>,
  // Someone other than the subscriber posts the probe (nobody is notified of their own mention).
  probe: { planId: string; client: GraphQLTestClient } = { planId: world.plan.id, client: who === "owner" ? world.as.editor : world.as.owner },
): Promise<Outcome> {
  const cookie = who === "anonymous" ? undefined : world.cookies[who];
  const subscription = subscribe(world.server.url, cookie, query, variables);
  try {
    const heard = vi.waitFor(
      async () => {
        if (subscription.results.length === 0 && subscription.closeCode() === undefined) {
          const mention = who === "anonymous" ? "" : ` @${world.users[who].email}`;
          await probe.client.request(CREATE, { input: { planId: probe.planId, body: `probe${mention}` } });
        }
        expect(subscription.results.length > 0 || subscription.closeCode() !== undefined).toBe(true);
      },
      { timeout: 5_000, interval: 200 },
    );
    await Promise.race([heard, subscription.ended]);
    if (subscription.closeCode() === 4401) return "UNAUTHENTICATED";
    const first = subscription.results[0];
    return (first?.errors?.[0]?.extensions?.code as Outcome | undefined) ?? (first?.data ? "OK" : "UNAUTHENTICATED");
  } finally {
    subscription.dispose();
  }
}
