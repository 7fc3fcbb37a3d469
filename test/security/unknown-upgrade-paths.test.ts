/**
 * Issue 8, finding 2: an upgrade request to a path no endpoint serves is answered and closed by the
 * server, never left open (each one held a socket and a file descriptor until restart).
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../server/src/test-support/test-server";
import { rawUpgrade } from "./raw-socket";

let app: TestServer;
beforeAll(async () => {
  app = await startTestServer();
});
afterAll(async () => {
  await app?.close();
});

it("answers 404 and closes upgrade requests to paths other than /collab", { timeout: 20_000 }, async () => {
  const paths = ["/", "/graphql", "/healthz", "/collabx", "/nope/collab/x", "/ws?x=/collab"];
  const raws = Array.from({ length: 300 }, (_, i) => rawUpgrade(app.port, paths[i % paths.length]));
  // Each socket resolves `closed` only when the server ends it: the client never closes its side.
  await Promise.all(raws.map((raw) => raw.closed));
  for (const raw of raws) expect(raw.received().toString("latin1")).toMatch(/^HTTP\/1\.1 404 /);
  expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
});
