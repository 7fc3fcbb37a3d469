/** What a deck is made from: the version, which version is approved, its sign-off and the people named. */
import { In, type DataSource } from "typeorm";
import { SignoffApproval } from "../signoff/signoff-approval.entity";
import { ApprovalState } from "../signoff/signoff-states";
import { Signoff } from "../signoff/signoff.entity";
import { User } from "../users/user.entity";
import { PlanVersion } from "../versions/plan-version.entity";

/** A deck needs the content and hashes, never the Yjs state bytes (the largest column). */
const WITHOUT_STATE = { id: true, planId: true, number: true, name: true, hash: true, sections: true, content: true, createdBy: true, createdAt: true } as const;

export class ExportRepository {
  constructor(private readonly dataSource: DataSource) {}

  versionById(id: string): Promise<PlanVersion | null> {
    return this.dataSource.getRepository(PlanVersion).findOne({ where: { id }, select: WITHOUT_STATE });
  }

  versionByNumber(planId: string, number: number): Promise<PlanVersion | null> {
    return this.dataSource.getRepository(PlanVersion).findOne({ where: { planId, number }, select: WITHOUT_STATE });
  }

  /**
   * The version of the newest submission whose every required approval is current. A submission a
   * newer one superseded still counts: until the newer one is approved, the older signed text stands.
   */
  async approvedVersionId(planId: string): Promise<string | null> {
    const row = await this.dataSource
      .getRepository(Signoff)
      .createQueryBuilder("signoff")
      .select("signoff.version_id", "versionId")
      .where("signoff.plan_id = :planId", { planId })
      .andWhere((query) => `EXISTS ${query.subQuery().select("1").from(SignoffApproval, "a").where("a.signoff_id = signoff.id").getQuery()}`)
      .andWhere((query) =>
        `NOT EXISTS ${query.subQuery().select("1").from(SignoffApproval, "b").where("b.signoff_id = signoff.id").andWhere("b.state <> :current").getQuery()}`,
      )
      .setParameter("current", ApprovalState.CURRENT)
      .orderBy("signoff.created_at", "DESC")
      .limit(1)
      .getRawOne<{ versionId: string }>();
    return row?.versionId ?? null;
  }

  /** The approvals of the newest submission of this version, in the order they were requested. */
  async approvalsOf(versionId: string): Promise<SignoffApproval[]> {
    const signoff = await this.dataSource.getRepository(Signoff).findOne({ where: { versionId }, order: { createdAt: "DESC" } });
    if (!signoff) return [];
    return this.dataSource.getRepository(SignoffApproval).find({ where: { signoffId: signoff.id }, order: { createdAt: "ASC", approverId: "ASC" } });
  }

  async usersByIds(ids: readonly string[]): Promise<Map<string, User>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const users = await this.dataSource.getRepository(User).find({ where: { id: In(unique) }, select: { id: true, name: true, jobTitle: true } });
    return new Map(users.map((user) => [user.id, user]));
  }
}
