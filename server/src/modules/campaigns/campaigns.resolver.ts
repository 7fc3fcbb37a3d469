import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from "type-graphql";
import { requireUser, type Context } from "../../graphql/context";
import { Organization } from "../organizations/organization.entity";
import { Plan } from "../plans/plan.entity";
import { User } from "../users/user.entity";
import { calendarFeedPath } from "./calendar-feed";
import { CampaignGoal } from "./campaign-goal.entity";
import { Campaign } from "./campaign.entity";
import { SalesEvent } from "./sales-event.entity";
import { SalesFocus } from "./sales-focus.entity";
import {
  AddCampaignGoalInput,
  AddSalesEventInput,
  CampaignCalendar,
  CampaignFilterInput,
  CreateCampaignInput,
  DecideCampaignGoalInput,
  SetSalesFocusInput,
  UpdateCampaignInput,
} from "./campaigns.types";

@Resolver(() => Campaign)
export class CampaignResolver {
  @Mutation(() => Campaign, { description: "Adds a campaign; its warnings are computed against the whole calendar" })
  createCampaign(@Arg("input") input: CreateCampaignInput, @Ctx() context: Context): Promise<Campaign> {
    const { planId, prepDays, ...fields } = input;
    return context.services.campaigns.create(requireUser(context), planId, { ...fields, prepDays: prepDays ?? undefined });
  }

  @Mutation(() => Campaign, { description: "Changes a campaign, its dates or its enablement checklist" })
  updateCampaign(@Arg("input") input: UpdateCampaignInput, @Ctx() context: Context): Promise<Campaign> {
    const { campaignId, ...changes } = input;
    return context.services.campaigns.update(requireUser(context), campaignId, changes);
  }

  @Mutation(() => ID, { description: "Removes a campaign and its goals; returns its id" })
  deleteCampaign(@Arg("campaignId", () => ID) campaignId: string, @Ctx() context: Context): Promise<string> {
    return context.services.campaigns.delete(requireUser(context), campaignId);
  }

  @Mutation(() => Campaign, { description: "Adds a goal its named sales owner must accept" })
  addCampaignGoal(@Arg("input") input: AddCampaignGoalInput, @Ctx() context: Context): Promise<Campaign> {
    const { campaignId, ...goal } = input;
    return context.services.campaigns.addGoal(requireUser(context), campaignId, goal);
  }

  @Mutation(() => CampaignGoal, { description: "The goal's sales owner accepts it or questions it (with a reason)" })
  decideCampaignGoal(@Arg("input") input: DecideCampaignGoalInput, @Ctx() context: Context): Promise<CampaignGoal> {
    return context.services.campaigns.decideGoal(requireUser(context), input.goalId, input.decision, input.note ?? null);
  }

  @Mutation(() => Campaign)
  removeCampaignGoal(@Arg("goalId", () => ID) goalId: string, @Ctx() context: Context): Promise<Campaign> {
    return context.services.campaigns.removeGoal(requireUser(context), goalId);
  }

  @Mutation(() => SalesEvent, { description: "Adds a kick-off, quarter end or blackout to the calendar" })
  addSalesEvent(@Arg("input") input: AddSalesEventInput, @Ctx() context: Context): Promise<SalesEvent> {
    const { planId, ...event } = input;
    return context.services.campaigns.addSalesEvent(requireUser(context), planId, { ...event, region: event.region ?? null });
  }

  @Mutation(() => ID, { description: "Removes a sales event; returns its id" })
  removeSalesEvent(@Arg("eventId", () => ID) eventId: string, @Ctx() context: Context): Promise<string> {
    return context.services.campaigns.removeSalesEvent(requireUser(context), eventId);
  }

  @Mutation(() => [SalesFocus], { description: "Sets the products sales pushes in a quarter; returns every quarter's focus" })
  setSalesFocus(@Arg("input") input: SetSalesFocusInput, @Ctx() context: Context): Promise<SalesFocus[]> {
    return context.services.campaigns.setSalesFocus(requireUser(context), input.planId, input.quarter, input.products);
  }

  @Mutation(() => String, { description: "Replaces the plan's calendar feed address (the old one answers 404); returns the new one" })
  async revokeCalendarFeed(@Arg("planId", () => ID) planId: string, @Ctx() context: Context): Promise<string> {
    return feedUrl(context, await context.services.campaigns.revokeFeed(requireUser(context), planId));
  }

  @Mutation(() => Organization, { description: "Sets the organisation's time zone (IANA name), in which campaign dates are read" })
  setOrganizationTimeZone(@Arg("timeZone") timeZone: string, @Ctx() context: Context): Promise<Organization> {
    return context.services.campaigns.setTimeZone(requireUser(context), timeZone);
  }
}

@Resolver(() => CampaignGoal)
export class CampaignGoalResolver {
  @FieldResolver(() => User, { nullable: true, description: "The sales person who accepts or questions the goal" })
  salesOwner(@Root() goal: CampaignGoal, @Ctx() context: Context): Promise<User | null> {
    return context.loaders.user.load(goal.salesOwnerId);
  }

  @FieldResolver(() => Boolean, { description: "Whether I am the sales owner who decides it" })
  isMine(@Root() goal: CampaignGoal, @Ctx() context: Context): boolean {
    return context.user?.id === goal.salesOwnerId;
  }
}

@Resolver(() => Plan)
export class PlanCampaignsResolver {
  @FieldResolver(() => CampaignCalendar, { description: "Campaigns, sales events and focus, with warnings" })
  campaignCalendar(
    @Root() plan: Plan,
    @Arg("filter", () => CampaignFilterInput, { nullable: true }) filter: CampaignFilterInput | null,
    @Ctx() context: Context,
  ): Promise<CampaignCalendar> {
    return context.services.campaigns.calendar(plan.id, filter ?? {});
  }

  @FieldResolver(() => String, { description: "Absolute iCalendar feed address (launches and prep windows); the secret in it is revocable" })
  async calendarFeedUrl(@Root() plan: Plan, @Ctx() context: Context): Promise<string> {
    return feedUrl(context, await context.services.campaigns.feedToken(requireUser(context), plan.id));
  }
}

function feedUrl(context: Context, token: string): string {
  const { req } = context;
  const origin = context.services.publicUrl ?? (req ? `${req.protocol}://${req.get("host")}` : "");
  return `${origin}${calendarFeedPath(token)}`;
}
