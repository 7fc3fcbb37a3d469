/** Wires one HTTP server: GraphQL at /graphql, collaboration WebSockets at /collab, downloads under /api, /healthz and the client. */
import { existsSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import type { DataSource } from "typeorm";
import type { Env } from "./config/env";
import { DomainEvents } from "./events/domain-events";
import { buildContext, type Context } from "./graphql/context";
import { formatError } from "./graphql/errors";
import { queryLimits } from "./graphql/limits";
import { createSchema } from "./graphql/schema";
import { SessionService } from "./modules/auth/session.service";
import { attachCollaboration, type CollaborationDeps } from "./modules/collaboration";
import { exportRoutes } from "./modules/export/export.routes";
import { createServices, type Services } from "./services";

export interface ServerDeps {
  env: Env;
  dataSource: DataSource;
  events?: DomainEvents;
  sessions?: SessionService;
  /** Collaboration tuning (tests lower limits; benchmarks report their overrides). */
  collaboration?: Pick<CollaborationDeps, "limits" | "compactAfterRows" | "accessSweepMs">;
}

export async function createServer(deps: ServerDeps) {
  const { env, dataSource } = deps;
  const events = deps.events ?? new DomainEvents();
  const sessions = deps.sessions ?? new SessionService(dataSource, env.sessionTtlHours, events);
  const app = express();
  app.disable("x-powered-by");
  const httpServer = http.createServer(app);
  const collaboration = attachCollaboration(httpServer, { ...deps.collaboration, dataSource, sessions, events, env });
  const services = createServices(env, dataSource, events, sessions, collaboration.documents);

  const apollo = new ApolloServer<Context>({
    schema: await createSchema(),
    validationRules: [queryLimits],
    introspection: !env.isProduction,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: !env.isProduction,
    formatError: formatError(env.isProduction),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
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
    express.json({ limit: "1mb" }),
    expressMiddleware(apollo, { context: async ({ req, res }) => buildContext(services, req, res) }),
  );
  app.use(exportRoutes(services));
  serveClient(app, env.clientDist);

  return {
    httpServer,
    events,
    sessions,
    services,
    documents: collaboration.documents,
    async close() {
      await collaboration.close();
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
  app.use(express.static(clientDist, { index: false, maxAge: "1h" }));
  app.get(/^\/(?!graphql|collab|healthz|api\/).*/, (_req, res) => res.sendFile(index));
}
