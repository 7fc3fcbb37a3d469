/**
 * Wires one HTTP server: GraphQL at /graphql (HTTP, and subscriptions over WebSocket), collaboration
 * WebSockets at /collab, downloads under /api, /healthz, /readyz, /metrics and the client.
 */
import { existsSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import { GraphQLError } from "graphql";
import type { CommentLimits } from "@planbridge/plan-schema";
import { COLLAB_PATH_PREFIX, GRAPHQL_PATH } from "@planbridge/protocol";
import type { DataSource } from "typeorm";
import type { Env } from "./config/env";
import { DatabaseUnavailableError, isDatabaseUnavailable } from "./errors";
import { DomainEvents } from "./events/domain-events";
import { buildContext, type Context } from "./graphql/context";
import { formatError } from "./graphql/errors";
import { MAX_BODY_BYTES, MAX_TOKENS, queryLimits } from "./graphql/limits";
import { refuseUnclaimedUpgrades } from "./http/unclaimed-upgrades";
import { operationsRoutes, readinessProbe } from "./http/operations-routes";
import { requestLog } from "./graphql/request-log";
import { createLogger, type Logger } from "./observability/logger";
import { ServerMetrics } from "./observability/metrics";
import { createSchema } from "./graphql/schema";
import { attachSubscriptions } from "./graphql/subscriptions";
import { textInputGuard } from "./graphql/text-input-guard";
import { uncacheableResponses } from "./graphql/uncacheable";
import { graphqlBodyErrors } from "./http/graphql-body-errors";
import { securityHeaders } from "./http/security-headers";
import { SessionService } from "./modules/auth/session.service";
import { attachCollaboration, type CloseOptions, type CollaborationDeps } from "./modules/collaboration";
import { calendarFeedRoutes } from "./modules/campaigns/calendar-feed.routes";
import { exportRoutes } from "./modules/export/export.routes";
import { startDigestScheduler } from "./modules/council/digest-scheduler";
import { createCollaborationAccess, createPlanEditClock, createServices, type Services } from "./services";

export interface ServerDeps {
  env: Env;
  dataSource: DataSource;
  events?: DomainEvents;
  sessions?: SessionService;
  /** Collaboration tuning (tests lower limits; benchmarks report their overrides). */
  collaboration?: Pick<CollaborationDeps, "limits" | "compactAfterRows" | "accessSweepMs" | "maxUnsavedBytes">;
  /** Where log lines go (main.ts passes the process logger; by default one is made from env). */
  logger?: Logger;
  /** Comment limits (tests lower them). */
  commentLimits?: CommentLimits;
}

export async function createServer(deps: ServerDeps) {
  const { env, dataSource } = deps;
  const events = deps.events ?? new DomainEvents();
  const sessions = deps.sessions ?? new SessionService(dataSource, env.sessionTtlHours, events);
  const logger = deps.logger ?? createLogger({ level: env.logLevel, isPretty: !env.isProduction });
  const metrics = new ServerMetrics();
  let isShuttingDown = false;
  const app = express();
  app.disable("x-powered-by");
  // Behind a TLS-terminating proxy this makes req.secure (and so the cookie's Secure flag) and req.ip true.
  app.set("trust proxy", env.trustProxy);
  app.use(securityHeaders(env.isProduction));
  const httpServer = http.createServer(app);
  const scaleOut = env.redisUrl ? await startScaleOut(env.redisUrl, env.redisPrefix) : undefined;
  const editClock = createPlanEditClock(dataSource);
  const collaboration = attachCollaboration(httpServer, {
    maxUnsavedBytes: env.maxUnsavedBytes,
    ...deps.collaboration,
    telemetry: metrics.telemetry(logger.child({ component: "collab" })),
    scaleOut,
    onTextCommitted: (planId) => editClock.noteEdit(planId),
    dataSource,
    access: createCollaborationAccess(dataSource, sessions),
    events,
    env,
  });
  metrics.watchCollaboration(collaboration);
  const services = createServices(env, dataSource, events, sessions, collaboration.documents, deps.commentLimits);
  scaleOut?.relayEvents(events, services.commentEvents);
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
    logger: logger.child({ component: "apollo" }),
    // main.ts owns SIGTERM/SIGINT: Apollo's own handler would drop the collaboration sockets (1006
    // instead of 1001) and re-raise the signal before edits in flight are committed.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      requestLog(logger.child({ component: "graphql" }), metrics),
      textInputGuard,
      // No cache hints in the schema: the answer is always no-store, without instrumenting every field.
      ApolloServerPluginCacheControlDisabled(),
      uncacheableResponses,
      ...(env.isProduction ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  await apollo.start();

  const readiness = readinessProbe({ dataSource, isSaveStalled: () => collaboration.isSaveStalled(), isShuttingDown: () => isShuttingDown });
  app.use(operationsRoutes({ readiness, metrics, metricsToken: env.metricsToken }));
  app.use((_req, res, next) => {
    res.locals.log = logger;
    next();
  });
  // Its own sub-app only to turn ETags off: answers are no-store, so a SHA-1 over each one served no one.
  // A sub-app starts from Express's defaults, so x-powered-by is turned off again; the rest it inherits.
  const graphqlApp = express();
  graphqlApp.set("etag", false);
  graphqlApp.disable("x-powered-by");
  graphqlApp.use(
    express.json({ limit: MAX_BODY_BYTES }),
    expressMiddleware(apollo, { context: async ({ req, res }) => buildContext(services, req, res).catch(unavailableContext) }),
    graphqlBodyErrors(MAX_BODY_BYTES),
  );
  app.use("/graphql", graphqlApp);
  app.use(calendarFeedRoutes(services.campaigns));
  app.use(exportRoutes({ sessions: services.sessions, exports: services.exports, isProduction: env.isProduction }));
  serveClient(app, env.clientDist);
  const digestScheduler = startDigestScheduler(services.councilDigests, {
    intervalMs: env.digestCheckMs,
    origin: env.publicUrl ?? `http://localhost:${env.port}`,
    onError: (error) => console.error("council digest check failed:", error),
  });

  return {
    httpServer,
    events,
    sessions,
    services,
    documents: collaboration.documents,
    collaboration,
    metrics,
    logger,
    readiness,
    digestScheduler,
    /** Graceful stop (see Collaboration.close); resolves whether every accepted edit was committed. */
    async close(options?: CloseOptions): Promise<boolean> {
      isShuttingDown = true;
      digestScheduler.stop();
      await subscriptions.close();
      const isFlushed = await collaboration.close(options);
      await scaleOut?.close();
      await editClock.flush();
      await apollo.stop();
      await services.exports.close();
      await services.accounts.settled();
      services.mailer.close();
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      return isFlushed;
    },
  };
}

export type PlanbridgeServer = Awaited<ReturnType<typeof createServer>>;

/** Session lookup failed because PostgreSQL is away: answer SERVICE_UNAVAILABLE (HTTP 503), not a 500. */
function unavailableContext(error: unknown): never {
  if (!isDatabaseUnavailable(error)) throw error;
  const { message, code } = new DatabaseUnavailableError();
  throw new GraphQLError(message, { extensions: { code, http: { status: 503 } } });
}
export type { Services };

/** Imported only with REDIS_URL set: a single process never loads the Redis client. */
async function startScaleOut(redisUrl: string, keyPrefix: string) {
  const { ClusterScaleOut } = await import("./modules/cluster/index.js");
  return new ClusterScaleOut({ redisUrl, keyPrefix });
}

/** The built single-page app; every unknown GET path returns index.html so client routes work on reload. */
function serveClient(app: express.Express, clientDist: string) {
  const index = path.join(clientDist, "index.html");
  if (!existsSync(index)) return;
  // Source maps would hand out the client's source; the build keeps them (hidden) for error reports only.
  app.get(/\.map$/, (_req, res) => res.status(404).end());
  app.use(express.static(clientDist, { index: false, maxAge: "1h" }));
  app.get(/^\/(?!graphql|collab|healthz|readyz|metrics|api\/).*/, (_req, res) => res.sendFile(index));
}
