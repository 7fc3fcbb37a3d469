/**
 * Re-reads, for many (session, user, plan) triples at once, everything that decides access: session
 * still unexpired, user active, membership role, plan status. One statement whatever the number of
 * triples (the collaboration access sweep checks every open socket with it).
 */
import type { DataSource, EntityManager } from "typeorm";
import type { PlanRole } from "../../policies/plan-role";
import { PlanStatus } from "./plan-status";

export interface AccessKey {
  sessionId: string;
  planId: string;
  userId: string;
}

export interface CurrentAccess {
  hasSession: boolean;
  isUserActive: boolean;
  role: PlanRole | null;
  /** False when the plan no longer exists. */
  hasPlan: boolean;
  isArchived: boolean;
}

interface AccessRow {
  key: number;
  has_session: boolean;
  is_active: boolean | null;
  role: PlanRole | null;
  status: PlanStatus | null;
}

export class PlanAccessRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The current access of each key, in the order of `keys`. */
  async findCurrentAccess(keys: readonly AccessKey[], manager: EntityManager = this.dataSource.manager): Promise<CurrentAccess[]> {
    if (keys.length === 0) return [];
    const rows: AccessRow[] = await manager.query(
      `SELECT c.key,
              EXISTS (SELECT 1 FROM sessions s WHERE s.id = c.session_id AND s.expires_at > now()) AS has_session,
              u.is_active, m.role, p.status
         FROM json_to_recordset($1::json) AS c(key int, session_id uuid, plan_id uuid, user_id uuid)
         LEFT JOIN users u ON u.id = c.user_id
         LEFT JOIN plan_members m ON m.plan_id = c.plan_id AND m.user_id = c.user_id
         LEFT JOIN plans p ON p.id = c.plan_id`,
      [JSON.stringify(keys.map((k, key) => ({ key, session_id: k.sessionId, plan_id: k.planId, user_id: k.userId })))],
    );
    const byKey = new Map(rows.map((row) => [row.key, row]));
    return keys.map((_, key) => toAccess(byKey.get(key)));
  }
}

function toAccess(row: AccessRow | undefined): CurrentAccess {
  return {
    hasSession: row?.has_session === true,
    isUserActive: row?.is_active === true,
    role: row?.role ?? null,
    hasPlan: row?.status != null,
    isArchived: row?.status === PlanStatus.ARCHIVED,
  };
}
