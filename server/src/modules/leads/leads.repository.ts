/** The lead definition's tables: rubric, criteria, acknowledgements. */
import { In, type DataSource, type EntityManager } from "typeorm";
import { PlanMember } from "../plans/plan-member.entity";
import { PlanRole } from "../../policies/plan-role";
import { LeadAcknowledgement } from "./lead-acknowledgement.entity";
import { LeadCriterion } from "./lead-criterion.entity";
import { LeadRubric } from "./lead-rubric.entity";

/** A criterion as the rubric editor sends it: an id keeps an existing row, none adds one. */
export type CriterionRow = Pick<LeadCriterion, "kind" | "label" | "attribute" | "operator" | "values" | "points"> & { id?: string | null };

export class LeadsRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  findRubric(planId: string, manager: EntityManager = this.dataSource.manager): Promise<LeadRubric | null> {
    return manager.getRepository(LeadRubric).findOneBy({ planId });
  }

  /** Locks the rubric row for a change (creating it first if the plan has none). */
  async lockRubric(planId: string, manager: EntityManager): Promise<LeadRubric> {
    await manager.query(`INSERT INTO lead_rubrics (plan_id) VALUES ($1) ON CONFLICT (plan_id) DO NOTHING`, [planId]);
    return manager.getRepository(LeadRubric).findOneOrFail({ where: { planId }, lock: { mode: "pessimistic_write" } });
  }

  saveRubric(rubric: LeadRubric, manager: EntityManager = this.dataSource.manager): Promise<LeadRubric> {
    return manager.getRepository(LeadRubric).save(rubric);
  }

  criteria(planId: string, manager: EntityManager = this.dataSource.manager): Promise<LeadCriterion[]> {
    return manager.getRepository(LeadCriterion).find({ where: { planId }, order: { position: "ASC" } });
  }

  /** Criteria of several plans, each list in rubric order (the DataLoader behind `LeadDefinition.criteria`). */
  criteriaOfPlans(planIds: readonly string[]): Promise<LeadCriterion[]> {
    return this.dataSource.getRepository(LeadCriterion).find({ where: { planId: In([...planIds]) }, order: { position: "ASC" } });
  }

  /** Replaces the whole list: kept ids are updated in place, others inserted, the rest deleted. */
  async replaceCriteria(planId: string, rows: readonly CriterionRow[], manager: EntityManager): Promise<void> {
    const repository = manager.getRepository(LeadCriterion);
    const keep = rows.flatMap((row) => (row.id ? [row.id] : []));
    const existing = await repository.findBy({ planId });
    const gone = existing.filter((row) => !keep.includes(row.id)).map((row) => row.id);
    if (gone.length > 0) await repository.delete({ planId, id: In(gone) });
    const entities = rows.map((row, position) => repository.create({ ...row, id: row.id ?? undefined, planId, position }));
    await repository.save(entities);
  }

  acknowledgements(planId: string, manager: EntityManager = this.dataSource.manager): Promise<LeadAcknowledgement[]> {
    return manager.getRepository(LeadAcknowledgement).findBy({ planId });
  }

  async acknowledge(planId: string, userId: string, revision: number, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.getRepository(LeadAcknowledgement).upsert({ planId, userId, revision, acknowledgedAt: new Date() }, ["planId", "userId"]);
  }

  /** Members with the field role (COMMENTER: the field reps), who acknowledge the published rubric. */
  fieldMembers(planId: string, manager: EntityManager = this.dataSource.manager): Promise<PlanMember[]> {
    return manager.getRepository(PlanMember).find({ where: { planId, role: PlanRole.COMMENTER }, order: { createdAt: "ASC" } });
  }
}
