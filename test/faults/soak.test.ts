/**
 * Soak: the real server process (main.ts, production) under mixed editing, commenting, reading and
 * reconnecting. Heap and RSS are sampled from /metrics and their slope over the second half is printed
 * (a figure, not an assertion: GC timing makes short runs noisy); open handles must come back to where
 * they were once every client has left. Short form 20 s (SOAK_MS to change it); FAULTS_LONG=1: 30 min.
 */
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../server/src/db/test-database";
import { connectClient, type TestClient } from "../collab/collab-harness";
import { createFaultPlan, exited, faultText, isRunning, MAIN, startProcess, type FaultPlan, type ServerProcess } from "./fault-support";

const SOAK_MS = process.env.FAULTS_LONG === "1" ? 30 * 60_000 : Number(process.env.SOAK_MS ?? 20_000);
const WRITERS = 4;

let db: TestDatabase;
let plan: FaultPlan;
let server: ServerProcess;

beforeAll(async () => {
  db = await createTestDatabase();
  plan = await createFaultPlan(db);
  server = await startProcess(MAIN, {
    NODE_ENV: "production",
    DATABASE_URL: db.databaseUrl,
    HOST: "127.0.0.1",
    PORT: "0",
    LOG_LEVEL: "info",
    CLIENT_DIST: "/nonexistent",
    METRICS_TOKEN: "",
  });
});
afterAll(async () => {
  if (server && isRunning(server.child)) server.child.kill("SIGKILL");
  await db?.destroy();
});

interface Sample {
  atMs: number;
  heap: number;
  rss: number;
  handles: number;
  connections: number;
}

async function sample(startedAt: number): Promise<Sample> {
  const text = await (await fetch(`http://127.0.0.1:${server.port}/metrics`)).text();
  const read = (name: string) => Number(new RegExp(`^${name} ([\\d.e+]+)$`, "m").exec(text)?.[1] ?? NaN);
  return {
    atMs: Date.now() - startedAt,
    heap: read("planbridge_nodejs_heap_size_used_bytes"),
    rss: read("planbridge_process_resident_memory_bytes"),
    handles: read("planbridge_nodejs_active_handles_total"),
    connections: read("planbridge_collab_connections"),
  };
}

/** Least-squares slope of `value` in MB per minute. */
function slopeMbPerMinute(samples: readonly Sample[], value: (sample: Sample) => number): number {
  const xs = samples.map((s) => s.atMs / 60_000);
  const ys = samples.map((s) => value(s) / 1024 / 1024);
  const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
  const [mx, my] = [mean(xs), mean(ys)];
  const num = xs.reduce((sum, x, i) => sum + (x - mx) * (ys[i] - my), 0);
  const den = xs.reduce((sum, x) => sum + (x - mx) ** 2, 0);
  return den === 0 ? 0 : num / den;
}

async function graphql(query: string, variables: Record<string, unknown>): Promise<void> {
  const response = await fetch(`http://127.0.0.1:${server.port}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie: plan.cookie },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { errors?: unknown[] };
  expect(body.errors).toBeUndefined();
}

const join = () => connectClient(`ws://127.0.0.1:${server.port}`, plan.planId, plan.cookie);

it(`stays flat under mixed load for ${Math.round(SOAK_MS / 1000)} s`, { timeout: SOAK_MS + 120_000 }, async () => {
  const writers: TestClient[] = Array.from({ length: WRITERS }, join);
  await vi.waitFor(() => expect(writers.every((writer) => writer.provider.synced)).toBe(true), { timeout: 20_000 });
  const baseline = await sample(Date.now());
  const startedAt = Date.now();
  const samples: Sample[] = [];
  let tick = 0;
  let threads = 0;
  while (Date.now() - startedAt < SOAK_MS) {
    tick++;
    const index = tick % WRITERS;
    // A writer that has just come back types once it has the document again.
    if (writers[index].provider.synced) {
      const text = faultText(writers[index].doc, index);
      text.insert(Math.floor(Math.random() * (text.length + 1)), "abc");
      // Bounded content: the document keeps only its tombstones, as a long editing session does.
      if (text.length > 400) text.delete(0, 60);
    }
    if (tick % 25 === 0) await graphql("query Read($id: ID!) { plan(id: $id) { id title sections { id } } }", { id: plan.planId });
    if (tick % 100 === 0) {
      await graphql("mutation Comment($input: CreateThreadInput!) { createThread(input: $input) { id } }", {
        input: { planId: plan.planId, body: `soak comment ${++threads}` },
      });
    }
    if (tick % 250 === 0) {
      // Someone closes the tab and comes back.
      writers[index].destroy();
      writers[index] = join();
    }
    if (tick % 50 === 0) samples.push(await sample(startedAt));
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await vi.waitFor(() => expect(writers.every((writer) => writer.provider.synced && writer.isSaved())).toBe(true), { timeout: 30_000 });
  writers.forEach((writer) => writer.destroy());
  await vi.waitFor(async () => expect((await sample(startedAt)).connections).toBe(0));
  // Sockets, timers and pool clients of the departed clients are gone again.
  await vi.waitFor(async () => expect((await sample(startedAt)).handles).toBeLessThanOrEqual(baseline.handles), { timeout: 15_000 });
  const end = await sample(startedAt);
  const secondHalf = samples.slice(Math.floor(samples.length / 2));
  console.info(
    `[faults] soak ${Math.round(SOAK_MS / 1000)} s (${tick} edits, ${threads} comments, ${samples.length} samples): ` +
      `heap slope ${slopeMbPerMinute(secondHalf, (s) => s.heap).toFixed(2)} MB/min, RSS slope ${slopeMbPerMinute(secondHalf, (s) => s.rss).toFixed(2)} MB/min; ` +
      `heap ${(baseline.heap / 1048576).toFixed(1)} -> ${(end.heap / 1048576).toFixed(1)} MB, RSS ${(baseline.rss / 1048576).toFixed(1)} -> ${(end.rss / 1048576).toFixed(1)} MB, ` +
      `handles ${baseline.handles} (start, ${WRITERS} clients) -> ${end.handles} (end, none)`,
  );
  server.child.kill("SIGTERM");
  expect((await exited(server.child)).code).toBe(0);
});
