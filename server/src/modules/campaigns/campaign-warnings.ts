/**
 * The calendar's warnings, computed from the campaigns, goals, sales events and focus of one plan and
 * the organisation's "today". Pure: the service loads, this decides, and the tests pin the clock.
 */
import { addDays, quarterOf, rangesOverlap } from "./calendar-dates";
import { CampaignGoalStatus, CampaignWarningCode, SalesEventKind } from "./campaign-enums";
import type { CampaignGoal } from "./campaign-goal.entity";
import { enablementReady, type Campaign } from "./campaign.entity";
import type { CampaignWarning } from "./campaign-warning";
import type { SalesEvent } from "./sales-event.entity";
import type { SalesFocus } from "./sales-focus.entity";


export interface CalendarFacts {
  /** Today in the organisation's time zone (YYYY-MM-DD). */
  today: string;
  campaigns: readonly Campaign[];
  goalsOf: (campaignId: string) => readonly CampaignGoal[];
  events: readonly SalesEvent[];
  focus: readonly SalesFocus[];
}

export function prepStartDate(campaign: Pick<Campaign, "launchDate" | "prepDays">): string {
  return addDays(campaign.launchDate, -campaign.prepDays);
}

/** The days a campaign runs, inclusive (a launch without an end date runs one day). */
export function runOf(campaign: Pick<Campaign, "launchDate" | "endDate">): { start: string; end: string } {
  return { start: campaign.launchDate, end: campaign.endDate ?? campaign.launchDate };
}

/** The prep window has started and launch day has not passed. */
export function isInPrepWindow(campaign: Campaign, today: string): boolean {
  return prepStartDate(campaign) <= today && today <= campaign.launchDate;
}

export function campaignWarnings(campaign: Campaign, facts: CalendarFacts): CampaignWarning[] {
  return [enablement, blackout, overlap, goals, focus].flatMap((check) => check(campaign, facts) ?? []);
}

function enablement(campaign: Campaign, { today }: CalendarFacts): CampaignWarning | null {
  if (enablementReady(campaign) || !isInPrepWindow(campaign, today)) return null;
  return {
    code: CampaignWarningCode.ENABLEMENT_NOT_READY,
    message: `Sales prep started on ${prepStartDate(campaign)} and the enablement checklist is not complete.`,
  };
}

function blackout(campaign: Campaign, { events }: CalendarFacts): CampaignWarning | null {
  const hit = events.find(
    (event) =>
      event.kind === SalesEventKind.BLACKOUT &&
      (event.region === null || event.region === campaign.region) &&
      event.startDate <= campaign.launchDate &&
      campaign.launchDate <= event.endDate,
  );
  return hit ? { code: CampaignWarningCode.LAUNCH_IN_BLACKOUT, message: `Launch falls in the sales blackout "${hit.name}".` } : null;
}

function overlap(campaign: Campaign, { campaigns }: CalendarFacts): CampaignWarning | null {
  const others = campaigns.filter((other) => other.id !== campaign.id && other.region === campaign.region && rangesOverlap(runOf(other), runOf(campaign)));
  if (others.length === 0) return null;
  return {
    code: CampaignWarningCode.OVERLAPPING_LAUNCH,
    message: `Overlaps ${others.map((other) => `"${other.name}"`).join(", ")} in ${campaign.region}.`,
  };
}

function goals(campaign: Campaign, { goalsOf }: CalendarFacts): CampaignWarning | null {
  const open = goalsOf(campaign.id).filter((goal) => goal.status !== CampaignGoalStatus.ACCEPTED);
  if (open.length === 0) return null;
  return { code: CampaignWarningCode.GOALS_NOT_ACCEPTED, message: `${open.length} goal(s) without sales acceptance.` };
}

function focus(campaign: Campaign, { focus }: CalendarFacts): CampaignWarning | null {
  if (!campaign.productFocus) return null;
  const quarter = quarterOf(campaign.launchDate);
  const pushed = focus.find((row) => row.quarter === quarter);
  if (!pushed || pushed.products.length === 0) return null;
  const wanted = campaign.productFocus.trim().toLowerCase();
  if (pushed.products.some((product) => product.trim().toLowerCase() === wanted)) return null;
  return {
    code: CampaignWarningCode.FOCUS_MISMATCH,
    message: `${campaign.productFocus} is not in the ${quarter} sales focus (${pushed.products.join(", ")}).`,
  };
}
