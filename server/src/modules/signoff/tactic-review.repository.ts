/** Tactic reviews: appended, never changed; the latest one per section and reviewer is the standing one. */
import type { DataSource, EntityManager } from "typeorm";
import { TacticReview } from "./tactic-review.entity";

export class TacticReviewRepository {
  constructor(private readonly dataSource: DataSource) {}

  insert(review: Omit<TacticReview, "id" | "createdAt">, manager: EntityManager): Promise<TacticReview> {
    return manager.save(TacticReview, manager.create(TacticReview, review));
  }

  /** The newest review of each (section, reviewer) pair of a plan. */
  latestForPlan(planId: string, manager: EntityManager = this.dataSource.manager): Promise<TacticReview[]> {
    return manager
      .createQueryBuilder(TacticReview, "review")
      .distinctOn(["review.section_id", "review.reviewer_id"])
      .where("review.plan_id = :planId", { planId })
      .orderBy("review.section_id")
      .addOrderBy("review.reviewer_id")
      .addOrderBy("review.created_at", "DESC")
      .getMany();
  }
}
