/**
 * The plan page reads section metadata from views cached per document version: every way the
 * document can change (a client's edit on the live document, a row appended to the log by another
 * process, a compaction) shows in the next `plan(id)`, and an unchanged plan is not decoded again.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import { anchorPhrase, getSectionFragment, listSections, paragraphElement, renameSection } from "@planbridge/plan-schema";
import { startTestServer, type TestServer } from "../../server/src/test-support/test-server";
import { createOrganization, createPlan, createUser, sessionCookie } from "../../server/src/test-support/fixtures";
import { GraphQLTestClient } from "../../server/src/test-support/graphql-client";
import { DocStore } from "../../server/src/modules/collaboration/doc-store";
import { connectClient } from "./collab-harness";

const PLAN_SECTIONS = `query ($id: ID!) { plan(id: $id) { sections { id title } } }`;

let app: TestServer;
let store: DocStore;
beforeAll(async () => {
  app = await startTestServer();
  store = new DocStore(app.db.dataSource);
});
afterAll(async () => {
  await app?.close();
});

async function planWithOwner() {
  const { dataSource } = app.db;
  const owner = await createUser(dataSource, { organizationId: (await createOrganization(dataSource)).id });
  const plan = await createPlan(dataSource, app.server.documents, { owner });
  const cookie = await sessionCookie(app.server.sessions, owner.id);
  return { plan, owner, cookie, graphql: new GraphQLTestClient(app.url, cookie) };
}

async function titles(graphql: GraphQLTestClient, planId: string): Promise<string[]> {
  const response = await graphql.request<{ plan: { sections: { title: string }[] } }>(PLAN_SECTIONS, { id: planId });
  expect(response.errors).toBeUndefined();
  return response.data!.plan.sections.map((section) => section.title);
}

/** The stored document as a Y.Doc, as another server process would hold it. */
async function storedDoc(planId: string): Promise<Y.Doc> {
  const doc = new Y.Doc();
  for (const part of (await store.load(planId)).parts) Y.applyUpdate(doc, part);
  return doc;
}

describe("plan(id) sections", () => {
  it("are decoded once per stored version and follow appended rows and compactions", async () => {
    const { plan, graphql } = await planWithOwner();
    const views = app.server.documents.views;
    const first = await titles(graphql, plan.id);
    const decodes = views.decodes;
    expect(await titles(graphql, plan.id)).toEqual(first);
    expect(views.decodes).toBe(decodes);

    // Another process appends an update (a rename) to the log: the version moves, the page follows.
    const doc = await storedDoc(plan.id);
    const before = Y.encodeStateVector(doc);
    renameSection(doc, listSections(doc)[0].id, "Renamed through the log");
    const covered = (await store.append([{ planId: plan.id, update: Y.encodeStateAsUpdate(doc, before) }])).get(plan.id)!;
    expect((await titles(graphql, plan.id))[0]).toBe("Renamed through the log");

    // A compaction replaces the snapshot (here with one more rename): the page follows again.
    renameSection(doc, listSections(doc)[0].id, "Renamed by a compaction");
    await store.compact(plan.id, Y.encodeStateAsUpdate(doc), covered, Y.encodeStateVector(doc));
    expect((await titles(graphql, plan.id))[0]).toBe("Renamed by a compaction");
    const afterCompaction = views.decodes;
    expect((await titles(graphql, plan.id))[0]).toBe("Renamed by a compaction");
    expect(views.decodes).toBe(afterCompaction);
  });

  it("share one stored-version lookup with the threads' anchors within one request", async () => {
    const { plan, owner, graphql } = await planWithOwner();
    // Written as another process would (the log), so the document stays stored, not loaded here.
    const doc = await storedDoc(plan.id);
    const before = Y.encodeStateVector(doc);
    getSectionFragment(doc, listSections(doc)[0].id).insert(0, [paragraphElement("Grow pipeline with partner webinars.")]);
    await store.append([{ planId: plan.id, update: Y.encodeStateAsUpdate(doc, before) }]);
    const anchor = anchorPhrase(doc, listSections(doc)[0].id, "partner webinars");
    expect(anchor).not.toBeNull();
    await app.server.services.comments.createThread(owner, { planId: plan.id, body: "Which partners?", anchor });
    expect(app.server.collaboration.isLoaded(plan.id)).toBe(false);
    const versionLookups = vi.spyOn(DocStore.prototype, "version");
    try {
      const page = await graphql.request<{ plan: { sections: unknown[]; threads: { isOrphaned: boolean }[] } }>(
        `query ($id: ID!) { plan(id: $id) { sections { id } threads { isOrphaned } } }`,
        { id: plan.id },
      );
      expect(page.errors).toBeUndefined();
      expect(page.data!.plan.threads).toEqual([{ isOrphaned: false }]);
      expect(versionLookups).toHaveBeenCalledTimes(1);
    } finally {
      versionLookups.mockRestore();
    }
  });

  it("follow a live edit at once, before and after it is durable", async () => {
    const { plan, cookie, graphql } = await planWithOwner();
    const { port } = new URL(app.url);
    expect((await titles(graphql, plan.id))[0]).not.toBe("Renamed live");
    const client = connectClient(`ws://127.0.0.1:${port}`, plan.id, cookie);
    try {
      await vi.waitFor(() => expect(client.provider.synced).toBe(true));
      expect((await titles(graphql, plan.id))[0]).not.toBe("Renamed live");
      renameSection(client.doc, listSections(client.doc)[0].id, "Renamed live");
      await vi.waitFor(async () => expect((await titles(graphql, plan.id))[0]).toBe("Renamed live"));
      await vi.waitFor(() => expect(client.isSaved()).toBe(true));
      renameSection(client.doc, listSections(client.doc)[0].id, "Renamed twice");
      await vi.waitFor(async () => expect((await titles(graphql, plan.id))[0]).toBe("Renamed twice"));
    } finally {
      client.destroy();
    }
    // Once the plan unloads, the stored version answers with the same content.
    await vi.waitFor(async () => expect((await titles(graphql, plan.id))[0]).toBe("Renamed twice"));
  });
});
