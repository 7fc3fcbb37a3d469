/**
 * The campaign calendar drawn by vis-timeline (a maintained timeline component): one row per region,
 * each campaign's run as a bar, its sales-prep window as a lighter bar before it, and sales events as
 * shaded backgrounds. Dates are all-day, so items are placed on UTC midnights of the planned days.
 */
import { useEffect, useRef } from "react";
import { Timeline, type DataGroup, type DataItem } from "vis-timeline/standalone";
import "vis-timeline/styles/vis-timeline-graph2d.min.css";
import classes from "./alignment.module.css";

export interface TimelineCampaign {
  id: string;
  name: string;
  region: string;
  launchDate: string;
  endDate?: string | null;
  prepStartDate: string;
  prepDays: number;
  warnings: readonly { code: string }[];
}

export interface TimelineEvent {
  id: string;
  kind: string;
  name: string;
  startDate: string;
  endDate: string;
  region?: string | null;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const day = (date: string, plusDays = 0) => new Date(Date.parse(`${date}T00:00:00Z`) + plusDays * DAY_MS);

export function CampaignTimeline({ campaigns, events, today }: { campaigns: readonly TimelineCampaign[]; events: readonly TimelineEvent[]; today: string }) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!container.current) return;
    const regions = [...new Set(campaigns.map((campaign) => campaign.region))].sort();
    const groups: DataGroup[] = regions.map((region) => ({ id: region, content: region }));
    const items: DataItem[] = [
      ...campaigns.flatMap((campaign): DataItem[] => [
        ...(campaign.prepDays > 0
          ? [{ id: `${campaign.id}:prep`, group: campaign.region, start: day(campaign.prepStartDate), end: day(campaign.launchDate), content: "prep", className: classes.prepItem, title: `Sales prep for ${campaign.name}` }]
          : []),
        {
          id: `${campaign.id}:run`,
          group: campaign.region,
          start: day(campaign.launchDate),
          end: day(campaign.endDate ?? campaign.launchDate, 1),
          content: campaign.warnings.length > 0 ? `⚠ ${campaign.name}` : campaign.name,
          className: campaign.warnings.length > 0 ? classes.warningItem : classes.campaignItem,
          title: campaign.warnings.length > 0 ? campaign.warnings.map((warning) => warning.code).join(", ") : campaign.name,
        },
      ]),
      ...events.map((event): DataItem => ({
        id: `event:${event.id}`,
        start: day(event.startDate),
        end: day(event.endDate, 1),
        content: event.name,
        type: "background",
        className: event.kind === "BLACKOUT" ? classes.blackoutItem : classes.eventItem,
      })),
    ];
    const starts = campaigns.map((campaign) => day(campaign.prepStartDate).getTime());
    const ends = campaigns.map((campaign) => day(campaign.endDate ?? campaign.launchDate, 1).getTime());
    const timeline = new Timeline(container.current, items, groups, {
      stack: true,
      zoomable: true,
      moveable: true,
      orientation: "top",
      margin: { item: 6 },
      start: new Date(Math.min(day(today, -14).getTime(), ...starts)),
      end: new Date(Math.max(day(today, 60).getTime(), ...ends) + 7 * DAY_MS),
      showCurrentTime: false,
    });
    timeline.addCustomTime(day(today), "today");
    return () => timeline.destroy();
  }, [campaigns, events, today]);
  return <div ref={container} className={classes.timeline} data-testid="campaign-timeline" />;
}
