/**
 * A running server with two organisations and signed-in clients, the starting point of every resolver
 * test: "acme" has an owner (admin), an editor, a commenter and an outsider who is not in the plan;
 * "globex" is another organisation with its own admin.
 */
import type { Env } from "../config/env";
import type { Plan } from "../modules/plans/plan.entity";
import type { User } from "../modules/users/user.entity";
import { PlanRole } from "../policies/plan-role";
import { addMember, createOrganization, createPlan, createUser, sessionCookie } from "./fixtures";
import { GraphQLTestClient } from "./graphql-client";
import { startTestServer, type TestServer } from "./test-server";

export interface GraphQLWorld {
  server: TestServer;
  plan: Plan;
  users: Record<"owner" | "editor" | "commenter" | "outsider" | "foreigner", User>;
  as: Record<"anonymous" | "owner" | "editor" | "commenter" | "outsider" | "foreigner", GraphQLTestClient>;
  clientFor(user: User): Promise<GraphQLTestClient>;
}

export async function createGraphQLWorld(env: Partial<Env> = {}): Promise<GraphQLWorld> {
  const server = await startTestServer(env);
  const { dataSource } = server.db;
  const acme = await createOrganization(dataSource, "Acme");
  const globex = await createOrganization(dataSource, "Globex");
  const users = {
    owner: await createUser(dataSource, { organizationId: acme.id, name: "Olivia Owner", isAdmin: true }),
    editor: await createUser(dataSource, { organizationId: acme.id, name: "Eddie Editor" }),
    commenter: await createUser(dataSource, { organizationId: acme.id, name: "Cora Commenter" }),
    outsider: await createUser(dataSource, { organizationId: acme.id, name: "Otto Outsider" }),
    foreigner: await createUser(dataSource, { organizationId: globex.id, name: "Gus Globex", isAdmin: true }),
  };
  const plan = await createPlan(dataSource, server.server.documents, { owner: users.owner, title: "FY27 plan" });
  await addMember(dataSource, plan.id, users.editor.id, PlanRole.EDITOR);
  await addMember(dataSource, plan.id, users.commenter.id, PlanRole.COMMENTER);
  const clientFor = async (user: User) => new GraphQLTestClient(server.url, await sessionCookie(server.server.sessions, user.id));
  return {
    server,
    plan,
    users,
    as: {
      anonymous: new GraphQLTestClient(server.url),
      owner: await clientFor(users.owner),
      editor: await clientFor(users.editor),
      commenter: await clientFor(users.commenter),
      outsider: await clientFor(users.outsider),
      foreigner: await clientFor(users.foreigner),
    },
    clientFor,
  };
}
