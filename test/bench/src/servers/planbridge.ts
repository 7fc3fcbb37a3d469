/**
 * planbridge's server as deployed: createServer over PostgreSQL (the bench's database), in production
 * mode. The same process also serves the same schema through bare graphql-js (the GraphQL baseline),
 * so both endpoints share data, pool and caches and only the HTTP/Apollo layer differs.
 */
// First: the data source module loads reflect-metadata, which every decorated class below needs.
import { createDataSource } from "@planbridge/server/dist/db/data-source";
import { createServer, type PlanbridgeServer } from "@planbridge/server/dist/app";
import { loadEnv } from "@planbridge/server/dist/config/env";
import { addMember, createOrganization, createPlan, createUser, sessionCookie } from "@planbridge/server/dist/test-support/fixtures";
import { PlanRole } from "@planbridge/server/dist/policies/plan-role";
import type { Organization } from "@planbridge/server/dist/modules/organizations/organization.entity";
import { startBareGraphql } from "./bare-graphql";
import { listen, serveBench } from "./child-ipc";

interface CreatePlanParams {
  editors?: number;
  viewers?: number;
}

async function main(): Promise<void> {
  const databaseUrl = process.env.BENCH_DATABASE_URL;
  if (!databaseUrl) throw new Error("BENCH_DATABASE_URL is not set");
  let statements = 0;
  const dataSource = createDataSource({ databaseUrl, onQuery: () => statements++ });
  await dataSource.initialize();
  await dataSource.runMigrations();
  const env = loadEnv({ NODE_ENV: "production", DATABASE_URL: databaseUrl, PORT: "0", HOST: "127.0.0.1" });
  const server = await createServer({ env, dataSource });
  const port = await listen(server.httpServer);
  const bare = await startBareGraphql(server.services);
  let organization: Organization | undefined;

  serveBench(
    port,
    {
      createPlan: async (params) => {
        organization ??= await createOrganization(dataSource, "Bench");
        return createBenchPlan(server, organization, params);
      },
      statementCount: () => statements,
    },
    { graphqlJs: await listen(bare) },
  );
}

async function createBenchPlan(server: PlanbridgeServer, organization: Organization, params: CreatePlanParams) {
  const { dataSource } = server.services;
  const owner = await createUser(dataSource, { organizationId: organization.id });
  const plan = await createPlan(dataSource, server.documents, { owner });
  const cookies = [await sessionCookie(server.sessions, owner.id)];
  for (let index = 1; index < (params.editors ?? 1); index++) {
    const editor = await createUser(dataSource, { organizationId: organization.id });
    await addMember(dataSource, plan.id, editor.id, PlanRole.EDITOR);
    cookies.push(await sessionCookie(server.sessions, editor.id));
  }
  for (let index = 0; index < (params.viewers ?? 0); index++) {
    const viewer = await createUser(dataSource, { organizationId: organization.id });
    await addMember(dataSource, plan.id, viewer.id, PlanRole.VIEWER);
  }
  return { planId: plan.id, cookies };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
