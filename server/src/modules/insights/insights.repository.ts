/** Every query on field insights, their links into plans, polls and answers. */
import { In, type DataSource } from "typeorm";
import { isUuid } from "../../ids";
import { FieldInsight, FieldPoll, InsightLink, PollAnswer } from "./insight.entity";

export interface InsightFilter {
  organizationId: string;
  region?: string | null;
  segment?: string | null;
  product?: string | null;
  first: number;
}

export class InsightsRepository {
  constructor(private readonly dataSource: DataSource) {}

  insertInsight(values: Omit<FieldInsight, "id" | "createdAt">): Promise<FieldInsight> {
    const manager = this.dataSource.manager;
    return manager.save(FieldInsight, manager.create(FieldInsight, values));
  }

  findInsight(id: string): Promise<FieldInsight | null> {
    return isUuid(id) ? this.dataSource.manager.findOneBy(FieldInsight, { id }) : Promise.resolve(null);
  }

  /** Newest first, narrowed by tags (case-insensitive equality). */
  list(filter: InsightFilter): Promise<FieldInsight[]> {
    const query = this.dataSource.manager
      .createQueryBuilder(FieldInsight, "insight")
      .where("insight.organization_id = :organizationId", { organizationId: filter.organizationId });
    for (const tag of ["region", "segment", "product"] as const) {
      const value = filter[tag];
      if (value) query.andWhere(`lower(insight.${tag}) = lower(:${tag})`, { [tag]: value });
    }
    return query.orderBy("insight.created_at", "DESC").addOrderBy("insight.id", "DESC").limit(filter.first).getMany();
  }

  async link(values: Omit<InsightLink, "linkedAt">): Promise<void> {
    await this.dataSource.createQueryBuilder().insert().into(InsightLink).values(values).orIgnore().execute();
  }

  async unlink(planId: string, sectionId: string, insightId: string): Promise<void> {
    await this.dataSource.manager.delete(InsightLink, { planId, sectionId, insightId });
  }

  /** Insights linked to the plan's sections: (sectionId, insight) pairs, newest link first. */
  async linkedToPlan(planId: string): Promise<{ sectionId: string; insight: FieldInsight }[]> {
    const links = await this.dataSource.manager.find(InsightLink, { where: { planId }, order: { linkedAt: "DESC" } });
    if (links.length === 0) return [];
    const insights = await this.dataSource.manager.findBy(FieldInsight, { id: In(links.map((link) => link.insightId)) });
    return links.flatMap((link) => {
      const insight = insights.find((candidate) => candidate.id === link.insightId);
      return insight ? [{ sectionId: link.sectionId, insight }] : [];
    });
  }

  insertPoll(values: Omit<FieldPoll, "id" | "createdAt">): Promise<FieldPoll> {
    const manager = this.dataSource.manager;
    return manager.save(FieldPoll, manager.create(FieldPoll, values));
  }

  findPoll(id: string): Promise<FieldPoll | null> {
    return isUuid(id) ? this.dataSource.manager.findOneBy(FieldPoll, { id }) : Promise.resolve(null);
  }

  pollsOfPlan(planId: string): Promise<FieldPoll[]> {
    return this.dataSource.manager.find(FieldPoll, { where: { planId }, order: { createdAt: "DESC" } });
  }

  /** Records (or changes) the user's answer. */
  async answer(values: Omit<PollAnswer, "answeredAt">): Promise<void> {
    await this.dataSource.getRepository(PollAnswer).upsert({ ...values, answeredAt: new Date() }, ["pollId", "userId"]);
  }

  answersOfPolls(pollIds: readonly string[]): Promise<PollAnswer[]> {
    if (pollIds.length === 0) return Promise.resolve([]);
    return this.dataSource.manager.findBy(PollAnswer, { pollId: In([...pollIds]) });
  }
}
