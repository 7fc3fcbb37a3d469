/**
 * One whole planbridge process (GraphQL and collaboration) for the scale-out tests, configured like
 * production through its environment: DATABASE_URL (migrated already), REDIS_URL, REDIS_PREFIX.
 * Test knobs: COMPACT_AFTER_ROWS, ACCESS_SWEEP_MS, COLLAB_LIMITS (JSON). Prints "READY <port>".
 */
import "reflect-metadata";
import type { AddressInfo } from "node:net";
import { createServer } from "../../server/src/app";
import { loadEnv } from "../../server/src/config/env";
import { createDataSource } from "../../server/src/db/data-source";

async function main(): Promise<void> {
  const env = loadEnv({ ...process.env, NODE_ENV: "test", PORT: "0", HOST: "127.0.0.1" });
  const dataSource = createDataSource({ databaseUrl: env.databaseUrl });
  await dataSource.initialize();
  const server = await createServer({
    env,
    dataSource,
    collaboration: {
      compactAfterRows: Number(process.env.COMPACT_AFTER_ROWS ?? 500),
      accessSweepMs: Number(process.env.ACCESS_SWEEP_MS ?? 5_000),
      limits: process.env.COLLAB_LIMITS ? (JSON.parse(process.env.COLLAB_LIMITS) as object) : undefined,
    },
  });
  server.httpServer.listen(0, "127.0.0.1", () => {
    process.stdout.write(`READY ${(server.httpServer.address() as AddressInfo).port}\n`);
  });
  process.once("SIGTERM", () => {
    void server.close().then(() => dataSource.destroy()).then(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
