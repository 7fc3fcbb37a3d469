/**
 * The sample plan's lead definition (a draft rubric the council can test before publishing) and a
 * campaign calendar around the day the demo is seeded, so its warnings mean something whenever it runs:
 * one launch whose prep window has started with enablement unfinished, one in a quarter-end blackout.
 * Added once: a plan that already has a rubric or campaigns is left alone.
 */
import { addDays, dateIn, quarterOf } from "../../modules/campaigns/calendar-dates";
import { CampaignGoalKind, CampaignGoalStatus, SalesEventKind } from "../../modules/campaigns/campaign-enums";
import { CampaignService } from "../../modules/campaigns/campaigns.service";
import { LeadCriterionKind, LeadCriterionOperator } from "../../modules/leads/lead-enums";
import { LeadService } from "../../modules/leads/leads.service";
import type { PlanService } from "../../modules/plans/plan.service";
import type { User } from "../../modules/users/user.entity";
import type { Repositories } from "../../services";

const { FIT, ENGAGEMENT } = LeadCriterionKind;
const { EQUALS_ANY, AT_LEAST, AT_MOST, IS_TRUE } = LeadCriterionOperator;

const CRITERIA = [
  { kind: FIT, label: "Target industry", attribute: "industry", operator: EQUALS_ANY, values: ["Manufacturing", "Logistics", "Retail"], points: 25 },
  { kind: FIT, label: "Mid-market size", attribute: "employees", operator: AT_LEAST, values: ["200"], points: 20 },
  { kind: FIT, label: "Too small for us", attribute: "employees", operator: AT_MOST, values: ["20"], points: -30 },
  { kind: FIT, label: "Decision maker", attribute: "role", operator: EQUALS_ANY, values: ["VP", "Director", "Head of Operations", "CFO"], points: 20 },
  { kind: FIT, label: "Our regions", attribute: "region", operator: EQUALS_ANY, values: ["EMEA", "NA East", "NA West"], points: 5 },
  { kind: ENGAGEMENT, label: "Requested a demo", attribute: "demoRequested", operator: IS_TRUE, values: [], points: 30 },
  { kind: ENGAGEMENT, label: "Attended an event or webinar", attribute: "attendedEvent", operator: IS_TRUE, values: [], points: 15 },
];

export async function seedDemoAlignment(planId: string, repositories: Repositories, plans: PlanService, people: Map<string, User>): Promise<void> {
  const owner = people.get("maya@acme.test")!;
  const leads = new LeadService(repositories.leads, plans, { leadDefinitionPublished: () => Promise.resolve() });
  if (!(await repositories.leads.findRubric(planId))) {
    await leads.save(owner, {
      planId,
      qualifiedLeadDefinition:
        "A mid-market company (200+ employees) in manufacturing, logistics or retail, where someone who can sign (VP, director, head of operations) has asked to talk to us or come to one of our events.",
      gradingResponsibility:
        "Inside sales (teleprospecting) calls every new lead within one working day and grades C and B; a B lead goes to the territory's field rep, who confirms A after the first meeting.",
      thresholdA: 80,
      thresholdB: 50,
      thresholdC: 25,
      criteria: CRITERIA,
    });
  }
  const campaigns = new CampaignService(repositories.campaigns, plans, repositories.planMembers, repositories.organizations);
  if ((await repositories.campaigns.campaigns(planId)).length > 0) return;
  const today = dateIn("UTC", new Date());
  const quarterEnd = lastDayOfQuarter(today);
  const roadshow = await campaigns.create(owner, planId, {
    name: "Manufacturing roadshow",
    region: "NA East",
    channel: "Field event",
    productFocus: "Analytics Cloud",
    launchDate: addDays(today, 9),
    endDate: addDays(today, 16),
  });
  await campaigns.update(owner, roadshow.id, { talkTrackReady: true });
  await campaigns.addGoal(owner, roadshow.id, { kind: CampaignGoalKind.MEETINGS, target: 40, salesOwnerId: people.get("james@acme.test")!.id });
  const webinars = await campaigns.create(owner, planId, {
    name: "Partner webinar series",
    region: "EMEA",
    channel: "Webinar",
    productFocus: "Data Connectors",
    launchDate: addDays(today, 35),
    endDate: addDays(today, 63),
  });
  const goal = await campaigns.addGoal(owner, webinars.id, { kind: CampaignGoalKind.LEADS, target: 300, salesOwnerId: people.get("dan@acme.test")!.id });
  await campaigns.decideGoal(people.get("dan@acme.test")!, goal.goals[0].id, CampaignGoalStatus.ACCEPTED, null);
  const ready = { talkTrackReady: true, objectionHandlingReady: true, competitivePositioningReady: true, leadListReady: true };
  const abm = await campaigns.create(owner, planId, { name: "ABM email wave", region: "NA West", channel: "Email", launchDate: addDays(quarterEnd, -1), prepDays: 21 });
  await campaigns.update(owner, abm.id, ready);
  await campaigns.addSalesEvent(owner, planId, { kind: SalesEventKind.BLACKOUT, name: "Quarter close", startDate: addDays(quarterEnd, -4), endDate: quarterEnd, region: null });
  await campaigns.addSalesEvent(owner, planId, { kind: SalesEventKind.KICKOFF, name: "Sales kick-off", startDate: addDays(quarterEnd, 10), endDate: addDays(quarterEnd, 11), region: null });
  for (const date of [today, addDays(quarterEnd, 1)]) await campaigns.setSalesFocus(owner, planId, quarterOf(date), ["Analytics Cloud", "Data Connectors"]);
}

function lastDayOfQuarter(date: string): string {
  const year = Number(date.slice(0, 4));
  const lastMonth = Math.ceil(Number(date.slice(5, 7)) / 3) * 3;
  return new Date(Date.UTC(year, lastMonth, 0)).toISOString().slice(0, 10);
}
