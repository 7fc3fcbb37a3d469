import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GraphQLTestClient } from "../../test-support/graphql-client";
import { startTestServer, type TestServer } from "../../test-support/test-server";
import { DEMO_PASSWORD, DEMO_PEOPLE, DEMO_PLAN_TITLE } from "./demo-people";
import { seedDemo } from "./demo-seed";
import { DEMO_THREADS } from "./demo-threads";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function counts() {
  const [row] = await server.db.dataSource.query(
    `SELECT (SELECT count(*) FROM users)::int AS users, (SELECT count(*) FROM plans)::int AS plans,
            (SELECT count(*) FROM plan_members)::int AS members, (SELECT count(*) FROM organizations)::int AS orgs,
            (SELECT count(*) FROM comment_threads)::int AS threads`,
  );
  return row;
}

describe("demo seed", () => {
  it("creates the demo organisation and sample plan, and a second run changes nothing", async () => {
    const plan = await seedDemo(server.db.dataSource, server.server.documents, server.server.services.comments);
    const first = await counts();
    expect(first).toEqual({ users: DEMO_PEOPLE.length, plans: 1, members: DEMO_PEOPLE.length, orgs: 1, threads: DEMO_THREADS.length });
    const again = await seedDemo(server.db.dataSource, server.server.documents, server.server.services.comments);
    expect(again.id).toBe(plan.id);
    expect(await counts()).toEqual(first);
  });

  it("gives the contract logins their roles, and the sample plan realistic sections with one reviewer per tactic", async () => {
    const roles: Record<string, string> = {};
    for (const email of ["maya@acme.test", "leo@acme.test", "rita@acme.test", "dan@acme.test"]) {
      const client = new GraphQLTestClient(server.url);
      expect((await client.login(email, DEMO_PASSWORD)).errors).toBeUndefined();
      const { data } = await client.request(`query { plans { id title myRole } }`);
      expect(data?.plans[0].title).toBe(DEMO_PLAN_TITLE);
      roles[email] = data?.plans[0].myRole;
    }
    expect(roles).toEqual({ "maya@acme.test": "OWNER", "leo@acme.test": "EDITOR", "rita@acme.test": "COMMENTER", "dan@acme.test": "APPROVER" });

    const plan = (await server.db.dataSource.query(`SELECT id FROM plans`))[0];
    const content = await server.server.documents.readPlan(plan.id);
    const tactics = content.sections.filter((section) => section.kind === "tactic");
    expect(tactics).toHaveLength(6);
    expect(new Set(tactics.map((tactic) => tactic.reviewerId)).size).toBe(6);
    expect(content.sections.find((section) => section.kind === "summary")).toMatchObject({ text: expect.stringContaining("mid-market") });
  });

  it("shows comments out of the box: rita's thread on a lead-scoring phrase and a council member's suggested edit", async () => {
    const rita = new GraphQLTestClient(server.url);
    await rita.login("rita@acme.test", DEMO_PASSWORD);
    const planId = (await rita.request(`query { plans { id } }`)).data?.plans[0].id;
    const { data, errors } = await rita.request(
      `query($id: ID!) { plan(id: $id) { threads { quote isOrphaned sectionId suggestion status author { email } comments { author { email } } } } }`,
      { id: planId },
    );
    expect(errors).toBeUndefined();
    expect(data?.plan.threads).toEqual([
      expect.objectContaining({ quote: "two engagements in 30 days", isOrphaned: false, sectionId: "lead-scoring", status: "OPEN", author: { email: "rita@acme.test" }, comments: [{ author: { email: "rita@acme.test" } }, { author: { email: "leo@acme.test" } }] }),
      expect.objectContaining({ quote: "within 5 minutes", suggestion: "within 15 minutes", isOrphaned: false, author: { email: "kenji@acme.test" } }),
    ]);
    const maya = new GraphQLTestClient(server.url);
    await maya.login("maya@acme.test", DEMO_PASSWORD);
    expect((await maya.request(`query { notifications { kind actor { email } } }`)).data?.notifications).toEqual([{ kind: "MENTION", actor: { email: "rita@acme.test" } }]);
  });
});
