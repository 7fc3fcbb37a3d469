/**
 * A server whose mail goes to a real SMTP sink, with a plan whose first section holds text to anchor to:
 * the owner (marketing, admin), an editor, a field rep (COMMENTER), a council member (COMMENTER, reviewer
 * of the first tactic, seated for EMEA), a viewer, a colleague outside the plan and another organisation.
 */
import { anchorPhrase, listSections } from "@planbridge/plan-schema";
import type { Plan } from "../modules/plans/plan.entity";
import type { User } from "../modules/users/user.entity";
import { CouncilSeatKind } from "../modules/council/council-member.entity";
import { PlanRole } from "../policies/plan-role";
import { writeSummary } from "./comment-world";
import { addMember, createOrganization, createPlan, createUser, sessionCookie } from "./fixtures";
import { GraphQLTestClient } from "./graphql-client";
import { startSmtpSink, type SmtpSink } from "./smtp-sink";
import { startTestServer, type TestServer } from "./test-server";

export type CouncilPerson = "owner" | "editor" | "rep" | "councillor" | "viewer" | "outsider" | "foreigner";

export interface CouncilWorld {
  server: TestServer;
  sink: SmtpSink;
  plan: Plan;
  firstTacticId: string;
  users: Record<CouncilPerson, User>;
  as: Record<CouncilPerson | "anonymous", GraphQLTestClient>;
  anchor(phrase: string): Promise<NonNullable<ReturnType<typeof anchorPhrase>>>;
  close(): Promise<void>;
}

export async function createCouncilWorld(): Promise<CouncilWorld> {
  const sink = await startSmtpSink();
  const server = await startTestServer({ mail: { smtpUrl: sink.url, from: "planbridge <no-reply@acme.test>" }, publicUrl: "https://plans.acme.test" });
  const { dataSource } = server.db;
  const acme = await createOrganization(dataSource, "Acme");
  const globex = await createOrganization(dataSource, "Globex");
  const person = (name: string, organizationId = acme.id, isAdmin = false) =>
    createUser(dataSource, { organizationId, name, isAdmin, email: `${name.split(" ")[0].toLowerCase()}-${Math.random().toString(36).slice(2, 8)}@acme.test` });
  const users: Record<CouncilPerson, User> = {
    owner: await person("Maya Marketing", acme.id, true),
    editor: await person("Leo Editor"),
    rep: await person("Rita Rep"),
    councillor: await person("Amara Council"),
    viewer: await person("Vera Viewer"),
    outsider: await person("Otto Outsider"),
    foreigner: await person("Gus Globex", globex.id, true),
  };
  const plan = await createPlan(dataSource, server.server.documents, { owner: users.owner, title: "FY27 council plan" });
  await addMember(dataSource, plan.id, users.editor.id, PlanRole.EDITOR);
  await addMember(dataSource, plan.id, users.rep.id, PlanRole.COMMENTER);
  await addMember(dataSource, plan.id, users.councillor.id, PlanRole.COMMENTER);
  await addMember(dataSource, plan.id, users.viewer.id, PlanRole.VIEWER);
  await writeSummary(server.server.documents, plan.id);
  const { plans, council } = server.server.services;
  const firstTacticId = (await plans.sections(plan)).find((section) => section.kind === "tactic")!.id;
  await plans.assignReviewer(users.owner, plan.id, firstTacticId, users.councillor.id);
  await council.setMember(users.owner, { userId: users.councillor.id, kind: CouncilSeatKind.REGION, region: "EMEA", termStart: "2026-01-01" });
  const as = { anonymous: new GraphQLTestClient(server.url) } as CouncilWorld["as"];
  for (const who of Object.keys(users) as CouncilPerson[]) as[who] = new GraphQLTestClient(server.url, await sessionCookie(server.server.sessions, users[who].id));
  return {
    server,
    sink,
    plan,
    firstTacticId,
    users,
    as,
    async anchor(phrase) {
      const anchor = await server.server.documents.read(plan.id, (doc) => anchorPhrase(doc, listSections(doc)[0].id, phrase));
      if (!anchor) throw new Error(`"${phrase}" is not in the plan`);
      return anchor;
    },
    async close() {
      await server.close();
      await sink.close();
    },
  };
}
