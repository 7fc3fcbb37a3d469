/**
 * Faults with several processes: Redis gone for 10 s mid-session (the processes keep serving and
 * saving, catch up from PostgreSQL while it is away and when it is back), and one process SIGKILLed
 * mid-session (its clients reconnect to another through a round-robin balancer). Afterwards every
 * client and the stored state agree, and no acknowledged update is missing.
 */
import { afterEach, expect, it, vi } from "vitest";
import * as Y from "yjs";
import { readPlan } from "@planbridge/plan-schema";
import { PlanRole } from "../../server/src/policies/plan-role";
import { connectClient, type TestClient } from "../collab/collab-harness";
import { typeInto } from "../collab/collab-session";
import { createClusterPlan, exited, PrivateRedis, RoundRobinBalancer, startCluster, type Cluster } from "./cluster-harness";

const OUTAGE_MS = 10_000;
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function connect(url: string, planId: string, cookie: string): TestClient {
  const client = connectClient(url, planId, cookie);
  cleanups.push(() => client.destroy());
  return client;
}

const nextTurn = () => new Promise((resolve) => setTimeout(resolve, 20));

/** Each writer types one letter into its own section, `rounds` times, interleaved. */
async function typeRounds(writers: readonly TestClient[], rounds: number, letter: string): Promise<void> {
  for (let round = 0; round < rounds; round++) {
    writers.forEach((writer, index) => typeInto(writer, index, Number.MAX_SAFE_INTEGER, letter));
    await nextTurn();
  }
}

/** What each writer has had acknowledged so far: its own client id and clock. */
function ackedClocks(writers: readonly TestClient[]): Map<number, number> {
  return new Map(writers.map((writer) => [writer.doc.clientID, writer.savedClock()]));
}

async function expectAllAgree(cluster: Cluster, planId: string, clients: readonly TestClient[], acked: Map<number, number>[]): Promise<void> {
  await vi.waitFor(() => clients.forEach((client) => expect(client.isSaved()).toBe(true)), { timeout: 30_000 });
  await vi.waitFor(
    async () => {
      const stored = new Y.Doc();
      for (const part of (await cluster.store.load(planId)).parts) Y.applyUpdate(stored, part);
      const expected = readPlan(stored);
      const storedState = Y.decodeStateVector(Y.encodeStateVector(stored));
      for (const client of clients) {
        expect(readPlan(client.doc)).toEqual(expected);
        expect(Y.decodeStateVector(Y.encodeStateVector(client.doc))).toEqual(storedState);
      }
      // No acknowledged update is missing from storage.
      for (const clocks of acked) for (const [clientId, clock] of clocks) expect(storedState.get(clientId) ?? 0).toBeGreaterThanOrEqual(clock);
    },
    { timeout: 30_000, interval: 200 },
  );
}

it("keeps serving and saving through a 10 s Redis outage, then every client and storage agree", { timeout: 180_000 }, async () => {
  const redis = await PrivateRedis.start();
  cleanups.push(() => redis.stop());
  const cluster = await startCluster({ processes: 2, redisUrl: redis.url });
  cleanups.push(() => cluster.close());
  const [a, b] = cluster.processes;
  const { plan, cookies } = await createClusterPlan(cluster);
  const writers = [connect(a.url, plan.id, cookies.OWNER), connect(b.url, plan.id, cookies.EDITOR)];
  const readers = [connect(a.url, plan.id, cookies.VIEWER), connect(b.url, plan.id, cookies.COMMENTER)];
  const everyone = [...writers, ...readers];
  await vi.waitFor(() => everyone.forEach((client) => expect(client.provider.synced).toBe(true)), { timeout: 10_000 });

  await typeRounds(writers, 20, "a");
  await vi.waitFor(() => everyone.forEach((client) => expect(readPlan(client.doc).sections[1].text).toBe("a".repeat(20))));
  const beforeOutage = ackedClocks(writers);

  const outageStarted = Date.now();
  await redis.stop();
  // A process that starts while Redis is down still serves (its writer joins the typing below).
  const c = await cluster.startProcess();
  const lateWriter = connect(c.url, plan.id, cookies.OWNER);
  await vi.waitFor(() => expect(lateWriter.provider.synced).toBe(true), { timeout: 10_000 });
  writers.push(lateWriter);
  everyone.push(lateWriter);
  await typeRounds(writers, 40, "b");
  // While Redis is away each process catches up from PostgreSQL on a timer: the other process's text arrives.
  await vi.waitFor(() => everyone.forEach((client) => expect(readPlan(client.doc).sections[1].text).toBe("a".repeat(20) + "b".repeat(40))), {
    timeout: 15_000,
    interval: 200,
  });
  await vi.waitFor(() => writers.forEach((writer) => expect(writer.isSaved()).toBe(true)), { timeout: 15_000 });
  const duringOutage = ackedClocks(writers);
  // The outage lasts its full length, with writers typing through it (unless starting the process took longer).
  while (Date.now() - outageStarted < OUTAGE_MS) await typeRounds(writers, 5, "c");
  await redis.resume();

  await typeRounds(writers, 20, "d");
  await expectAllAgree(cluster, plan.id, everyone, [beforeOutage, duringOutage, ackedClocks(writers)]);
  expect(readPlan(readers[1].doc).sections[0].text).toMatch(/^a{20}b{40}c*d{20}$/);
  expect(readPlan(readers[0].doc).sections[2].text).toMatch(/^b{40}c*d{20}$/);
});

it("moves a SIGKILLed process's clients to the others and loses nothing acknowledged", { timeout: 180_000 }, async () => {
  const cluster = await startCluster({ processes: 3 });
  cleanups.push(() => cluster.close());
  const balancer = new RoundRobinBalancer(() => cluster.processes);
  const url = await balancer.listen();
  cleanups.push(() => balancer.close());
  const { plan, cookies } = await createClusterPlan(cluster);
  // Six clients, two per process (the balancer takes them in turn).
  const writers = [PlanRole.OWNER, PlanRole.EDITOR, PlanRole.OWNER, PlanRole.EDITOR].map((role) => connect(url, plan.id, cookies[role]));
  const readers = [connect(url, plan.id, cookies.VIEWER), connect(url, plan.id, cookies.COMMENTER)];
  const everyone = [...writers, ...readers];
  await vi.waitFor(() => everyone.forEach((client) => expect(client.provider.synced).toBe(true)), { timeout: 10_000 });

  await typeRounds(writers, 30, "x");
  await vi.waitFor(() => writers.forEach((writer) => expect(writer.isSaved()).toBe(true)), { timeout: 10_000 });
  const victim = cluster.processes[0];
  const typing = typeRounds(writers, 30, "y");
  const beforeKill = ackedClocks(writers);
  victim.child.kill("SIGKILL");
  await exited(victim.child);
  await typing;
  await typeRounds(writers, 20, "z");
  // Every client is connected again (the victim's to another process) and in sync.
  await vi.waitFor(() => everyone.forEach((client) => expect(client.provider.wsconnected && client.provider.synced).toBe(true)), {
    timeout: 15_000,
  });
  await expectAllAgree(cluster, plan.id, everyone, [beforeKill, ackedClocks(writers)]);
  for (const [index] of writers.entries()) {
    expect(readPlan(readers[0].doc).sections[index].text).toBe("x".repeat(30) + "y".repeat(30) + "z".repeat(20));
  }
});
