/**
 * A periodic re-check of every open socket against the database: session still valid, user still
 * active, membership and plan status unchanged. Domain events already close sockets at once in this
 * process; the sweep covers what events cannot reach: expired sessions, and changes made by another
 * server process or directly in the database. One query per sweep, whatever the number of sockets.
 */
import { CloseCode } from "@planbridge/protocol";
import type { CollaborationAccess, ConnectionAccess } from "./access.port";
import { recheckAccess, type GrantedConnection } from "./access-check";

export async function sweepAccess(access: CollaborationAccess, connections: readonly GrantedConnection[]): Promise<void> {
  if (connections.length === 0) return;
  const keys = connections.map((c) => ({ sessionId: c.sessionId, planId: c.grant.planId, userId: c.userId }));
  const decidedAt = process.hrtime.bigint(); // before the read: an event after it wins (Connection.setCanWrite)
  const current = await access.checkConnections(keys);
  current.forEach((row, i) => applyAccess(connections[i], row, decidedAt));
}

function applyAccess(connection: GrantedConnection, row: ConnectionAccess, decidedAt: bigint): void {
  if (!row.hasSession || !row.isUserActive) return connection.close(CloseCode.SessionRevoked, "session ended");
  if (!row.hasPlan) return connection.close(CloseCode.NotFound, "plan deleted");
  recheckAccess(connection, { role: row.role, isArchived: row.isArchived }, true, decidedAt);
}

/** Runs the sweep every `intervalMs`, never two at once; returns a stop function. */
export function startAccessSweep(
  access: CollaborationAccess,
  connections: () => readonly GrantedConnection[],
  intervalMs: number,
): () => void {
  let isRunning = false;
  const timer = setInterval(() => {
    if (isRunning) return;
    isRunning = true;
    sweepAccess(access, connections())
      .catch(() => undefined) // the database is away; try again next time rather than close everyone
      .finally(() => (isRunning = false));
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
