/**
 * The one lock that serialises a plan's sign-off state and its audit chain: the plan's row, taken
 * `FOR NO KEY UPDATE` so it does not block inserts elsewhere that reference the plan by foreign key.
 * Everything that must not interleave (version numbers, submissions, approvals, audit appends) takes it
 * first inside its transaction; it is released at commit. It lives with the audit module, the lowest one
 * that needs it, so plans, versions and sign-off can all take it without importing upwards.
 */
import type { EntityManager } from "typeorm";
import { NotFoundError } from "../../errors";

export async function lockPlanRow(manager: EntityManager, planId: string): Promise<void> {
  const rows: unknown[] = await manager.query(`SELECT id FROM plans WHERE id = $1 FOR NO KEY UPDATE`, [planId]);
  if (rows.length === 0) throw new NotFoundError("Plan");
}
