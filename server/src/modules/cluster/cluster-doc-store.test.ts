/**
 * Two processes' stores on one database: appends from both run while both compact the same plan over
 * and over, each from a copy of the document that has seen none of the other's writes. Every update
 * must survive, and compaction must actually fold the log.
 */
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import * as Y from "yjs";
import { createDataSource } from "../../db/data-source";
import { createTestDatabase, type TestDatabase } from "../../db/test-database";
import { createOrganization, createUser } from "../../test-support/fixtures";
import { Plan } from "../plans/plan.entity";
import { ClusterDocStore } from "./cluster-doc-store";

// Two processes need a database two connection pools can share: the real PostgreSQL (CI sets DATABASE_URL).
process.env.DATABASE_URL ||= "postgres://postgres@127.0.0.1:5432/postgres";

const WRITES_PER_PROCESS = 120;

let db: TestDatabase;
let stores: [ClusterDocStore, ClusterDocStore];
let closeSecond: () => Promise<void>;

beforeAll(async () => {
  db = await createTestDatabase();
  // A second connection pool stands for the second process.
  const second = createDataSource({ databaseUrl: db.databaseUrl });
  await second.initialize();
  closeSecond = () => second.destroy();
  stores = [new ClusterDocStore(db.dataSource), new ClusterDocStore(second)];
});
afterAll(async () => {
  await Promise.all((stores ?? []).map((store) => store.close()));
  await closeSecond?.();
  await db?.destroy();
});

async function newPlanId(): Promise<string> {
  const organizationId = (await createOrganization(db.dataSource)).id;
  const ownerId = (await createUser(db.dataSource, { organizationId })).id;
  return (await db.dataSource.getRepository(Plan).save({ organizationId, ownerId, title: "Cluster store test" })).id;
}

/** One process's writer: its own client id, one update per character, appended in small concurrent batches. */
async function write(store: ClusterDocStore, planId: string, doc: Y.Doc): Promise<void> {
  const text = doc.getText("log");
  for (let i = 0; i < WRITES_PER_PROCESS; i += 3) {
    const batch = [0, 1, 2].map((offset) => {
      const before = Y.encodeStateVector(doc);
      text.insert(text.length, String((i + offset) % 10));
      return { planId, update: Y.encodeStateAsUpdate(doc, before) };
    });
    await Promise.all([store.append(batch.slice(0, 2)), store.append(batch.slice(2))]);
  }
}

/** Compacts from a copy that never sees the other process's updates (the worst lag there can be). */
async function compactRepeatedly(store: ClusterDocStore, planId: string, isDone: () => boolean): Promise<number> {
  const ownCopy = Y.encodeStateAsUpdate(new Y.Doc());
  let runs = 0;
  while (!isDone()) {
    await store.compact(planId, ownCopy);
    runs++;
  }
  return runs;
}

it("loses no update when processes append and compact the same plan at once", { timeout: 60_000 }, async () => {
  const planId = await newPlanId();
  const docs = [new Y.Doc(), new Y.Doc()];
  let writersDone = 0;
  const writers = stores.map((store, i) => write(store, planId, docs[i]).finally(() => writersDone++));
  const compactions = stores.map((store) => compactRepeatedly(store, planId, () => writersDone === 2));
  await Promise.all(writers);
  const runs = await Promise.all(compactions);
  await stores[0].compact(planId, Y.encodeStateAsUpdate(new Y.Doc()));

  const stored = await stores[1].load(planId);
  expect(stored.rowsSinceSnapshot).toBe(0);
  expect(runs[0] + runs[1]).toBeGreaterThan(2);
  const loaded = new Y.Doc();
  for (const part of stored.parts) Y.applyUpdate(loaded, part);
  for (const doc of docs) {
    expect(Y.getState(loaded.store, doc.clientID)).toBe(WRITES_PER_PROCESS);
  }
  expect(loaded.getText("log").length).toBe(2 * WRITES_PER_PROCESS);
});

it("folds a row whose append committed after a later row's, never skipping it", async () => {
  const planId = await newPlanId();
  const [first, second] = [new Y.Doc(), new Y.Doc()];
  first.getText("log").insert(0, "first");
  second.getText("log").insert(0, "second");
  let compaction: Promise<void> | undefined;
  // Process A's append takes its id first but commits last; process B appends and compacts in between.
  await db.dataSource.transaction(async (manager) => {
    await stores[0].append([{ planId, update: Y.encodeStateAsUpdate(first) }], manager);
    await stores[1].append([{ planId, update: Y.encodeStateAsUpdate(second) }]);
    compaction = stores[1].compact(planId, Y.encodeStateAsUpdate(second));
    // A commits once the compaction has run, or is waiting for A's append to finish.
    await Promise.race([compaction, waitForLockWait()]);
  });
  await compaction;
  const loaded = new Y.Doc();
  for (const part of (await stores[0].load(planId)).parts) Y.applyUpdate(loaded, part);
  expect([...loaded.getText("log").toString()].sort().join("")).toBe([..."firstsecond"].sort().join(""));
});

async function waitForLockWait(): Promise<void> {
  await vi.waitFor(
    async () => {
      const [row]: { waiting: string }[] = await db.dataSource.query(
        `SELECT count(*) AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
      );
      expect(Number(row.waiting)).toBeGreaterThan(0);
    },
    { timeout: 10_000 },
  );
}
