/**
 * PostgreSQL goes away (this test's database only: sessions terminated, new ones refused) while two
 * writers edit: the server stays up, the writers keep seeing each other's edits, acks stop and the
 * writer is told its edits are held (SaveStalled: the client shows "Not saved — retrying"), GraphQL
 * answers SERVICE_UNAVAILABLE, /readyz 503. When the database returns, the held edits are committed and
 * acknowledged without any client action. Past MAX_UNSAVED_BYTES writers are refused with 4507 and
 * nothing acknowledged is lost. FAULTS_LONG=1 keeps the database away for 30 s.
 */
import { afterEach, expect, it, vi } from "vitest";
import * as Y from "yjs";
import { readPlan } from "@planbridge/plan-schema";
import { CloseCode, MessageType } from "@planbridge/protocol";
import { startTestServer, type TestServer } from "../../server/src/test-support/test-server";
import { connectClient, type TestClient } from "../collab/collab-harness";
import { createFaultPlan, faultText, setDatabaseReachable, storedDoc, type FaultPlan } from "./fault-support";

const OUTAGE_MS = process.env.FAULTS_LONG === "1" ? 30_000 : 0;
const patience = { timeout: 20_000 };

let server: TestServer | undefined;
const clients: TestClient[] = [];
afterEach(async () => {
  clients.splice(0).forEach((client) => client.destroy());
  if (server?.db.databaseUrl) await setDatabaseReachable(server.db.databaseUrl, true);
  await server?.close();
  server = undefined;
});

async function start(maxUnsavedBytes?: number): Promise<{ server: TestServer; plan: FaultPlan; ws: string }> {
  server = await startTestServer({}, maxUnsavedBytes ? { collaboration: { maxUnsavedBytes } } : {});
  return { server, plan: await createFaultPlan(server.db), ws: `ws://127.0.0.1:${server.port}` };
}

function join(ws: string, plan: FaultPlan): TestClient & { stalls: number } {
  const client = Object.assign(connectClient(ws, plan.planId, plan.cookie), { stalls: 0 });
  client.provider.messageHandlers[MessageType.SaveStalled] = () => client.stalls++;
  clients.push(client);
  return client;
}

async function graphql(server: TestServer, cookie: string) {
  const response = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify({ query: "{ me { id } }" }),
  });
  return { status: response.status, body: (await response.json()) as { errors?: { message: string; extensions: { code: string } }[] } };
}

const readyStatus = async (server: TestServer) => (await fetch(`${server.url}/readyz`)).status;

it("keeps editing live through an outage, then commits and acknowledges the held edits", { timeout: 120_000 }, async () => {
  const { server, plan, ws } = await start();
  const [alice, bob] = [join(ws, plan), join(ws, plan)];
  await vi.waitFor(() => expect(alice.provider.synced && bob.provider.synced).toBe(true), patience);
  faultText(alice.doc).insert(0, "before ");
  await vi.waitFor(() => expect(alice.isSaved()).toBe(true), patience);
  expect(await readyStatus(server)).toBe(200);

  await setDatabaseReachable(server.db.databaseUrl!, false);
  faultText(alice.doc).insert(0, "during ");
  faultText(bob.doc, 1).insert(0, "bob too ");
  // Live editing continues between connected clients.
  await vi.waitFor(() => expect(readPlan(bob.doc).sections[0].text).toContain("during"), patience);
  await vi.waitFor(() => expect(readPlan(alice.doc).sections[1].text).toContain("bob too"), patience);
  // Acks stop; the writers are told their edits are held.
  await vi.waitFor(() => expect(alice.stalls + bob.stalls).toBeGreaterThan(0), patience);
  expect(alice.isSaved()).toBe(false);
  const answer = await graphql(server, plan.cookie);
  expect(answer.status).toBe(503);
  expect(answer.body.errors?.[0].extensions.code).toBe("SERVICE_UNAVAILABLE");
  expect(answer.body.errors?.[0].message).toMatch(/database is unavailable/);
  expect(await readyStatus(server)).toBe(503);
  expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  if (OUTAGE_MS > 0) {
    // The long form: keep typing through a 30 s outage.
    const deadline = Date.now() + OUTAGE_MS;
    while (Date.now() < deadline) {
      faultText(alice.doc).insert(0, "x");
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  const returned = Date.now();
  await setDatabaseReachable(server.db.databaseUrl!, true);
  await vi.waitFor(() => expect(alice.isSaved() && bob.isSaved()).toBe(true), patience);
  const recoveryMs = Date.now() - returned;
  await vi.waitFor(async () => expect(await readyStatus(server)).toBe(200), patience);
  expect((await graphql(server, plan.cookie)).body.errors).toBeUndefined();
  const stored = await storedDoc(plan);
  for (const client of [alice, bob]) expect(Y.getState(stored.store, client.doc.clientID)).toBe(Y.getState(client.doc.store, client.doc.clientID));
  expect(readPlan(stored).sections[0].text).toContain("during before");
  console.info(`[faults] database outage: held ${server.server.collaboration.commitStats().failures} failed commits, acked everything ${recoveryMs} ms after the database returned, lost 0`);
});

it("past the unsaved-bytes bound refuses writers with 4507 and loses nothing acknowledged", { timeout: 120_000 }, async () => {
  const { server, plan, ws } = await start(4096);
  const writer = join(ws, plan);
  const closeCodes: number[] = [];
  writer.provider.on("connection-close", (event) => event && closeCodes.push(event.code));
  await vi.waitFor(() => expect(writer.provider.synced).toBe(true), patience);
  faultText(writer.doc).insert(0, "saved first ");
  await vi.waitFor(() => expect(writer.isSaved()).toBe(true), patience);
  const ackedClock = writer.savedClock();

  await setDatabaseReachable(server.db.databaseUrl!, false);
  for (let i = 0; !closeCodes.includes(CloseCode.SavesPaused); i++) {
    faultText(writer.doc).insert(0, `${"held edit ".repeat(20)}${i} `);
    await new Promise((resolve) => setImmediate(resolve));
    if (i > 10_000) throw new Error("never refused");
  }
  expect(server.server.collaboration.unsavedBytes()).toBeLessThanOrEqual(4096);
  expect(writer.isSaved()).toBe(false);

  await setDatabaseReachable(server.db.databaseUrl!, true);
  // The writer reconnects by itself and its edits (held by the server, or still only in the client) are saved.
  await vi.waitFor(() => expect(writer.provider.synced && writer.isSaved()).toBe(true), { timeout: 30_000 });
  const stored = await storedDoc(plan);
  expect(Y.getState(stored.store, writer.doc.clientID)).toBe(Y.getState(writer.doc.store, writer.doc.clientID));
  expect(Y.getState(stored.store, writer.doc.clientID)).toBeGreaterThanOrEqual(ackedClock);
});
