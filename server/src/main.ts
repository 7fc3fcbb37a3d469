/** Process entry: settings, database, migrations, demo data, then one HTTP server on PORT. */
// First: libraries read NODE_ENV as they load.
import "./config/library-mode";
import "reflect-metadata";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { createServer } from "./app";
import { loadEnv, type Env } from "./config/env";
import { createDataSource } from "./db/data-source";
import { seedDemoIfWanted } from "./db/seed/demo-seed";
import { createLogger, type Logger } from "./observability/logger";

async function main(env: Env, logger: Logger) {
  const dataSource = createDataSource({ databaseUrl: env.databaseUrl, dataDir: path.resolve(env.dataDir) });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: "each" });
  const server = await createServer({ env, dataSource, logger });
  if (await seedDemoIfWanted(env, dataSource, server.documents, server.services.comments)) {
    // No password in a log line; the demo one is in the README.
    logger.info("demo data ready: sign in as maya@acme.test with the demo password from the README");
  }

  await new Promise<void>((resolve) => server.httpServer.listen(env.port, env.host, resolve));
  const database = env.databaseUrl ? "PostgreSQL" : `embedded PGlite in ${path.resolve(env.dataDir)}`;
  // The bound port, not PORT: PORT=0 (tests) picks a free one.
  const { port } = server.httpServer.address() as AddressInfo;
  logger.info({ port, database: env.databaseUrl ? "postgresql" : "pglite" }, `planbridge is running at http://localhost:${port} (database: ${database}, mode: ${env.nodeEnv})`);

  let isStopping = false;
  const shutdown = async (signal: NodeJS.Signals) => {
    if (isStopping) return;
    isStopping = true;
    logger.info({ signal, deadlineMs: env.shutdownTimeoutMs }, "shutting down: refusing new work, committing edits in flight");
    // Whatever happens below, the process leaves within the deadline (plus the pool's own close).
    const started = Date.now();
    const forced = setTimeout(() => {
      logger.error({ signal }, "shutdown deadline passed; exiting with edits unsaved (their clients still hold them)");
      process.exit(1);
    }, env.shutdownTimeoutMs + 2_000);
    forced.unref();
    const isFlushed = await server.close({ commitDeadlineMs: env.shutdownTimeoutMs });
    await dataSource.destroy().catch((error: unknown) => logger.warn({ err: error }, "closing the database pool failed"));
    if (isFlushed) logger.info({ ms: Date.now() - started }, "shut down cleanly: every accepted edit committed and acknowledged");
    else logger.warn({ ms: Date.now() - started }, "shut down with unacknowledged edits; their clients resend them on reconnect");
    process.exit(0);
  };
  // A second signal while stopping is ignored (the deadline above still applies).
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
}

function start() {
  let env: Env;
  try {
    env = loadEnv();
  } catch (error) {
    // No settings, no logger level: still one JSON line, as every line on stdout must be in production.
    createLogger({ level: "info", isPretty: false }).fatal({ err: error }, error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
  const logger = createLogger({ level: env.logLevel, isPretty: !env.isProduction });
  process.on("unhandledRejection", (reason) => logger.error({ err: reason }, "unhandled promise rejection"));
  main(env, logger).catch((error: unknown) => {
    logger.fatal({ err: error }, error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}

start();
