/** Process entry: settings, database, migrations, demo data, then one HTTP server on PORT. */
import "reflect-metadata";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { createServer } from "./app";
import { loadEnv } from "./config/env";
import { createDataSource } from "./db/data-source";
import { seedDemoIfWanted } from "./db/seed/demo-seed";

async function main() {
  const env = loadEnv();
  const dataSource = createDataSource({ databaseUrl: env.databaseUrl, dataDir: path.resolve(env.dataDir) });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: "each" });
  const server = await createServer({ env, dataSource });
  await seedDemoIfWanted(env, dataSource, server.documents, server.services.comments);

  await new Promise<void>((resolve) => server.httpServer.listen(env.port, env.host, resolve));
  const database = env.databaseUrl ? "PostgreSQL" : `embedded PGlite in ${path.resolve(env.dataDir)}`;
  // The bound port, not the asked one: PORT=0 (tests) picks a free port.
  const { port } = server.httpServer.address() as AddressInfo;
  console.log(`planbridge is running at http://localhost:${port} (database: ${database}, mode: ${env.nodeEnv})`);

  const shutdown = async () => {
    await server.close();
    await dataSource.destroy();
    process.exit(0);
  };
  process.once("SIGINT", () => void shutdown());
  process.once("SIGTERM", () => void shutdown());
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
