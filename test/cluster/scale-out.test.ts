/**
 * Several real planbridge processes sharing plans through real Redis and PostgreSQL: the convergence
 * fuzz with its clients spread over two and over three processes, presence across processes, and a
 * sign-out on one process closing the user's sockets on another.
 * FUZZ_SEED=<n> replays one seed; the seed is printed on failure.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import WebSocket from "ws";
import * as Y from "yjs";
import { CloseCode, collabPath } from "@planbridge/protocol";
import { PlanRole } from "../../server/src/policies/plan-role";
import { subscribe, type TestSubscription } from "../../server/src/test-support/subscription-client";
import { connectClient, type TestClient } from "../collab/collab-harness";
import { BASE, loadTrace, replayTrace, sendInRandomOrder, traceText, type Trace, type TraceUpdate } from "../collab/editing-trace";
import { seededRandom } from "../collab/seeded-random";
import { createClusterPlan, startCluster, type Cluster } from "./cluster-harness";

/** DESIGN.md: "removing a member or a session closes that user's sockets within seconds". */
const REVOCATION_DEADLINE_MS = 3_000;
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Date.now() % 1_000_000;

let cluster: Cluster;
let trace: Trace;
let updates: TraceUpdate[];
const clients: TestClient[] = [];

beforeAll(async () => {
  trace = loadTrace();
  updates = replayTrace(trace);
  cluster = await startCluster({
    processes: 3,
    // Revocation must come over Redis, not from the periodic sweep; the fuzz lifts the message rate limit.
    env: { ACCESS_SWEEP_MS: "600000", COMPACT_AFTER_ROWS: "50", COLLAB_LIMITS: JSON.stringify({ messagesPerSecond: 1e9, messageBurst: 1e9 }) },
  });
}, 120_000);
afterAll(async () => {
  for (const client of clients) client.destroy();
  await cluster?.close();
});

function join(processIndex: number, planId: string, cookie: string): TestClient {
  const client = connectClient(cluster.processes[processIndex].url, planId, cookie);
  clients.push(client);
  return client;
}

async function graphql(httpUrl: string, cookie: string, query: string, variables?: Record<string, unknown>) {
  const response = await fetch(`${httpUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
}

async function storedDoc(planId: string): Promise<Y.Doc> {
  const doc = new Y.Doc();
  for (const part of (await cluster.store.load(planId)).parts) Y.applyUpdate(doc, part);
  return doc;
}

describe.each([2, 3])("convergence fuzz over %i processes", (processCount) => {
  it(`converges to the trace's endContent (seed ${SEED})`, { timeout: 240_000 }, async () => {
    const { plan, cookies } = await createClusterPlan(cluster);
    // Three agents, spread round-robin over the processes.
    const agents = [PlanRole.OWNER, PlanRole.EDITOR, PlanRole.OWNER].map((role, i) => join(i % processCount, plan.id, cookies[role]));
    try {
      await vi.waitFor(() => agents.forEach((client) => expect(client.provider.synced).toBe(true)));
      Y.applyUpdate(agents[0].doc, BASE, "base");
      await sendInRandomOrder(agents, updates, seededRandom(SEED));
      await vi.waitFor(() => agents.forEach((client) => expect(traceText(client.doc)?.toString()).toBe(trace.endContent)), {
        timeout: 90_000,
        interval: 100,
      });
      // Every agent's last clock is acknowledged by the process it writes to, and stored.
      await vi.waitFor(() => agents.forEach((client) => expect(client.isSaved()).toBe(true)), { timeout: 30_000 });
      expect(traceText(await storedDoc(plan.id)).toString()).toBe(trace.endContent);
      // A late joiner on each process reads the same text.
      for (let index = 0; index < processCount; index++) {
        const late = join(index, plan.id, cookies.VIEWER);
        await vi.waitFor(() => expect(traceText(late.doc)?.toString()).toBe(trace.endContent), { timeout: 30_000 });
      }
    } catch (error) {
      console.error(`scale-out convergence fuzz failed with FUZZ_SEED=${SEED}`);
      throw error;
    }
  });
});

describe("across processes", () => {
  it("shows each client's presence to clients on the other processes", async () => {
    const { plan, cookies, users } = await createClusterPlan(cluster);
    const onA = join(0, plan.id, cookies.OWNER);
    const onB = join(1, plan.id, cookies.EDITOR);
    await vi.waitFor(() => [onA, onB].forEach((client) => expect(client.provider.synced).toBe(true)));
    onA.provider.awareness.setLocalStateField("cursor", { section: 0, at: 3 });
    onB.provider.awareness.setLocalStateField("cursor", { section: 1, at: 0 });
    await vi.waitFor(() => {
      const seen = onB.provider.awareness.getStates().get(onA.doc.clientID) as { cursor?: unknown; user?: { name?: string } } | undefined;
      expect(seen?.cursor).toEqual({ section: 0, at: 3 });
      // The identity is the one the server stamped on process A.
      expect(seen?.user?.name).toBe(users.OWNER.name);
    });
    // A process that opens the plan later asks the others for their clients' presence.
    const onC = join(2, plan.id, cookies.VIEWER);
    await vi.waitFor(() => {
      expect(onC.provider.awareness.getStates().has(onA.doc.clientID)).toBe(true);
      expect(onC.provider.awareness.getStates().has(onB.doc.clientID)).toBe(true);
    });
    // Leaving removes the presence everywhere.
    onA.provider.disconnect();
    await vi.waitFor(() => expect(onC.provider.awareness.getStates().has(onA.doc.clientID)).toBe(false));
  });

  it("closes the user's sockets on process B when they sign out on process A", async () => {
    const { plan, cookies } = await createClusterPlan(cluster);
    const [a, b, c] = cluster.processes;
    const onB = new WebSocket(b.url + collabPath(plan.id), { headers: { cookie: cookies.EDITOR } });
    const onC = new WebSocket(c.url + collabPath(plan.id), { headers: { cookie: cookies.EDITOR } });
    let closeOnB: number | null = null;
    let closeOnC: number | null = null;
    onB.on("close", (code) => (closeOnB = code));
    onC.on("close", (code) => (closeOnC = code));
    await Promise.all([onB, onC].map((socket) => new Promise((resolve) => socket.once("open", resolve))));
    expect(await graphql(a.httpUrl, cookies.EDITOR, "mutation { logout }")).toEqual({ data: { logout: true } });
    await vi.waitFor(
      () => {
        expect(closeOnB).toBe(CloseCode.SessionRevoked);
        expect(closeOnC).toBe(CloseCode.SessionRevoked);
      },
      { timeout: REVOCATION_DEADLINE_MS },
    );
  });

  it("delivers a comment thread created on process A to a subscription on process B", async () => {
    const { plan, cookies } = await createClusterPlan(cluster);
    const [a, b] = cluster.processes;
    type ThreadEvent = { threadEvents: { kind: string; thread: { comments: { body: string }[] } } };
    const feed: TestSubscription<ThreadEvent> = subscribe<ThreadEvent>(
      b.httpUrl,
      cookies.VIEWER,
      `subscription($planId: ID!) { threadEvents(planId: $planId) { kind thread { comments { body } } } }`,
      { planId: plan.id },
    );
    try {
      // graphql-ws does not acknowledge a subscribe: post on A until B's feed hears one (the retries are the wait).
      let posted = 0;
      await vi.waitFor(
        async () => {
          if (feed.results.length === 0) {
            const created = await graphql(a.httpUrl, cookies.EDITOR, `mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }`, {
              input: { planId: plan.id, body: `from process A ${++posted}` },
            });
            expect(created.errors).toBeUndefined();
          }
          expect(feed.results.length).toBeGreaterThan(0);
        },
        { timeout: 10_000, interval: 300 },
      );
      const [first] = feed.results;
      expect(first.errors).toBeUndefined();
      expect(first.data?.threadEvents.kind).toBe("CREATED");
      expect(first.data?.threadEvents.thread.comments[0].body).toMatch(/^from process A \d+$/);
    } finally {
      feed.dispose();
    }
  });
});
