/**
 * planbridge's server as deployed: createServer over PostgreSQL (the bench's database), in production
 * mode. The same process also serves the same schema through bare graphql-js (the GraphQL baseline),
 * so both endpoints share data, pool and caches and only the HTTP/Apollo layer differs.
 */
// First, as server/src/main.ts does: graphql-js and Express read NODE_ENV as they load.
import "@planbridge/server/dist/config/library-mode";
// Then: the data source module loads reflect-metadata, which every decorated class below needs.
import { createDataSource } from "@planbridge/server/dist/db/data-source";
import { createServer, type PlanbridgeServer } from "@planbridge/server/dist/app";
import { loadEnv } from "@planbridge/server/dist/config/env";
import { addMember, createOrganization, createPlan, createUser, sessionCookie } from "@planbridge/server/dist/test-support/fixtures";
import { PlanRole } from "@planbridge/server/dist/policies/plan-role";
import type { Organization } from "@planbridge/server/dist/modules/organizations/organization.entity";
import { Comment } from "@planbridge/server/dist/modules/comments/comment.entity";
import { CommentThread } from "@planbridge/server/dist/modules/comments/comment-thread.entity";
import { anchorPhrase, getSectionFragment, listSections, paragraphElement, type Anchor } from "@planbridge/plan-schema";
import { startBareGraphql } from "./bare-graphql";
import { startFloor } from "./floor";
import { listen, serveBench } from "./child-ipc";

interface CreatePlanParams {
  editors?: number;
  viewers?: number;
  /** Comment threads on the plan, each anchored to a phrase, with REPLIES_PER_THREAD replies. */
  threads?: number;
}

const REPLIES_PER_THREAD = 2;

async function main(): Promise<void> {
  const databaseUrl = process.env.BENCH_DATABASE_URL;
  if (!databaseUrl) throw new Error("BENCH_DATABASE_URL is not set");
  let statements = 0;
  const dataSource = createDataSource({ databaseUrl, onQuery: () => statements++ });
  await dataSource.initialize();
  await dataSource.runMigrations();
  // BENCH_REDIS_URL: one of several processes sharing plans over Redis (the scale-out scenario).
  const env = loadEnv({
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
    PORT: "0",
    HOST: "127.0.0.1",
    REDIS_URL: process.env.BENCH_REDIS_URL,
    REDIS_PREFIX: process.env.BENCH_REDIS_PREFIX,
    // The parent sets warn (see server-process.ts); without this the production default, info, logged
    // every connection, compaction and GraphQL request of the measured server.
    LOG_LEVEL: process.env.LOG_LEVEL,
  });
  const server = await createServer({ env, dataSource });
  const port = await listen(server.httpServer);
  const bare = await startBareGraphql(server.services);
  const floor = startFloor(server, databaseUrl);
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
    { graphqlJs: await listen(bare), floor: await listen(floor.httpServer) },
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
  const authors = [owner.id];
  for (let index = 0; index < (params.viewers ?? 0); index++) {
    const viewer = await createUser(dataSource, { organizationId: organization.id });
    await addMember(dataSource, plan.id, viewer.id, PlanRole.VIEWER);
    authors.push(viewer.id);
  }
  if (params.threads) await addThreads(server, plan.id, authors, params.threads);
  return { planId: plan.id, cookies };
}

/**
 * Threads written straight into the tables (the service's per-user rate limit would make 500 take
 * minutes), anchored to a phrase of the first section as a browser would anchor them, by several
 * authors, each with replies by others: the shapes the plan page resolves.
 */
async function addThreads(server: PlanbridgeServer, planId: string, authors: string[], count: number): Promise<void> {
  const phrase = "partner webinars";
  await server.documents.change(planId, (doc) => {
    const sectionId = listSections(doc)[0].id;
    getSectionFragment(doc, sectionId).insert(0, [paragraphElement(`Grow EMEA pipeline with ${phrase}.`)]);
  });
  const anchor: Anchor | null = await server.documents.read(planId, (doc) => anchorPhrase(doc, listSections(doc)[0].id, phrase));
  if (!anchor) throw new Error("bench: could not anchor the phrase");
  const { sectionId, start, end, quote } = anchor;
  const manager = server.services.dataSource.manager;
  const threads = await manager.save(
    CommentThread,
    Array.from({ length: count }, (_, index) =>
      manager.create(CommentThread, { planId, authorId: authors[index % authors.length], sectionId, anchorStart: start, anchorEnd: end, quote }),
    ),
    { chunk: 100 },
  );
  const comments = threads.flatMap((thread, index) =>
    Array.from({ length: 1 + REPLIES_PER_THREAD }, (_, reply) =>
      manager.create(Comment, { threadId: thread.id, authorId: authors[(index + reply) % authors.length], body: `Comment ${reply} on thread ${index}` }),
    ),
  );
  await manager.save(Comment, comments, { chunk: 200 });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
