/**
 * A periodic re-check of every open socket against the database: session still valid, user still
 * active, membership and plan status unchanged. Domain events already close sockets at once in this
 * process; the sweep covers what events cannot reach: expired sessions, and changes made by another
 * server process or directly in the database. One query per sweep, whatever the number of sockets.
 */
import type { DataSource } from "typeorm";
import { CloseCode } from "@planbridge/protocol";
import { can } from "../../policies/plan-policy";
import type { PlanRole } from "../../policies/plan-role";
import { PlanStatus } from "../plans/plan-status";
import type { GrantedConnection } from "./revocation";

interface AccessRow {
  key: number;
  has_session: boolean;
  is_active: boolean | null;
  role: PlanRole | null;
  status: PlanStatus | null;
}

export async function sweepAccess(dataSource: DataSource, connections: readonly GrantedConnection[]): Promise<void> {
  if (connections.length === 0) return;
  const decidedAt = process.hrtime.bigint(); // before the read: an event after it wins (Connection.setCanWrite)
  const keys = connections.map((c, key) => ({ key, session_id: c.sessionId, plan_id: c.grant.planId, user_id: c.userId }));
  const rows: AccessRow[] = await dataSource.query(
    `SELECT c.key,
            EXISTS (SELECT 1 FROM sessions s WHERE s.id = c.session_id AND s.expires_at > now()) AS has_session,
            u.is_active, m.role, p.status
       FROM json_to_recordset($1::json) AS c(key int, session_id uuid, plan_id uuid, user_id uuid)
       LEFT JOIN users u ON u.id = c.user_id
       LEFT JOIN plan_members m ON m.plan_id = c.plan_id AND m.user_id = c.user_id
       LEFT JOIN plans p ON p.id = c.plan_id`,
    [JSON.stringify(keys)],
  );
  for (const row of rows) applyAccess(connections[row.key], row, decidedAt);
}

function applyAccess(connection: GrantedConnection, row: AccessRow, decidedAt: bigint): void {
  if (!row.has_session || !row.is_active) return connection.close(CloseCode.SessionRevoked, "session ended");
  if (row.status === null) return connection.close(CloseCode.NotFound, "plan deleted");
  const actor = { ...connection.grant.actor, isActive: true };
  const subject = { ...connection.grant.subject, role: row.role, isArchived: row.status === PlanStatus.ARCHIVED };
  if (!can(actor, "plan.view", subject)) return connection.close(CloseCode.Forbidden, "no longer allowed to view this plan");
  connection.setCanWrite(can(actor, "plan.editText", subject), decidedAt);
}

/** Runs the sweep every `intervalMs`, never two at once; returns a stop function. */
export function startAccessSweep(
  dataSource: DataSource,
  connections: () => readonly GrantedConnection[],
  intervalMs: number,
): () => void {
  let isRunning = false;
  const timer = setInterval(() => {
    if (isRunning) return;
    isRunning = true;
    sweepAccess(dataSource, connections())
      .catch(() => undefined) // the database is away; try again next time rather than close everyone
      .finally(() => (isRunning = false));
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
