/** Audit rows: appends that keep one chain per plan, and reads in chain order. */
import type { DataSource, EntityManager } from "typeorm";
import { lockPlanRow } from "./plan-lock.repository";
import type { AuditAction } from "./audit-action";
import { GENESIS_HASH, entryHash } from "./audit-chain";
import { AuditEntry } from "./audit-entry.entity";

export interface AuditRecord {
  planId: string;
  actorId: string | null;
  action: AuditAction;
  payload: Record<string, unknown>;
}

export class AuditRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Appends under the plan's row lock, so two appends never read the same predecessor (the chain would
   * fork). Pass the caller's transaction to make the entry commit (or roll back) with what it records.
   */
  async append(record: AuditRecord, manager?: EntityManager): Promise<AuditEntry> {
    if (!manager) return this.dataSource.transaction((own) => this.append(record, own));
    await lockPlanRow(manager, record.planId);
    const last = await manager.getRepository(AuditEntry).findOne({
      where: { planId: record.planId },
      order: { id: "DESC" },
      select: { id: true, hash: true },
    });
    // Millisecond precision: what PostgreSQL stores must read back to the same ISO string that was hashed.
    const createdAt = new Date();
    const content = { ...record, createdAt, prevHash: last?.hash ?? GENESIS_HASH };
    return manager.getRepository(AuditEntry).save(manager.create(AuditEntry, { ...content, hash: entryHash(content) }));
  }

  forPlan(planId: string, manager: EntityManager = this.dataSource.manager): Promise<AuditEntry[]> {
    return manager.getRepository(AuditEntry).find({ where: { planId }, order: { id: "ASC" } });
  }
}
