/** A real server on 127.0.0.1, port 0, over a fresh test database. */
import type { AddressInfo } from "node:net";
import { createServer, type PlanbridgeServer, type ServerDeps } from "../app";
import { loadEnv, type Env } from "../config/env";
import { createTestDatabase, type TestDatabase } from "../db/test-database";

export interface TestServer {
  url: string;
  port: number;
  db: TestDatabase;
  server: PlanbridgeServer;
  env: Env;
  close(): Promise<void>;
}

export async function startTestServer(
  overrides: Partial<Env> = {},
  deps: Pick<ServerDeps, "commentLimits" | "collaboration" | "logger"> = {},
): Promise<TestServer> {
  const db = await createTestDatabase();
  const env = { ...loadEnv({ NODE_ENV: "test" }), ...overrides };
  const server = await createServer({ env, dataSource: db.dataSource, ...deps });
  await new Promise<void>((resolve) => server.httpServer.listen(0, "127.0.0.1", resolve));
  const { port } = server.httpServer.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    db,
    server,
    env,
    async close() {
      await server.close();
      await db.destroy();
    },
  };
}
