import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { createPlanDoc, readPlan } from "@planbridge/plan-schema";
import { createTestDatabase, type TestDatabase } from "../../db/test-database";
import { createOrganization, createUser } from "../../test-support/fixtures";
import { Plan } from "../plans/plan.entity";
import { DocStore, type AppendRow } from "./doc-store";
import { DocumentExistsError } from "./errors";
import { GroupCommit } from "./group-commit";

let db: TestDatabase;
let store: DocStore;
let organizationId: string;
let ownerId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  store = new DocStore(db.dataSource);
  organizationId = (await createOrganization(db.dataSource)).id;
  ownerId = (await createUser(db.dataSource, { organizationId })).id;
});
afterAll(async () => {
  await store?.close();
  await db?.destroy();
});

async function newPlanId(): Promise<string> {
  const plan = await db.dataSource.getRepository(Plan).save({ organizationId, ownerId, title: "Doc store test" });
  return plan.id;
}

function loadDoc(parts: Uint8Array[]): Y.Doc {
  const doc = new Y.Doc();
  for (const part of parts) Y.applyUpdate(doc, part);
  return doc;
}

/** Edits `doc` and returns the update the edit produced. */
function edit(doc: Y.Doc, change: (doc: Y.Doc) => void): Uint8Array {
  const before = Y.encodeStateVector(doc);
  change(doc);
  return Y.encodeStateAsUpdate(doc, before);
}

describe("DocStore", () => {
  it("stores a new plan's document and loads it back", async () => {
    const planId = await newPlanId();
    const doc = createPlanDoc();
    await store.createDocument(planId, Y.encodeStateAsUpdate(doc));
    const stored = await store.load(planId);
    expect(stored).toMatchObject({ lastUpdateId: 0, rowsSinceSnapshot: 0 });
    expect(readPlan(loadDoc(stored.parts))).toEqual(readPlan(doc));
  });

  it("refuses to overwrite an existing document", async () => {
    const planId = await newPlanId();
    await store.createDocument(planId, Y.encodeStateAsUpdate(createPlanDoc()));
    await expect(store.createDocument(planId, Y.encodeStateAsUpdate(new Y.Doc()))).rejects.toBeInstanceOf(DocumentExistsError);
    expect(readPlan(loadDoc((await store.load(planId)).parts)).sections.length).toBeGreaterThan(0);
  });

  it("joins the transaction it is given: a rolled-back plan creation leaves no document", async () => {
    const planId = await newPlanId();
    await expect(
      db.dataSource.transaction(async (manager) => {
        await store.createDocument(planId, Y.encodeStateAsUpdate(createPlanDoc()), manager);
        throw new Error("plan creation failed later");
      }),
    ).rejects.toThrow("plan creation failed later");
    expect((await store.load(planId)).parts).toEqual([]);
  });

  it("appends log rows for several plans in one statement and loads snapshot + rows", async () => {
    const [first, second] = [await newPlanId(), await newPlanId()];
    const doc = createPlanDoc();
    await store.createDocument(first, Y.encodeStateAsUpdate(doc));
    const update = edit(doc, (d) => d.getText("scratch").insert(0, "hello"));
    const lastIds = await store.append([
      { planId: first, update },
      { planId: second, update: edit(new Y.Doc(), (d) => d.getText("t").insert(0, "x")) },
    ]);
    expect(lastIds.get(first)).toBeGreaterThan(0);
    expect(lastIds.get(second)).toBeGreaterThan(0);
    const stored = await store.load(first);
    expect(stored.rowsSinceSnapshot).toBe(1);
    expect(stored.lastUpdateId).toBe(lastIds.get(first));
    expect(loadDoc(stored.parts).getText("scratch").toString()).toBe("hello");
  });

  it("compacts: snapshot replaces covered rows in one transaction, later rows survive", async () => {
    const planId = await newPlanId();
    const doc = createPlanDoc();
    await store.createDocument(planId, Y.encodeStateAsUpdate(doc));
    let covered = 0;
    for (const word of ["alpha ", "beta ", "gamma "]) {
      const update = edit(doc, (d) => d.getText("t").insert(d.getText("t").length, word));
      covered = (await store.append([{ planId, update }])).get(planId)!;
    }
    await store.compact(planId, Y.encodeStateAsUpdate(doc), covered);
    const later = edit(doc, (d) => d.getText("t").insert(0, ">"));
    await store.append([{ planId, update: later }]);
    expect(await store.countUpdates(planId)).toBe(1);
    const stored = await store.load(planId);
    expect(stored.rowsSinceSnapshot).toBe(1);
    expect(loadDoc(stored.parts).getText("t").toString()).toBe(">alpha beta gamma ");
  });

  it("never lets an older compaction replace a newer snapshot", async () => {
    const planId = await newPlanId();
    const doc = new Y.Doc();
    const first = edit(doc, (d) => d.getText("t").insert(0, "one"));
    const firstId = (await store.append([{ planId, update: first }])).get(planId)!;
    const olderState = Y.encodeStateAsUpdate(doc);
    const second = edit(doc, (d) => d.getText("t").insert(3, " two"));
    const secondId = (await store.append([{ planId, update: second }])).get(planId)!;
    await store.compact(planId, Y.encodeStateAsUpdate(doc), secondId);
    await store.compact(planId, olderState, firstId);
    expect(loadDoc((await store.load(planId)).parts).getText("t").toString()).toBe("one two");
  });
});

describe("DocStore.version", () => {
  it("changes on every stored write, a row that commits after one with a higher id included", async () => {
    const planId = await newPlanId();
    await store.createDocument(planId, Y.encodeStateAsUpdate(createPlanDoc()));
    // Two ids taken from the sequence (so no later append gets them), written in the opposite order.
    const taken: { id: string }[] = await db.dataSource.query(`SELECT nextval('doc_updates_id_seq') AS id FROM generate_series(1, 2)`);
    const [lower, higher] = taken.map((row) => Number(row.id)).sort((a, b) => a - b);
    const insertWithId = (rowId: number) =>
      db.dataSource.query(`INSERT INTO doc_updates (id, plan_id, "update") VALUES ($1, $2, $3)`, [rowId, planId, Buffer.from([0, 0])]);
    const versions = [await store.version(planId)];
    await insertWithId(higher);
    versions.push(await store.version(planId));
    // Committed later with a lower id (two commits in flight, or another process): the highest id stays.
    await insertWithId(lower);
    versions.push(await store.version(planId));
    expect(new Set(versions).size).toBe(3);
    expect(await store.version("00000000-0000-4000-8000-000000000000")).toBeNull();
  });
});

describe("DocStore state vectors", () => {
  async function storedStateVector(planId: string): Promise<Uint8Array | null> {
    const [row]: { state_vector: Uint8Array | null }[] = await db.dataSource.query(`SELECT state_vector FROM doc_snapshots WHERE plan_id = $1`, [planId]);
    return row.state_vector ? new Uint8Array(row.state_vector) : null;
  }

  it("stores the state vector of the snapshot beside it on creation and compaction, and loads it", async () => {
    const planId = await newPlanId();
    const doc = createPlanDoc();
    await store.createDocument(planId, Y.encodeStateAsUpdate(doc));
    expect(await storedStateVector(planId)).toEqual(Y.encodeStateVector(doc));
    const update = edit(doc, (d) => d.getText("t").insert(0, "typed"));
    const covered = (await store.append([{ planId, update }])).get(planId)!;
    // With a log row after the snapshot the loaded state vector is unknown until the rows are applied.
    expect((await store.load(planId)).stateVector).toBeNull();
    const state = Y.encodeStateAsUpdate(doc);
    await store.compact(planId, state, covered, Y.encodeStateVector(doc));
    expect(await storedStateVector(planId)).toEqual(Y.encodeStateVector(doc));
    expect(await storedStateVector(planId)).toEqual(Y.encodeStateVectorFromUpdate(state));
    expect(new Uint8Array((await store.load(planId)).stateVector!)).toEqual(Y.encodeStateVector(doc));
  });

  it("computes the state vector when compaction is not given one", async () => {
    const planId = await newPlanId();
    const doc = createPlanDoc();
    await store.createDocument(planId, Y.encodeStateAsUpdate(doc));
    const update = edit(doc, (d) => d.getText("t").insert(0, "x"));
    const covered = (await store.append([{ planId, update }])).get(planId)!;
    await store.compact(planId, Y.encodeStateAsUpdate(doc), covered);
    expect(await storedStateVector(planId)).toEqual(Y.encodeStateVector(doc));
  });

  it("fills a missing state vector on load, and forgets one whose state was changed without it", async () => {
    const planId = await newPlanId();
    const doc = createPlanDoc();
    await store.createDocument(planId, Y.encodeStateAsUpdate(doc));
    // A row stored before the column existed.
    await db.dataSource.query(`UPDATE doc_snapshots SET state_vector = NULL WHERE plan_id = $1`, [planId]);
    expect(new Uint8Array((await store.load(planId)).stateVector!)).toEqual(Y.encodeStateVector(doc));
    expect(await storedStateVector(planId)).toEqual(Y.encodeStateVector(doc));
    // A hand-written UPDATE of the state alone: the stored vector no longer belongs to it.
    edit(doc, (d) => d.getText("t").insert(0, "replaced"));
    await db.dataSource.query(`UPDATE doc_snapshots SET state = $2 WHERE plan_id = $1`, [planId, Buffer.from(Y.encodeStateAsUpdate(doc))]);
    expect(await storedStateVector(planId)).toBeNull();
    expect(new Uint8Array((await store.load(planId)).stateVector!)).toEqual(Y.encodeStateVector(doc));
  });

  it("leaves a corrupt snapshot without a state vector (the room refuses it when it decodes the bytes)", async () => {
    const planId = await newPlanId();
    await store.createDocument(planId, Y.encodeStateAsUpdate(createPlanDoc()));
    await db.dataSource.query(`UPDATE doc_snapshots SET state = $2 WHERE plan_id = $1`, [planId, Buffer.from([0xff, 0xff, 0xff, 0xff, 0x0f, 0x01])]);
    expect((await store.load(planId)).stateVector).toBeNull();
    expect(await storedStateVector(planId)).toBeNull();
  });
});

describe("GroupCommit", () => {
  it("writes everything queued in one tick as one row per plan and reports durability", async () => {
    const planId = await newPlanId();
    const committed: number[] = [];
    const commit = new GroupCommit(store, { onCommitted: (_plan, id) => committed.push(id), onDropped: () => undefined });
    const doc = new Y.Doc();
    let durable = 0;
    for (let i = 0; i < 20; i++) {
      const update = edit(doc, (d) => d.getText("t").insert(i, String(i % 10)));
      commit.enqueue({ planId, update, onDurable: () => durable++ });
    }
    await commit.whenDurable(planId);
    expect(durable).toBe(20);
    expect(commit.stats.commits).toBe(1);
    expect(await store.countUpdates(planId)).toBe(1);
    expect(loadDoc((await store.load(planId)).parts).getText("t").toString()).toBe(doc.getText("t").toString());
  });

  it("drops (and reports) writes for a plan that no longer exists, without losing other plans' writes", async () => {
    const planId = await newPlanId();
    const missing = "00000000-0000-4000-8000-000000000000";
    const dropped: string[] = [];
    const commit = new GroupCommit(store, { onCommitted: () => undefined, onDropped: (id) => dropped.push(id) });
    const update = edit(new Y.Doc(), (d) => d.getText("t").insert(0, "kept"));
    let isDurable = false;
    let dropError: unknown;
    commit.enqueue({ planId, update, onDurable: () => (isDurable = true) });
    commit.enqueue({ planId: missing, update, onDropped: (error) => (dropError = error) });
    await Promise.all([commit.whenDurable(planId), commit.whenDurable(missing)]);
    expect(isDurable).toBe(true);
    expect(dropped).toEqual([missing]);
    expect(dropError).toBeDefined();
    expect(await store.countUpdates(planId)).toBe(1);
  });

  it("starts the next commit while one is in flight and settles them in the order they started", async () => {
    const planId = await newPlanId();
    const events: string[] = [];
    let secondReturned: () => void = () => undefined;
    const afterSecond = new Promise<void>((resolve) => (secondReturned = resolve));
    let appends = 0;
    // The first INSERT is held until the second has returned: without a second slot this never ends.
    class HeldFirstAppend extends DocStore {
      override async append(rows: readonly AppendRow[]): Promise<Map<string, number>> {
        const index = ++appends;
        if (index === 1) await afterSecond;
        const lastIds = await super.append(rows);
        events.push(`returned ${index}`);
        if (index === 2) secondReturned();
        return lastIds;
      }
    }
    const heldStore = new HeldFirstAppend(db.dataSource);
    try {
      expect(heldStore.appendParallelism).toBe(db.databaseUrl ? 2 : 1);
      if (heldStore.appendParallelism < 2) return; // PGlite: one connection, commits run one at a time
      const committedIds: number[] = [];
      const commit = new GroupCommit(heldStore, { onCommitted: (_plan, id) => committedIds.push(id), onDropped: () => undefined });
      const doc = new Y.Doc();
      commit.enqueue({ planId, update: edit(doc, (d) => d.getText("t").insert(0, "first")), onDurable: () => events.push("durable 1") });
      await new Promise((resolve) => setImmediate(resolve));
      commit.enqueue({ planId, update: edit(doc, (d) => d.getText("t").insert(0, "second ")), onDurable: () => events.push("durable 2") });
      await commit.whenDurable(planId);
      expect(events).toEqual(["returned 2", "returned 1", "durable 1", "durable 2"]);
      expect(committedIds).toHaveLength(2);
      expect(loadDoc((await store.load(planId)).parts).getText("t").toString()).toBe("second first");
    } finally {
      await heldStore.close();
    }
  });
});
