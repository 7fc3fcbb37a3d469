/**
 * Wires one HTTP server: GraphQL at /graphql (HTTP, and subscriptions over WebSocket), collaboration
 * WebSockets at /collab, downloads under /api, /healthz and the client.
 */
import { existsSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import type { CommentLimits } from "@planbridge/plan-schema";
import { COLLAB_PATH_PREFIX, GRAPHQL_PATH } from "@planbridge/protocol";
import type { DataSource } from "typeorm";
import type { Env } from "./config/env";
import { DomainEvents } from "./events/domain-events";
import { buildContext, type Context } from "./graphql/context";
import { formatError } from "./graphql/errors";
import { MAX_BODY_BYTES, MAX_TOKENS, queryLimits } from "./graphql/limits";
import { refuseUnclaimedUpgrades } from "./http/unclaimed-upgrades";
import { createSchema } from "./graphql/schema";
import { attachSubscriptions } from "./graphql/subscriptions";
import { textInputGuard } from "./graphql/text-input-guard";
import { graphqlBodyErrors } from "./http/graphql-body-errors";
import { securityHeaders } from "./http/security-headers";
import { SessionService } from "./modules/auth/session.service";
import { attachCollaboration, type CollaborationDeps } from "./modules/collaboration";
import { exportRoutes } from "./modules/export/export.routes";
import { createCollaborationAccess, createPlanEditClock, createServices, type Services } from "./services";

export interface ServerDeps {
  env: Env;
  dataSource: DataSource;
  events?: DomainEvents;
  sessions?: SessionService;
  /** Collaboration tuning (tests lower limits; benchmarks report their overrides). */
  collaboration?: Pick<CollaborationDeps, "limits" | "compactAfterRows" | "accessSweepMs">;
  /** Comment limits (tests lower them). */
  commentLimits?: CommentLimits;
}

export async function createServer(deps: ServerDeps) {
  const { env, dataSource } = deps;
  const events = deps.events ?? new DomainEvents();
  const sessions = deps.sessions ?? new SessionService(dataSource, env.sessionTtlHours, events);
  const app = express();
  app.disable("x-powered-by");
  // Behind a TLS-terminating proxy this makes req.secure (and so the cookie's Secure flag) and req.ip true.
  app.set("trust proxy", env.trustProxy);
  app.use(securityHeaders(env.isProduction));
  const httpServer = http.createServer(app);
  const editClock = createPlanEditClock(dataSource);
  const collaboration = attachCollaboration(httpServer, {
    ...deps.collaboration,
    onTextCommitted: (planId) => editClock.noteEdit(planId),
    dataSource,
    access: createCollaborationAccess(dataSource, sessions),
    events,
    env,
  });
  const services = createServices(env, dataSource, events, sessions, collaboration.documents, deps.commentLimits);
  const schema = await createSchema();
  const subscriptions = attachSubscriptions(httpServer, { schema, services, events, isProduction: env.isProduction });
  refuseUnclaimedUpgrades(httpServer, (path) => path === GRAPHQL_PATH || path === COLLAB_PATH_PREFIX || path.startsWith(COLLAB_PATH_PREFIX + "/"));

  const apollo = new ApolloServer<Context>({
    schema,
    validationRules: [queryLimits],
    // A document of repeated fields is refused while it is being tokenised, before any validation work.
    parseOptions: { maxTokens: MAX_TOKENS },
    // "Did you mean ...?" would describe the schema that introspection being off is meant to hide.
    hideSchemaDetailsFromClientErrors: env.isProduction,
    introspection: !env.isProduction,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: !env.isProduction,
    formatError: formatError(env.isProduction),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      textInputGuard,
      ...(env.isProduction ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  await apollo.start();

  app.get("/healthz", async (_req, res) => {
    try {
      await dataSource.query("SELECT 1");
      res.status(200).json({ status: "ok" });
    } catch {
      res.status(503).json({ status: "database unreachable" });
    }
  });
  app.use(
    "/graphql",
    express.json({ limit: MAX_BODY_BYTES }),
    expressMiddleware(apollo, { context: async ({ req, res }) => buildContext(services, req, res) }),
    graphqlBodyErrors(MAX_BODY_BYTES),
  );
  app.use(exportRoutes({ sessions: services.sessions, exports: services.exports, isProduction: env.isProduction }));
  serveClient(app, env.clientDist);

  return {
    httpServer,
    events,
    sessions,
    services,
    documents: collaboration.documents,
    async close() {
      await subscriptions.close();
      await collaboration.close();
      await editClock.flush();
      await apollo.stop();
      await services.exports.close();
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}

export type PlanbridgeServer = Awaited<ReturnType<typeof createServer>>;
export type { Services };

/** The built single-page app; every unknown GET path returns index.html so client routes work on reload. */
function serveClient(app: express.Express, clientDist: string) {
  const index = path.join(clientDist, "index.html");
  if (!existsSync(index)) return;
  // Source maps would hand out the client's source; the build keeps them (hidden) for error reports only.
  app.get(/\.map$/, (_req, res) => res.status(404).end());
  app.use(express.static(clientDist, { index: false, maxAge: "1h" }));
  app.get(/^\/(?!graphql|collab|healthz|api\/).*/, (_req, res) => res.sendFile(index));
}
