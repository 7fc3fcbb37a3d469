/**
 * Issue 8, finding 1: a socket the collaboration server refuses (4401, 4403, 4404) still gets frames
 * until the close handshake ends; a malformed one must never crash the process.
 */
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { collabPath } from "@planbridge/protocol";
import { startTestServer, type TestServer } from "../../server/src/test-support/test-server";
import { createOrganization, createPlan, createUser, sessionCookie } from "../../server/src/test-support/fixtures";
import { connectClient } from "../collab/collab-harness";
import { handshakeDone, INVALID_UTF8_FRAME, OVERSIZED_FRAME_HEADER, rawUpgrade } from "./raw-socket";

let app: TestServer;
beforeAll(async () => {
  app = await startTestServer();
});
afterAll(async () => {
  await app?.close();
});

it("survives malformed frames on refused sockets and keeps serving", async () => {
  const { dataSource } = app.db;
  const organizationId = (await createOrganization(dataSource)).id;
  const owner = await createUser(dataSource, { organizationId });
  const outsider = await createUser(dataSource, { organizationId });
  const plan = await createPlan(dataSource, app.server.documents, { owner });
  const ownerCookie = await sessionCookie(app.server.sessions, owner.id);
  const refusals: { path: string; headers: Record<string, string> }[] = [
    { path: collabPath(plan.id), headers: {} }, // 4401: no cookie
    { path: collabPath(plan.id), headers: { cookie: await sessionCookie(app.server.sessions, outsider.id) } }, // 4403
    { path: collabPath("6d3f1c2a-0000-4000-8000-000000000000"), headers: { cookie: ownerCookie } }, // 4404
  ];
  for (const { path, headers } of refusals) {
    for (const bytes of [INVALID_UTF8_FRAME, OVERSIZED_FRAME_HEADER]) {
      const raw = rawUpgrade(app.port, path, headers);
      expect(await handshakeDone(raw)).toMatch(/^HTTP\/1\.1 101/);
      raw.socket.write(bytes);
      await raw.closed;
    }
  }
  // Still serving: HTTP answers and a member syncs the plan.
  expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
  const client = connectClient(`ws://127.0.0.1:${app.port}`, plan.id, ownerCookie);
  try {
    await vi.waitFor(() => expect(client.provider.synced).toBe(true));
  } finally {
    client.destroy();
  }
});
