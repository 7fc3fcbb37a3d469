/**
 * Repositories compose in the caller's transaction: creating a plan writes the plan, its owner's
 * membership and its first document together, so a failure in the last step leaves nothing behind.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { createTestDatabase, type TestDatabase } from "../../db/test-database";
import { createRepositories, createPlanService, type Repositories } from "../../services";
import { createOrganization, createUser } from "../../test-support/fixtures";
import { DocStore } from "../collaboration/doc-store";
import type { User } from "../users/user.entity";
import type { PlanDocuments } from "./plan-documents.port";

let db: TestDatabase;
let repositories: Repositories;
let owner: User;

beforeAll(async () => {
  db = await createTestDatabase();
  repositories = createRepositories(db.dataSource);
  owner = await createUser(db.dataSource, { organizationId: (await createOrganization(db.dataSource)).id });
});
afterAll(() => db.destroy());

/** The real document store, failing right after it has written the document in the caller's transaction. */
function failingDocuments(): PlanDocuments {
  const store = new DocStore(db.dataSource);
  return {
    async createDocument(planId, doc, manager) {
      if (!manager) throw new Error("createDocument was called outside the plan's transaction");
      await store.createDocument(planId, Y.encodeStateAsUpdate(doc), manager);
      throw new Error("disk full");
    },
    readPlan: () => Promise.reject(new Error("not used")),
    change: () => Promise.reject(new Error("not used")),
  };
}

describe("PlanService.create", () => {
  it("rolls back the plan, the owner's membership and the document when storing the document fails", async () => {
    const plans = createPlanService(repositories, failingDocuments());
    await expect(plans.create(owner, "Doomed plan")).rejects.toThrow("disk full");
    expect(await repositories.plans.listForMember(owner.id, owner.organizationId, {})).toEqual([]);
    const [{ count }] = await db.dataSource.query<{ count: string }[]>(`SELECT count(*) FROM plan_members WHERE user_id = $1`, [owner.id]);
    expect(Number(count)).toBe(0);
    const [{ snapshots }] = await db.dataSource.query<{ snapshots: string }[]>(`SELECT count(*) AS snapshots FROM doc_snapshots`);
    expect(Number(snapshots)).toBe(0);
  });
});
