/**
 * A collaboration server in its own process, for fault tests that SIGKILL it.
 * Env: DATABASE_URL (migrated already), COMPACT_AFTER_ROWS, and the test-only kill hook:
 * FAULT_STEP (a compaction step, see CompactionStep) with FAULT_AT (the n-th time that step is reached,
 * default 1) makes the process SIGKILL itself right there. PORT (default 0) picks the port; with
 * REPORT_LAG=1 it prints "LAG <p99 ms> <max ms>" of the event loop every 250 ms. Prints "READY <port>" when listening;
 * SIGTERM closes gracefully (commit, ack, close sockets with 1001) and exits 0.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { createDataSource } from "../../server/src/db/data-source";
import { DomainEvents } from "../../server/src/events/domain-events";
import { SessionService } from "../../server/src/modules/auth/session.service";
import { attachCollaboration } from "../../server/src/modules/collaboration";
import type { CompactionStep } from "../../server/src/modules/collaboration/doc-store";
import { createCollaborationAccess } from "../../server/src/services";

/** The env-guarded kill hook: without FAULT_STEP it does nothing. */
function killPoint(): ((step: CompactionStep) => void) | undefined {
  const target = process.env.FAULT_STEP;
  if (!target) return undefined;
  let remaining = Number(process.env.FAULT_AT ?? 1);
  return (step) => {
    if (step !== target || --remaining > 0) return;
    process.stdout.write(`KILLED AT ${step}\n`);
    process.kill(process.pid, "SIGKILL");
  };
}

async function main(): Promise<void> {
  const dataSource = createDataSource({ databaseUrl: process.env.DATABASE_URL });
  await dataSource.initialize();
  const events = new DomainEvents();
  const sessions = new SessionService(dataSource, 24, events);
  const httpServer = http.createServer((_req, res) => res.writeHead(404).end());
  const collaboration = attachCollaboration(httpServer, {
    dataSource,
    access: createCollaborationAccess(dataSource, sessions),
    events,
    env: { isProduction: false },
    compactAfterRows: Number(process.env.COMPACT_AFTER_ROWS ?? 500),
    faultPoint: killPoint(),
  });
  process.once("SIGTERM", () => {
    void collaboration.close().then(async () => {
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      await dataSource.destroy();
      process.exit(0);
    });
  });
  if (process.env.REPORT_LAG === "1") reportLag();
  httpServer.listen(Number(process.env.PORT ?? 0), "127.0.0.1", () => {
    process.stdout.write(`READY ${(httpServer.address() as AddressInfo).port}\n`);
  });
}

function reportLag(): void {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  setInterval(() => {
    process.stdout.write(`LAG ${(delay.percentile(99) / 1e6).toFixed(1)} ${(delay.max / 1e6).toFixed(1)}\n`);
    delay.reset();
  }, 250).unref();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
