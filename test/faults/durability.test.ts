/**
 * Durability under SIGKILL: a real server process is killed the moment it has acknowledged N updates;
 * after a restart every acknowledged update is in PostgreSQL and served to a new client. Repeated
 * over several runs on the same plan, with a low compaction threshold so kills also land around
 * compactions.
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { createInterface } from "node:readline";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import * as Y from "yjs";
import { getSectionFragment, readPlan } from "@planbridge/plan-schema";
import { createTestDatabase, type TestDatabase } from "../../server/src/db/test-database";
import { SessionService } from "../../server/src/modules/auth/session.service";
import { DocStore } from "../../server/src/modules/collaboration/doc-store";
import { PlanDocumentService } from "../../server/src/modules/collaboration/plan-documents";
import { DocumentRegistry } from "../../server/src/modules/collaboration/document-registry";
import { createMetrics } from "../../server/src/modules/collaboration/metrics";
import { createOrganization, createPlan, createUser, sessionCookie } from "../../server/src/test-support/fixtures";
import { connectClient, type TestClient } from "../collab/collab-harness";

// Fault tests need a database two processes can share: the real PostgreSQL (CI sets DATABASE_URL).
process.env.DATABASE_URL ||= "postgres://postgres@127.0.0.1:5432/postgres";

const RUNS = 5;
const UPDATES_PER_RUN = 40;
const here = path.dirname(new URL(import.meta.url).pathname);

let db: TestDatabase;
let store: DocStore;
let planId: string;
let cookie: string;

beforeAll(async () => {
  db = await createTestDatabase();
  store = new DocStore(db.dataSource);
  const registry = new DocumentRegistry(store, createMetrics(), { compactAfterRows: 500 });
  const organizationId = (await createOrganization(db.dataSource)).id;
  const owner = await createUser(db.dataSource, { organizationId });
  planId = (await createPlan(db.dataSource, new PlanDocumentService(store, registry), { owner })).id;
  cookie = await sessionCookie(new SessionService(db.dataSource), owner.id);
});
afterAll(async () => {
  await db?.destroy();
});

function startChild(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ["-r", path.resolve(here, "../../server/src/test-support/swc-register.cjs"), path.join(here, "collab-server-child.ts")], {
    env: { ...process.env, DATABASE_URL: db.databaseUrl, COMPACT_AFTER_ROWS: "7" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`server exited early with ${code}`)));
    createInterface({ input: child.stdout }).on("line", (line) => {
      const match = /^READY (\d+)$/.exec(line);
      if (match) resolve({ child, url: `ws://127.0.0.1:${match[1]}` });
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once("exit", () => resolve()));
}

/** The text run the test types into: the first paragraph of the plan's first section (the server refuses text outside sections). */
function faultLog(doc: Y.Doc): Y.XmlText {
  const paragraph = getSectionFragment(doc, readPlan(doc).sections[0].id).get(0) as Y.XmlElement;
  const run = paragraph.get(0);
  if (run instanceof Y.XmlText) return run;
  const created = new Y.XmlText();
  paragraph.insert(0, [created]);
  return created;
}

async function storedText(): Promise<string> {
  const doc = new Y.Doc();
  for (const part of (await store.load(planId)).parts) Y.applyUpdate(doc, part);
  return readPlan(doc).sections[0].text;
}

/** Types `count` characters, one update each; SIGKILLs the server the moment all of them are acked. */
async function typeUntilAckedThenKill(client: TestClient, child: ChildProcess, letter: string, count: number): Promise<void> {
  const text = faultLog(client.doc);
  let target = Infinity;
  client.onAck(() => {
    if (client.savedClock() >= target) child.kill("SIGKILL");
  });
  for (let i = 0; i < count; i++) {
    text.insert(text.length, letter);
    await new Promise((resolve) => setImmediate(resolve));
  }
  target = Y.getState(client.doc.store, client.doc.clientID);
  if (client.savedClock() >= target) child.kill("SIGKILL");
  // Keep typing while the kill is pending: those updates may or may not survive, the acked ones must.
  while (child.exitCode === null && child.signalCode === null) {
    text.insert(text.length, letter.toUpperCase());
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
}

it("loses no acknowledged update when the server is SIGKILLed right after acknowledging", { timeout: 120_000 }, async () => {
  for (let run = 0; run < RUNS; run++) {
    const letter = String.fromCharCode(97 + run);
    const { child, url } = await startChild();
    const client = connectClient(url, planId, cookie);
    try {
      await vi.waitFor(() => expect(client.provider.synced).toBe(true), { timeout: 10_000 });
      await typeUntilAckedThenKill(client, child, letter, UPDATES_PER_RUN);
      await exited(child);
      expect(child.signalCode).toBe("SIGKILL");
    } finally {
      client.destroy();
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    }
    const stored = await storedText();
    for (let earlier = 0; earlier <= run; earlier++) {
      const earlierLetter = String.fromCharCode(97 + earlier);
      expect(stored.split(earlierLetter).length - 1, `run ${run}: letter ${earlierLetter}`).toBe(UPDATES_PER_RUN);
    }
  }
  // A restarted server serves all of it to a new client.
  const { child, url } = await startChild();
  const reader = connectClient(url, planId, cookie);
  try {
    const expected = await storedText();
    await vi.waitFor(() => expect(readPlan(reader.doc).sections[0]?.text).toBe(expected), { timeout: 10_000 });
  } finally {
    reader.destroy();
    child.kill("SIGKILL");
    await exited(child);
  }
});
