/**
 * Opening a plan nobody has open, stored as one snapshot: the server answers from the stored bytes
 * without building the document, a client that holds part of it included (it gets a diff of them).
 */
import { describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import { readPlan } from "@planbridge/plan-schema";
import { connectClient, createPlanWorld, type PlanWorld } from "./collab-harness";
import { typeInto, useCollabServer } from "./collab-session";

const session = useCollabServer();
const { synced } = session;

const EDITS = 2_000;

interface StoredPlan {
  /** The document as stored: one snapshot holding the template and EDITS edits. */
  doc: Y.Doc;
  /** The state after half of the edits (what a client that was offline meanwhile holds). */
  halfway: Uint8Array;
}

/** Stores the plan as one compacted snapshot of many edits (with its state vector), as compaction leaves it. */
async function storeLargeSnapshot(world: PlanWorld): Promise<StoredPlan> {
  const doc = new Y.Doc();
  for (const part of (await session.store.load(world.plan.id)).parts) Y.applyUpdate(doc, part);
  let halfway = Y.encodeStateAsUpdate(doc);
  for (let i = 0; i < EDITS; i++) {
    typeInto({ doc }, i % 3, i, `edit ${i} `);
    if (i === EDITS / 2) halfway = Y.encodeStateAsUpdate(doc);
  }
  await session.server.db.dataSource.query(`UPDATE doc_snapshots SET state = $2, state_vector = $3 WHERE plan_id = $1`, [
    world.plan.id,
    Buffer.from(Y.encodeStateAsUpdate(doc)),
    Buffer.from(Y.encodeStateVector(doc)),
  ]);
  return { doc, halfway };
}

function docOf(update: Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update);
  return doc;
}

async function storedDoc(planId: string): Promise<Y.Doc> {
  const doc = new Y.Doc();
  for (const part of (await session.store.load(planId)).parts) Y.applyUpdate(doc, part);
  return doc;
}

describe("opening a plan that is not loaded", () => {
  it("sends a client that holds part of the plan exactly what it lacks, and takes its offline edit", async () => {
    const world = await createPlanWorld(session.server);
    const stored = await storeLargeSnapshot(world);
    const offline = docOf(stored.halfway);
    typeInto({ doc: offline }, 0, 0, "written offline ");
    const expected = docOf(Y.encodeStateAsUpdate(stored.doc));
    Y.applyUpdate(expected, Y.encodeStateAsUpdate(offline));

    const returning = connectClient(session.server.url, world.plan.id, world.cookies.OWNER, offline);
    try {
      await synced(returning);
      await vi.waitFor(() => expect(Y.encodeStateVector(returning.doc)).toEqual(Y.encodeStateVector(expected)));
      expect(readPlan(returning.doc)).toEqual(readPlan(expected));
      await vi.waitFor(() => expect(returning.isSaved()).toBe(true));
      expect(readPlan(await storedDoc(world.plan.id))).toEqual(readPlan(expected));
    } finally {
      returning.destroy();
    }
  });
});
