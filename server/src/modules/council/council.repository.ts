/** Every query on the council roster, strategy sessions and digest claims. */
import { In, IsNull, type DataSource, type EntityManager } from "typeorm";
import { isUuid } from "../../ids";
import { User } from "../users/user.entity";
import { CouncilDigestClaim } from "./council-digest.entity";
import { CouncilMember, type CouncilSeatKind } from "./council-member.entity";
import { StrategySession } from "./strategy-session.entity";

export interface CouncilMemberValues {
  organizationId: string;
  userId: string;
  kind: CouncilSeatKind;
  region: string;
  termStart: string;
  termEnd: string | null;
}

export class CouncilRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The organisation's roster, by region then name. */
  roster(organizationId: string, manager: EntityManager = this.dataSource.manager): Promise<CouncilMember[]> {
    return manager
      .createQueryBuilder(CouncilMember, "member")
      .innerJoin(User, "user", "user.id = member.user_id")
      .where("member.organization_id = :organizationId", { organizationId })
      .orderBy("member.kind", "ASC")
      .addOrderBy("member.region", "ASC")
      .addOrderBy("user.name", "ASC")
      .getMany();
  }

  findMember(id: string, manager: EntityManager = this.dataSource.manager): Promise<CouncilMember | null> {
    return isUuid(id) ? manager.findOneBy(CouncilMember, { id }) : Promise.resolve(null);
  }

  /** Adds the person to the roster, or changes their seat and term. */
  async upsertMember(values: CouncilMemberValues, manager: EntityManager = this.dataSource.manager): Promise<CouncilMember> {
    await manager.getRepository(CouncilMember).upsert(values, ["organizationId", "userId"]);
    return (await manager.findOneBy(CouncilMember, { organizationId: values.organizationId, userId: values.userId }))!;
  }

  async setAway(id: string, awayUntil: string | null, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.update(CouncilMember, { id }, { awayUntil });
  }

  async deleteMember(id: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.delete(CouncilMember, { id });
  }

  strategySessions(planIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<StrategySession[]> {
    return manager.find(StrategySession, { where: { planId: In([...planIds]) }, order: { heldOn: "DESC", createdAt: "DESC" } });
  }

  insertStrategySession(values: Omit<StrategySession, "id" | "createdAt">, manager: EntityManager = this.dataSource.manager): Promise<StrategySession> {
    return manager.save(StrategySession, manager.create(StrategySession, values));
  }

  /**
   * Claims the (plan, period) digest for this process: the claim's id when this call inserted the row, or took over
   * a claim that was never sent and is older than `staleAfterMs` (its process died before sending).
   * Concurrent callers race on the unique key, so exactly one of them gets an id; the others get null.
   */
  async claimDigest(planId: string, periodKey: string, staleAfterMs: number): Promise<string | null> {
    const inserted = await this.dataSource.query<{ id: string }[]>(
      `INSERT INTO council_digests (plan_id, period_key) VALUES ($1, $2) ON CONFLICT (plan_id, period_key) DO NOTHING RETURNING id`,
      [planId, periodKey],
    );
    if (inserted.length > 0) return inserted[0].id;
    // UPDATE ... RETURNING answers [rows, count] on node-postgres and rows alone on PGlite.
    const retaken = await this.dataSource.query<unknown[]>(
      `UPDATE council_digests SET claimed_at = now()
        WHERE plan_id = $1 AND period_key = $2 AND sent_at IS NULL AND claimed_at < now() - ($3 * interval '1 millisecond')
        RETURNING id`,
      [planId, periodKey, staleAfterMs],
    );
    const rows = (Array.isArray(retaken[0]) ? retaken[0] : retaken) as { id: string }[];
    return rows[0]?.id ?? null;
  }

  async markDigestSent(id: string, recipientCount: number): Promise<void> {
    await this.dataSource.getRepository(CouncilDigestClaim).update({ id }, { sentAt: new Date(), recipientCount });
  }

  /** Gives a claim back when sending failed, so the next tick tries again. */
  async releaseDigest(id: string): Promise<void> {
    await this.dataSource.getRepository(CouncilDigestClaim).delete({ id, sentAt: IsNull() });
  }

  findDigestClaim(planId: string, periodKey: string): Promise<CouncilDigestClaim | null> {
    return this.dataSource.getRepository(CouncilDigestClaim).findOneBy({ planId, periodKey });
  }
}
