/**
 * A plan's campaign calendar as iCalendar (RFC 5545, written by ical-generator): one all-day event per
 * launch and one per sales-prep window, so reps see both in their own calendar. Dates are calendar days
 * (DATE values), so a subscriber in any time zone sees the days the organisation planned.
 */
import ical from "ical-generator";
import { addDays } from "./calendar-dates";
import type { Campaign } from "./campaign.entity";

export const CALENDAR_FEED_PATH = "/api/calendars";

export function calendarFeedPath(token: string): string {
  return `${CALENDAR_FEED_PATH}/${token}.ics`;
}

export function renderCalendarFeed(plan: { id: string; title: string }, campaigns: readonly Campaign[]): string {
  const calendar = ical({ name: `${plan.title}: campaign calendar`, prodId: { company: "planbridge", product: "campaign-calendar" } });
  for (const campaign of campaigns) {
    const where = [campaign.region, campaign.channel, campaign.productFocus].filter(Boolean).join(" · ");
    calendar.createEvent({
      id: `${campaign.id}-launch@planbridge`,
      allDay: true,
      start: campaign.launchDate,
      end: addDays(campaign.endDate ?? campaign.launchDate, 1),
      summary: `Launch: ${campaign.name}`,
      description: `${where}${campaign.warnings.length > 0 ? `\nWarnings: ${campaign.warnings.map((warning) => warning.message).join(" ")}` : ""}`,
    });
    if (campaign.prepDays === 0) continue;
    calendar.createEvent({
      id: `${campaign.id}-prep@planbridge`,
      allDay: true,
      start: campaign.prepStartDate,
      end: campaign.launchDate,
      summary: `Sales prep: ${campaign.name}`,
      description: `${campaign.prepDays} days to get ready for ${campaign.name} (${where}): talk track, objection handling, competitive positioning, lead list.`,
    });
  }
  return calendar.toString();
}
