/** The collaboration endpoint as the real application wires it: same HTTP server as GraphQL. */
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import * as Y from "yjs";
import { getSectionFragment, readPlan } from "@planbridge/plan-schema";
import { startTestServer, type TestServer } from "../../server/src/test-support/test-server";
import { createOrganization, createPlan, createUser, sessionCookie } from "../../server/src/test-support/fixtures";
import { connectClient } from "./collab-harness";

let app: TestServer;
beforeAll(async () => {
  app = await startTestServer();
});
afterAll(async () => {
  await app?.close();
});

it("serves /collab/<planId> next to /graphql and stores edits durably", async () => {
  const { dataSource } = app.db;
  const organizationId = (await createOrganization(dataSource)).id;
  const owner = await createUser(dataSource, { organizationId });
  const plan = await createPlan(dataSource, app.server.documents, { owner });
  const client = connectClient(`ws://127.0.0.1:${app.port}`, plan.id, await sessionCookie(app.server.sessions, owner.id));
  try {
    await vi.waitFor(() => expect(client.provider.synced).toBe(true));
    const summary = readPlan(client.doc).sections[0];
    (getSectionFragment(client.doc, summary.id).get(0) as Y.XmlElement).insert(0, [new Y.XmlText("Grow EMEA pipeline")]);
    await vi.waitFor(() => expect(client.isSaved()).toBe(true));
    expect((await app.server.documents.readPlan(plan.id)).sections[0].text).toBe("Grow EMEA pipeline");
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
  } finally {
    client.destroy();
  }
});
