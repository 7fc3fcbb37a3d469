/** Reviewer assignments: one row per assigned section; no row means nobody reviews it. */
import type { DataSource, EntityManager } from "typeorm";
import { entityRows, selectRows, type EntityRows } from "../../entity-rows";
import { SectionReviewer } from "./section-reviewer.entity";

/** sectionId -> reviewer's user id. */
export type ReviewerMap = ReadonlyMap<string, string>;

export class SectionReviewerRepository {
  private readonly rows: EntityRows<SectionReviewer>;

  constructor(private readonly dataSource: DataSource) {
    this.rows = entityRows(dataSource, SectionReviewer);
  }

  private repo(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(SectionReviewer);
  }

  async forPlan(planId: string, manager?: EntityManager): Promise<ReviewerMap> {
    const rows = await this.repo(manager).findBy({ planId });
    return new Map(rows.map((row) => [row.sectionId, row.reviewerId]));
  }

  /** Every plan's assignments in one query (DataLoader batches). */
  async forPlans(planIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<SectionReviewer[]> {
    const rows = await selectRows(manager, `SELECT ${this.rows.select("r")} FROM section_reviewers r WHERE r.plan_id = ANY($1::uuid[])`, [planIds]);
    return rows.map((row) => this.rows.read(row, "r"));
  }

  async assign(planId: string, sectionId: string, reviewerId: string | null, assignedBy: string | null, manager?: EntityManager): Promise<void> {
    if (reviewerId === null) {
      await this.repo(manager).delete({ planId, sectionId });
      return;
    }
    await this.repo(manager).upsert({ planId, sectionId, reviewerId, assignedBy, assignedAt: new Date() }, ["planId", "sectionId"]);
  }

  /** Seeds a new plan's assignments from its template, inside the plan's creation transaction. */
  async insertMany(planId: string, assignments: ReviewerMap, assignedBy: string, manager?: EntityManager): Promise<void> {
    const rows = [...assignments].map(([sectionId, reviewerId]) => ({ planId, sectionId, reviewerId, assignedBy }));
    if (rows.length > 0) await this.repo(manager).createQueryBuilder().insert().values(rows).orIgnore().execute();
  }
}
