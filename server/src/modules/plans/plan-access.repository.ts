/**
 * Re-reads, for many (session, user, plan) triples at once, everything that decides access: session
 * still unexpired, user active, membership role, plan status. One statement whatever the number of
 * triples (the collaboration access sweep checks every open socket with it).
 */
import type { DataSource, EntityManager } from "typeorm";
import { isUuid } from "../../ids";
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

/** A live session's active user and their access to one plan, as one collaboration upgrade needs them. */
export interface SessionPlanAccess {
  sessionId: string;
  user: { id: string; organizationId: string; name: string; color: string; isAdmin: boolean; isActive: boolean };
  /** Null when there is no such plan. */
  plan: { id: string; organizationId: string; status: PlanStatus; role: PlanRole | null } | null;
}

interface SessionPlanRow {
  session_id: string;
  user_id: string;
  organization_id: string;
  name: string;
  color: string;
  is_admin: boolean;
  is_active: boolean;
  plan_id: string | null;
  plan_organization_id: string | null;
  status: PlanStatus | null;
  role: PlanRole | null;
}

export class PlanAccessRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Session (live, by token hash), its active user, the plan and the user's membership in one
   * statement: what authenticating a collaboration socket and finding its plan took two for.
   */
  async findSessionPlanAccess(tokenHash: string, planId: string, manager: EntityManager = this.dataSource.manager): Promise<SessionPlanAccess | null> {
    const rows: SessionPlanRow[] = await manager.query(
      `SELECT s.id AS session_id, u.id AS user_id, u.organization_id, u.name, u.color, u.is_admin, u.is_active,
              p.id AS plan_id, p.organization_id AS plan_organization_id, p.status, m.role
         FROM sessions s
         JOIN users u ON u.id = s.user_id AND u.is_active
         LEFT JOIN plans p ON p.id = $2::uuid
         LEFT JOIN plan_members m ON m.plan_id = p.id AND m.user_id = u.id
        WHERE s.token_hash = $1 AND s.expires_at > now()`,
      [tokenHash, isUuid(planId) ? planId : null],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      sessionId: row.session_id,
      user: { id: row.user_id, organizationId: row.organization_id, name: row.name, color: row.color, isAdmin: row.is_admin, isActive: row.is_active },
      plan:
        row.plan_id && row.plan_organization_id && row.status
          ? { id: row.plan_id, organizationId: row.plan_organization_id, status: row.status, role: row.role }
          : null,
    };
  }

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
