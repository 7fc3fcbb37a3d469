/**
 * A collaboration server in its own process, for fault tests that SIGKILL it.
 * Env: DATABASE_URL (migrated already), COMPACT_AFTER_ROWS. Prints "READY <port>" when listening.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { createDataSource } from "../../server/src/db/data-source";
import { DomainEvents } from "../../server/src/events/domain-events";
import { SessionService } from "../../server/src/modules/auth/session.service";
import { attachCollaboration } from "../../server/src/modules/collaboration";
import { createCollaborationAccess } from "../../server/src/services";

async function main(): Promise<void> {
  const dataSource = createDataSource({ databaseUrl: process.env.DATABASE_URL });
  await dataSource.initialize();
  const events = new DomainEvents();
  const sessions = new SessionService(dataSource, 24, events);
  const httpServer = http.createServer((_req, res) => res.writeHead(404).end());
  attachCollaboration(httpServer, {
    dataSource,
    access: createCollaborationAccess(dataSource, sessions),
    events,
    env: { isProduction: false },
    compactAfterRows: Number(process.env.COMPACT_AFTER_ROWS ?? 500),
  });
  httpServer.listen(0, "127.0.0.1", () => {
    process.stdout.write(`READY ${(httpServer.address() as AddressInfo).port}\n`);
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
