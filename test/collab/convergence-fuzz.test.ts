/**
 * Convergence fuzz: the clownschool concurrent editing trace (3 authors, 23k transactions) replayed
 * through three real y-websocket clients and the server, with a seeded random delivery order: which
 * client sends next, how many updates in a row, and when the event loop lets messages through.
 * Every client, the stored state and a late joiner must end with the trace's endContent.
 * FUZZ_SEED=<n> replays one seed; the seed is printed on failure.
 */
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import * as Y from "yjs";
import { DocStore } from "../../server/src/modules/collaboration/doc-store";
import { PlanRole } from "../../server/src/policies/plan-role";
import { connectClient, createPlanWorld, startCollabServer, type CollabServer } from "./collab-harness";
import { BASE, loadTrace, replayTrace, sendInRandomOrder, traceText, type Trace, type TraceUpdate } from "./editing-trace";
import { seededRandom } from "./seeded-random";

const SEEDS = process.env.FUZZ_SEED ? [Number(process.env.FUZZ_SEED)] : [Date.now() % 1_000_000, (Date.now() * 7919) % 1_000_000];

let server: CollabServer;
let trace: Trace;
let updates: TraceUpdate[];

beforeAll(async () => {
  trace = loadTrace();
  updates = replayTrace(trace);
  // The fuzz sends thousands of updates per second per client: lift the per-connection rate limit.
  server = await startCollabServer({ limits: { messagesPerSecond: 1e9, messageBurst: 1e9 } });
}, 120_000);
afterAll(async () => {
  await server?.close();
});

for (const [run, seed] of SEEDS.entries()) {
  it(`converges to the trace's endContent (run ${run}, seed ${seed})`, { timeout: 180_000 }, async () => {
    const world = await createPlanWorld(server);
    const clients = [PlanRole.OWNER, PlanRole.EDITOR, PlanRole.OWNER].map((role) =>
      connectClient(server.url, world.plan.id, world.cookies[role]),
    );
    try {
      await vi.waitFor(() => clients.forEach((client) => expect(client.provider.synced).toBe(true)));
      Y.applyUpdate(clients[0].doc, BASE, "base"); // reaches the others through the server
      await sendInRandomOrder(clients, updates, seededRandom(seed));
      await vi.waitFor(
        () => clients.forEach((client) => expect(traceText(client.doc)?.toString()).toBe(trace.endContent)),
        { timeout: 60_000, interval: 50 },
      );
      // Durable: each agent's last clock is acknowledged to some client and stored.
      const finalClocks = new Map(Y.decodeStateVector(Y.encodeStateVector(clients[0].doc)));
      await vi.waitFor(() => {
        for (const [client, clock] of finalClocks) {
          if (client > trace.numAgents) continue;
          expect(Math.max(...clients.map((c) => c.acks.at(-1)?.clocks.get(client) ?? 0))).toBeGreaterThanOrEqual(clock);
        }
      }, { timeout: 30_000 });
      const stored = new Y.Doc();
      for (const part of (await new DocStore(server.db.dataSource).load(world.plan.id)).parts) Y.applyUpdate(stored, part);
      expect(traceText(stored).toString()).toBe(trace.endContent);
      const late = connectClient(server.url, world.plan.id, world.cookies.VIEWER);
      clients.push(late);
      await vi.waitFor(() => expect(traceText(late.doc)?.toString()).toBe(trace.endContent), { timeout: 30_000 });
    } catch (error) {
      console.error(`convergence fuzz failed with FUZZ_SEED=${seed}`);
      throw error;
    } finally {
      clients.forEach((client) => client.destroy());
    }
  });
}
