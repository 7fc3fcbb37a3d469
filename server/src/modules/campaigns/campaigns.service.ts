/**
 * The joint campaign calendar: campaigns with goals sales has accepted (or questioned), a sales-prep
 * window with an enablement checklist, sales events and the quarterly sales focus, warnings computed
 * against the organisation's "today", and a per-plan iCalendar feed behind a revocable secret.
 */
import { randomBytes } from "node:crypto";
import type { CampaignCalendarJson } from "@planbridge/plan-schema";
import { BadInputError, ForbiddenError, NotFoundError } from "../../errors";
import { isUuid } from "../../ids";
import type { OrganizationRepository } from "../organizations/organization.repository";
import type { PlanMemberRepository } from "../plans/plan-member.repository";
import type { PlanService } from "../plans/plan.service";
import type { User } from "../users/user.entity";
import { canInOrganization } from "../../policies/organization-policy";
import type { Organization } from "../organizations/organization.entity";
import { daysBetween, dateIn, isCalendarDate, isTimeZone } from "./calendar-dates";
import { renderCalendarFeed } from "./calendar-feed";
import { CampaignGoalKind, CampaignGoalStatus, SalesEventKind } from "./campaign-enums";
import type { CampaignGoal } from "./campaign-goal.entity";
import { campaignWarnings, isInPrepWindow, prepStartDate, type CalendarFacts } from "./campaign-warnings";
import { enablementReady, type Campaign } from "./campaign.entity";
import type { CampaignsRepository } from "./campaigns.repository";
import type { SalesEvent } from "./sales-event.entity";
import type { SalesFocus } from "./sales-focus.entity";

export const DEFAULT_PREP_DAYS = 14;
export const MAX_PREP_DAYS = 180;

export interface CampaignFields {
  name: string;
  channel: string;
  region: string;
  segment: string | null;
  productFocus: string | null;
  launchDate: string;
  endDate: string | null;
  prepDays: number;
  talkTrackReady: boolean;
  objectionHandlingReady: boolean;
  competitivePositioningReady: boolean;
  leadListReady: boolean;
}

export interface CalendarFilter {
  region?: string | null;
  channel?: string | null;
}

export interface CampaignCalendarView {
  planId: string;
  timeZone: string;
  today: string;
  campaigns: Campaign[];
  events: SalesEvent[];
  focus: SalesFocus[];
  regions: string[];
  channels: string[];
}

export type Clock = () => Date;

export class CampaignService {
  constructor(
    private readonly repository: CampaignsRepository,
    private readonly plans: PlanService,
    private readonly members: PlanMemberRepository,
    private readonly organizations: OrganizationRepository,
    private readonly clock: Clock = () => new Date(),
  ) {}

  /** The calendar with warnings, the campaigns filtered by region and channel (warnings still see them all). */
  async calendar(planId: string, filter: CalendarFilter = {}, at: Date = this.clock()): Promise<CampaignCalendarView> {
    const plan = await this.plans.findPlan(planId);
    if (!plan) throw new NotFoundError("Plan");
    const timeZone = await this.organizations.timeZoneOf(plan.organizationId);
    const [campaigns, events, focus] = await Promise.all([this.repository.campaigns(planId), this.repository.events(planId), this.repository.focus(planId)]);
    const goals = await this.repository.goalsOfCampaigns(campaigns.map((campaign) => campaign.id));
    const facts: CalendarFacts = { today: dateIn(timeZone, at), campaigns, events, focus, goalsOf: (id) => goals.filter((goal) => goal.campaignId === id) };
    for (const campaign of campaigns) decorate(campaign, facts);
    const shown = campaigns.filter((campaign) => (!filter.region || campaign.region === filter.region) && (!filter.channel || campaign.channel === filter.channel));
    return {
      planId,
      timeZone,
      today: facts.today,
      campaigns: shown,
      events,
      focus,
      regions: distinct(campaigns.map((campaign) => campaign.region)),
      channels: distinct(campaigns.map((campaign) => campaign.channel)),
    };
  }

  async view(user: User, planId: string, filter: CalendarFilter = {}): Promise<CampaignCalendarView> {
    await this.plans.authorize(user, planId, "plan.view");
    return this.calendar(planId, filter);
  }

  /** Campaigns whose sales-prep window is open at `at` (an agenda item for the feedback sessions). */
  async inPrepWindow(planId: string, at: Date = this.clock()): Promise<Campaign[]> {
    const { campaigns, today } = await this.calendar(planId, {}, at);
    return campaigns.filter((campaign) => isInPrepWindow(campaign, today));
  }

  async create(user: User, planId: string, fields: Partial<CampaignFields> & Pick<CampaignFields, "name" | "channel" | "region" | "launchDate">): Promise<Campaign> {
    await this.plans.authorize(user, planId, "plan.editCampaigns");
    const { name, channel, region, launchDate } = fields;
    const clean = checkCampaign({ prepDays: DEFAULT_PREP_DAYS, segment: null, productFocus: null, endDate: null, ...given(fields), name, channel, region, launchDate });
    const saved = await this.repository.saveCampaign({ ...clean, planId, createdBy: user.id });
    return this.decorated(planId, saved.id);
  }

  async update(user: User, campaignId: string, changes: Partial<CampaignFields>): Promise<Campaign> {
    const campaign = await this.authorizeCampaign(user, campaignId, "plan.editCampaigns");
    const merged = checkCampaign({ ...fieldsOf(campaign), ...given(changes) });
    await this.repository.saveCampaign({ ...campaign, ...merged });
    return this.decorated(campaign.planId, campaign.id);
  }

  async delete(user: User, campaignId: string): Promise<string> {
    const campaign = await this.authorizeCampaign(user, campaignId, "plan.editCampaigns");
    await this.repository.deleteCampaign(campaign.id);
    return campaign.id;
  }

  /** A goal names the sales owner who must accept it; it starts PENDING. */
  async addGoal(user: User, campaignId: string, goal: { kind: CampaignGoalKind; target: number; salesOwnerId: string }): Promise<Campaign> {
    const campaign = await this.authorizeCampaign(user, campaignId, "plan.editCampaigns");
    if (!Number.isFinite(goal.target) || goal.target <= 0) throw new BadInputError("A goal's target must be a positive number.");
    if (!(await this.members.find(campaign.planId, goal.salesOwnerId))) throw new BadInputError("The sales owner must be a member of the plan.");
    await this.repository.saveGoal({ campaignId, kind: goal.kind, target: goal.target, salesOwnerId: goal.salesOwnerId, status: CampaignGoalStatus.PENDING });
    return this.decorated(campaign.planId, campaign.id);
  }

  /** Only the goal's named sales owner accepts or questions it; questioning needs a reason. */
  async decideGoal(user: User, goalId: string, decision: CampaignGoalStatus, note: string | null): Promise<CampaignGoal> {
    const goal = isUuid(goalId) ? await this.repository.findGoal(goalId) : null;
    if (!goal) throw new NotFoundError("Goal");
    await this.authorizeCampaign(user, goal.campaignId, "plan.decideGoal");
    if (goal.salesOwnerId !== user.id) throw new ForbiddenError("Only the goal's sales owner can accept or question it.");
    if (decision === CampaignGoalStatus.PENDING) throw new BadInputError("decision must be ACCEPTED or QUESTIONED.");
    const reason = note?.trim() || null;
    if (decision === CampaignGoalStatus.QUESTIONED && !reason) throw new BadInputError("Say why you question the goal (note).");
    return this.repository.saveGoal({ ...goal, status: decision, note: reason, decidedAt: new Date() });
  }

  async removeGoal(user: User, goalId: string): Promise<Campaign> {
    const goal = isUuid(goalId) ? await this.repository.findGoal(goalId) : null;
    if (!goal) throw new NotFoundError("Goal");
    const campaign = await this.authorizeCampaign(user, goal.campaignId, "plan.editCampaigns");
    await this.repository.deleteGoal(goal.id);
    return this.decorated(campaign.planId, campaign.id);
  }

  async addSalesEvent(user: User, planId: string, event: Pick<SalesEvent, "kind" | "name" | "startDate" | "endDate" | "region">): Promise<SalesEvent> {
    await this.plans.authorize(user, planId, "plan.editCampaigns");
    const name = event.name.trim();
    if (!name) throw new BadInputError("A sales event needs a name.");
    checkDate("startDate", event.startDate);
    checkDate("endDate", event.endDate);
    if (event.endDate < event.startDate) throw new BadInputError("endDate must be on or after startDate.");
    if (!Object.values(SalesEventKind).includes(event.kind)) throw new BadInputError("kind must be KICKOFF, QUARTER_END or BLACKOUT.");
    return this.repository.saveEvent({ ...event, name, region: event.region?.trim() || null, planId });
  }

  async removeSalesEvent(user: User, eventId: string): Promise<string> {
    const event = isUuid(eventId) ? await this.repository.findEvent(eventId) : null;
    if (!event) throw new NotFoundError("Sales event");
    await this.plans.authorize(user, event.planId, "plan.editCampaigns");
    await this.repository.deleteEvent(event.id);
    return event.id;
  }

  /** Sets the products sales pushes in a quarter (YYYY-Qn); an empty list clears it. */
  async setSalesFocus(user: User, planId: string, quarter: string, products: string[]): Promise<SalesFocus[]> {
    await this.plans.authorize(user, planId, "plan.editCampaigns");
    if (!/^\d{4}-Q[1-4]$/.test(quarter)) throw new BadInputError("quarter must look like 2027-Q1.");
    const clean = distinct(products.map((product) => product.trim()).filter(Boolean));
    await this.repository.setFocus(planId, quarter, clean);
    return this.repository.focus(planId);
  }

  /** The plan's feed secret, created the first time anyone asks for the address. */
  async feedToken(user: User, planId: string): Promise<string> {
    await this.plans.authorize(user, planId, "plan.view");
    const existing = await this.repository.feedOfPlan(planId);
    return (existing ?? (await this.repository.ensureFeed(planId, newToken()))).token;
  }

  /** A new secret: calendars subscribed to the old address get 404 from now on. */
  async revokeFeed(user: User, planId: string): Promise<string> {
    await this.plans.authorize(user, planId, "plan.revokeCalendarFeed");
    const token = newToken();
    await this.repository.replaceFeed(planId, token);
    return token;
  }

  /** The iCalendar text for a feed secret, or null when no plan has it (revoked or never issued). */
  async feed(token: string): Promise<string | null> {
    if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
    const feed = await this.repository.feedByToken(token);
    if (!feed) return null;
    const plan = await this.plans.findPlan(feed.planId);
    if (!plan) return null;
    const { campaigns } = await this.calendar(plan.id);
    return renderCalendarFeed(plan, campaigns);
  }

  /** Organisation admins set the time zone every campaign date is read in. */
  async setTimeZone(user: User, timeZone: string): Promise<Organization> {
    if (!canInOrganization(user, "organization.manageSettings", { id: user.organizationId })) throw new ForbiddenError();
    if (!isTimeZone(timeZone)) throw new BadInputError("timeZone must be an IANA time zone name, e.g. Europe/Berlin or America/New_York.");
    return this.organizations.setTimeZone(user.organizationId, timeZone);
  }

  /** The calendar as a version stores it. */
  async snapshot(planId: string): Promise<CampaignCalendarJson> {
    const view = await this.calendar(planId);
    return {
      timeZone: view.timeZone,
      campaigns: view.campaigns.map((campaign) => ({
        id: campaign.id,
        name: campaign.name,
        channel: campaign.channel,
        region: campaign.region,
        segment: campaign.segment,
        productFocus: campaign.productFocus,
        launchDate: campaign.launchDate,
        endDate: campaign.endDate,
        prepDays: campaign.prepDays,
        prepStartDate: campaign.prepStartDate,
        isEnablementReady: campaign.isEnablementReady,
        goals: campaign.goals.map(({ kind, target, salesOwnerId, status }) => ({ kind, target, salesOwnerId, status })),
      })),
      events: view.events.map(({ kind, name, startDate, endDate, region }) => ({ kind, name, startDate, endDate, region })),
      focus: view.focus.map(({ quarter, products }) => ({ quarter, products })),
    };
  }

  private async authorizeCampaign(user: User, campaignId: string, action: "plan.editCampaigns" | "plan.decideGoal"): Promise<Campaign> {
    const campaign = isUuid(campaignId) ? await this.repository.findCampaign(campaignId) : null;
    if (!campaign) throw new NotFoundError("Campaign");
    await this.plans.authorize(user, campaign.planId, action);
    return campaign;
  }

  /** One campaign as the calendar sees it now (its warnings depend on the rest of the plan). */
  private async decorated(planId: string, campaignId: string): Promise<Campaign> {
    const found = (await this.calendar(planId)).campaigns.find((campaign) => campaign.id === campaignId);
    if (!found) throw new NotFoundError("Campaign");
    return found;
  }
}

function decorate(campaign: Campaign, facts: CalendarFacts): void {
  campaign.prepStartDate = prepStartDate(campaign);
  campaign.isEnablementReady = enablementReady(campaign);
  campaign.goals = [...facts.goalsOf(campaign.id)];
  campaign.warnings = campaignWarnings(campaign, facts);
}

/** The fields a caller gave: null and undefined both mean "not given" (GraphQL clients send either). */
function given<T extends object>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined && value !== null)) as Partial<T>;
}

function fieldsOf(campaign: Campaign): CampaignFields {
  const { name, channel, region, segment, productFocus, launchDate, endDate, prepDays } = campaign;
  const { talkTrackReady, objectionHandlingReady, competitivePositioningReady, leadListReady } = campaign;
  return { name, channel, region, segment, productFocus, launchDate, endDate, prepDays, talkTrackReady, objectionHandlingReady, competitivePositioningReady, leadListReady };
}

function checkCampaign(fields: Partial<CampaignFields> & Pick<CampaignFields, "name" | "channel" | "region" | "launchDate" | "prepDays">): Partial<CampaignFields> {
  const text = (name: string, value: string) => {
    const clean = value.trim();
    if (!clean) throw new BadInputError(`${name} must not be empty.`);
    return clean;
  };
  checkDate("launchDate", fields.launchDate);
  if (fields.endDate) {
    checkDate("endDate", fields.endDate);
    if (daysBetween(fields.launchDate, fields.endDate) < 0) throw new BadInputError("endDate must be on or after launchDate.");
  }
  if (!Number.isInteger(fields.prepDays) || fields.prepDays < 0 || fields.prepDays > MAX_PREP_DAYS) {
    throw new BadInputError(`prepDays must be a whole number of days from 0 to ${MAX_PREP_DAYS}.`);
  }
  return {
    ...fields,
    name: text("name", fields.name),
    channel: text("channel", fields.channel),
    region: text("region", fields.region),
    segment: fields.segment?.trim() || null,
    productFocus: fields.productFocus?.trim() || null,
    endDate: fields.endDate || null,
  };
}

function checkDate(name: string, value: string): void {
  if (!isCalendarDate(value)) throw new BadInputError(`${name} must be a calendar date written YYYY-MM-DD.`);
}

function distinct(values: string[]): string[] {
  return [...new Set(values)].sort((a, b) => a.localeCompare(b));
}

function newToken(): string {
  return randomBytes(24).toString("base64url");
}
