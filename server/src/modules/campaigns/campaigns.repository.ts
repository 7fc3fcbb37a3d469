/** The campaign calendar's tables: campaigns, goals, sales events, sales focus, calendar feed tokens. */
import { In, type DataSource, type EntityManager } from "typeorm";
import { CalendarFeed } from "./calendar-feed.entity";
import { CampaignGoal } from "./campaign-goal.entity";
import { Campaign } from "./campaign.entity";
import { SalesEvent } from "./sales-event.entity";
import { SalesFocus } from "./sales-focus.entity";

export class CampaignsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private get manager(): EntityManager {
    return this.dataSource.manager;
  }

  campaigns(planId: string): Promise<Campaign[]> {
    return this.manager.getRepository(Campaign).find({ where: { planId }, order: { launchDate: "ASC", name: "ASC" } });
  }

  findCampaign(id: string): Promise<Campaign | null> {
    return this.manager.getRepository(Campaign).findOneBy({ id });
  }

  saveCampaign(campaign: Partial<Campaign>): Promise<Campaign> {
    const repository = this.manager.getRepository(Campaign);
    return repository.save(repository.create(campaign));
  }

  async deleteCampaign(id: string): Promise<void> {
    await this.manager.getRepository(Campaign).delete({ id });
  }

  goalsOfCampaigns(campaignIds: readonly string[]): Promise<CampaignGoal[]> {
    if (campaignIds.length === 0) return Promise.resolve([]);
    return this.manager.getRepository(CampaignGoal).find({ where: { campaignId: In([...campaignIds]) }, order: { createdAt: "ASC" } });
  }

  findGoal(id: string): Promise<CampaignGoal | null> {
    return this.manager.getRepository(CampaignGoal).findOneBy({ id });
  }

  saveGoal(goal: Partial<CampaignGoal>): Promise<CampaignGoal> {
    const repository = this.manager.getRepository(CampaignGoal);
    return repository.save(repository.create(goal));
  }

  async deleteGoal(id: string): Promise<void> {
    await this.manager.getRepository(CampaignGoal).delete({ id });
  }

  events(planId: string): Promise<SalesEvent[]> {
    return this.manager.getRepository(SalesEvent).find({ where: { planId }, order: { startDate: "ASC" } });
  }

  findEvent(id: string): Promise<SalesEvent | null> {
    return this.manager.getRepository(SalesEvent).findOneBy({ id });
  }

  saveEvent(event: Partial<SalesEvent>): Promise<SalesEvent> {
    const repository = this.manager.getRepository(SalesEvent);
    return repository.save(repository.create(event));
  }

  async deleteEvent(id: string): Promise<void> {
    await this.manager.getRepository(SalesEvent).delete({ id });
  }

  focus(planId: string): Promise<SalesFocus[]> {
    return this.manager.getRepository(SalesFocus).find({ where: { planId }, order: { quarter: "ASC" } });
  }

  /** Sets a quarter's focus; an empty list removes it. */
  async setFocus(planId: string, quarter: string, products: string[]): Promise<void> {
    const repository = this.manager.getRepository(SalesFocus);
    if (products.length === 0) await repository.delete({ planId, quarter });
    else await repository.upsert({ planId, quarter, products }, ["planId", "quarter"]);
  }

  feedOfPlan(planId: string): Promise<CalendarFeed | null> {
    return this.manager.getRepository(CalendarFeed).findOneBy({ planId });
  }

  feedByToken(token: string): Promise<CalendarFeed | null> {
    return this.manager.getRepository(CalendarFeed).findOneBy({ token });
  }

  /** Stores `token` as the plan's feed secret unless it has one; returns the one that holds. */
  async ensureFeed(planId: string, token: string): Promise<CalendarFeed> {
    await this.manager.query(`INSERT INTO calendar_feeds (plan_id, token) VALUES ($1, $2) ON CONFLICT (plan_id) DO NOTHING`, [planId, token]);
    return this.manager.getRepository(CalendarFeed).findOneByOrFail({ planId });
  }

  /** Replaces the plan's feed secret: the old address stops working at once. */
  async replaceFeed(planId: string, token: string): Promise<void> {
    await this.manager.query(
      `INSERT INTO calendar_feeds (plan_id, token) VALUES ($1, $2) ON CONFLICT (plan_id) DO UPDATE SET token = EXCLUDED.token, created_at = now()`,
      [planId, token],
    );
  }
}
