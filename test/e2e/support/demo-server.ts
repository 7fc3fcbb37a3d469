/** The real server (port 0, fresh database, built client) with the demo organisation and sample plan. */
import type { Browser } from "playwright-core";
import { afterAll, afterEach, beforeAll } from "vitest";
import { seedDemo } from "../../../server/src/db/seed/demo-seed";
import { User } from "../../../server/src/modules/users/user.entity";
import { startTestServer, type TestServer } from "../../../server/src/test-support/test-server";
import { launchBrowser, takeBrowserProblems } from "./browser";

export const DEMO_PASSWORD = "planbridge-demo";
export const SAMPLE_PLAN_TITLE = "FY27 Growth Plan: Mid-Market";

export const DEMO_LOGINS = {
  owner: { email: "maya@acme.test", name: "Maya Okafor" },
  editor: { email: "leo@acme.test", name: "Leo Fischer" },
  commenter: { email: "rita@acme.test", name: "Rita Gomez" },
  approver: { email: "dan@acme.test", name: "Dan Morales" },
} as const;

export interface DemoServer {
  url: string;
  planId: string;
  testServer: TestServer;
  close(): Promise<void>;
}

export async function startDemoServer(): Promise<DemoServer> {
  const testServer = await startTestServer();
  // With the demo threads, as `pnpm start` seeds them: the comments panel opens on real conversations.
  const plan = await seedDemo(testServer.db.dataSource, testServer.server.documents, testServer.server.services.comments);
  return { url: testServer.url, planId: plan.id, testServer, close: () => testServer.close() };
}

/** Maya cuts the next version of the sample plan and Dan approves it, through the services; returns its id. */
export async function approveNextVersion(server: DemoServer, name: string): Promise<string> {
  const { services } = server.testServer.server;
  const users = server.testServer.db.dataSource.getRepository(User);
  const maya = await users.findOneByOrFail({ email: DEMO_LOGINS.owner.email });
  const dan = await users.findOneByOrFail({ email: DEMO_LOGINS.approver.email });
  const version = await services.versions.cut(maya, server.planId, name);
  await services.signoffs.requestSignoff(maya, version.id, [{ approverId: dan.id, sectionIds: null }]);
  await services.signoffs.approve(dan, version.id);
  return version.id;
}

/** The demo server and one browser for a test file: started before its tests, closed after them. */
export function useDemoServerAndBrowser(): { readonly server: DemoServer; readonly browser: Browser } {
  const world = {} as { server: DemoServer; browser: Browser };
  beforeAll(async () => {
    [world.server, world.browser] = await Promise.all([startDemoServer(), launchBrowser()]);
  });
  afterEach(() => {
    const problems = takeBrowserProblems();
    if (problems.length > 0) throw new Error(`The browser reported ${problems.length} error(s):\n${problems.join("\n")}`);
  });
  afterAll(async () => {
    await world.browser?.close();
    await world.server?.close();
  });
  return world;
}
