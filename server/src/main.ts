/** Process entry: settings, database, migrations, demo data, then one HTTP server on PORT. */
import "reflect-metadata";
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
  await seedDemoIfWanted(env, dataSource, server.documents);

  await new Promise<void>((resolve) => server.httpServer.listen(env.port, env.host, resolve));
  const database = env.databaseUrl ? "PostgreSQL" : `embedded PGlite in ${path.resolve(env.dataDir)}`;
  console.log(`planbridge is running at http://localhost:${env.port} (database: ${database})`);

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
