/**
 * Text edits keep a plan's "Updated" time and the list's order current: they reach the database through
 * the collaboration log, and the server stamps `plans.updated_at` from those commits, coalesced.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import { getSectionFragment, readPlan } from "@planbridge/plan-schema";
import { PlanEditClock } from "../../server/src/modules/plans/plan-edit-clock";
import { PlanRepository } from "../../server/src/modules/plans/plan.repository";
import { Plan } from "../../server/src/modules/plans/plan.entity";
import { createOrganization, createPlan, createUser, sessionCookie } from "../../server/src/test-support/fixtures";
import { startTestServer, type TestServer } from "../../server/src/test-support/test-server";
import { connectClient } from "./collab-harness";

let app: TestServer;
beforeAll(async () => {
  app = await startTestServer();
});
afterAll(async () => {
  await app?.close();
});

async function listPlans(cookie: string): Promise<{ id: string; updatedAt: string }[]> {
  const response = await fetch(`${app.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify({ query: "{ plans { id updatedAt } }" }),
  });
  const body = (await response.json()) as { data: { plans: { id: string; updatedAt: string }[] } };
  return body.data.plans;
}

describe("a plan's updatedAt follows text edits", () => {
  it("typing in the older plan moves it to the top of the list with a newer time", async () => {
    const { dataSource } = app.db;
    const organizationId = (await createOrganization(dataSource)).id;
    const owner = await createUser(dataSource, { organizationId });
    const older = await createPlan(dataSource, app.server.documents, { owner, title: "Older" });
    const newer = await createPlan(dataSource, app.server.documents, { owner, title: "Newer" });
    const cookie = await sessionCookie(app.server.sessions, owner.id);
    const before = await listPlans(cookie);
    expect(before.map((plan) => plan.id)).toEqual([newer.id, older.id]);

    const client = connectClient(`ws://127.0.0.1:${app.port}`, older.id, cookie);
    try {
      await vi.waitFor(() => expect(client.provider.synced).toBe(true));
      const summary = readPlan(client.doc).sections[0];
      (getSectionFragment(client.doc, summary.id).get(0) as Y.XmlElement).insert(0, [new Y.XmlText("Pipeline first")]);
      await vi.waitFor(() => expect(client.isSaved()).toBe(true));
      await vi.waitFor(async () => expect((await listPlans(cookie)).map((plan) => plan.id)).toEqual([older.id, newer.id]));
      const after = (await listPlans(cookie)).find((plan) => plan.id === older.id)!;
      expect(Date.parse(after.updatedAt)).toBeGreaterThan(Date.parse(before.find((plan) => plan.id === newer.id)!.updatedAt));
    } finally {
      client.destroy();
    }
  });
});

describe("PlanEditClock", () => {
  it("writes the first edit at once, then at most one UPDATE per interval for every plan edited meanwhile", async () => {
    const { dataSource } = app.db;
    const organizationId = (await createOrganization(dataSource)).id;
    const owner = await createUser(dataSource, { organizationId });
    const first = await createPlan(dataSource, app.server.documents, { owner });
    const second = await createPlan(dataSource, app.server.documents, { owner });
    const repository = new PlanRepository(dataSource);
    const writes: string[][] = [];
    const clock = new PlanEditClock(
      { markEdited: (edits) => (writes.push([...edits.keys()]), repository.markEdited(edits)) },
      60_000,
    );
    const updatedAt = async (id: string) => (await dataSource.getRepository(Plan).findOneByOrFail({ id })).updatedAt.getTime();
    const stampedAt = await updatedAt(first.id);

    clock.noteEdit(first.id);
    await vi.waitFor(() => expect(writes).toEqual([[first.id]]));
    await vi.waitFor(async () => expect(await updatedAt(first.id)).toBeGreaterThan(stampedAt));
    // A burst of keystrokes in both plans within the interval: nothing written until it ends.
    for (let keystroke = 0; keystroke < 50; keystroke++) {
      clock.noteEdit(first.id);
      clock.noteEdit(second.id);
    }
    expect(writes).toHaveLength(1);
    const secondBefore = await updatedAt(second.id);
    await clock.flush();
    expect(writes).toEqual([[first.id], [first.id, second.id]]);
    expect(await updatedAt(second.id)).toBeGreaterThan(secondBefore);
  });
});
