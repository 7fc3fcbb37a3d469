/**
 * The alignment parts of a version as slides: the lead definition as a table of criteria (with the
 * grade thresholds and who grades), and the campaign calendar as a timeline table in launch order with
 * each prep window, sales events beside it. Both paginate like any section, so long rubrics continue.
 */
import { criterionRule, signedPoints, type AlignmentJson, type CampaignCalendarJson, type LeadDefinitionJson } from "@planbridge/plan-schema";
import { paginate } from "./paginate";
import type { SectionSlide, SlideBlock, TextBudget } from "./slide-model";
import { columnWidths } from "./text-budget";

export function alignmentSlides(alignment: AlignmentJson | undefined, budget: TextBudget): SectionSlide[] {
  if (!alignment) return [];
  return [
    ...slidesOf("lead-definition", "Lead definition", "lead_scoring", leadDefinitionBlocks(alignment.leadDefinition), budget, leadNotes(alignment.leadDefinition)),
    ...slidesOf("campaign-timeline", "Campaign calendar", "campaign_calendar", calendarBlocks(alignment.campaignCalendar), budget, calendarNotes(alignment.campaignCalendar)),
  ];
}

function slidesOf(id: string, title: string, sectionKind: string, blocks: SlideBlock[], budget: TextBudget, notes: string): SectionSlide[] {
  const pages = paginate(blocks, budget);
  return pages.map((page, index) => ({
    kind: "section",
    id: `${id}:${index + 1}`,
    title,
    sectionId: `alignment:${id}`,
    sectionKind,
    part: index + 1,
    parts: pages.length,
    blocks: page,
    reviewer: null,
    notes,
  }));
}

function table(header: string[], rows: string[][]): SlideBlock {
  return { type: "table", header, rows, widths: columnWidths([header, ...rows]) };
}

function leadDefinitionBlocks(definition: LeadDefinitionJson): SlideBlock[] {
  const { a, b, c } = definition.thresholds;
  const rows = definition.criteria.map((criterion) => [criterion.label, criterion.kind === "FIT" ? "Fit" : "Engagement", criterionRule(criterion), signedPoints(criterion.points)]);
  return [
    ...(definition.qualifiedLeadDefinition ? [{ type: "paragraph" as const, text: `Qualified lead: ${definition.qualifiedLeadDefinition}` }] : []),
    { type: "paragraph", text: `Grade A from ${a} points, B from ${b}, C from ${c}; below ${c}: not a lead.` },
    table(["Criterion", "Kind", "Rule", "Points"], rows),
    ...(definition.gradingResponsibility ? [{ type: "paragraph" as const, text: `Who grades: ${definition.gradingResponsibility}` }] : []),
  ];
}

function leadNotes(definition: LeadDefinitionJson): string {
  const state = definition.publishedRevision === definition.revision ? "published to the field" : "not yet published as it stands";
  return `The shared definition of a lead, revision ${definition.revision}, ${state}. ${definition.criteria.length} criteria.`;
}

function calendarBlocks(calendar: CampaignCalendarJson): SlideBlock[] {
  const rows = [...calendar.campaigns]
    .sort((x, y) => x.launchDate.localeCompare(y.launchDate))
    .map((campaign) => [
      campaign.name,
      campaign.region,
      campaign.channel,
      campaign.prepDays > 0 ? `from ${campaign.prepStartDate}` : "none",
      campaign.endDate ? `${campaign.launchDate} to ${campaign.endDate}` : campaign.launchDate,
      campaign.isEnablementReady ? "ready" : "not ready",
    ]);
  const events = calendar.events.map((event) => `${event.name} (${event.kind.toLowerCase().replace("_", " ")}): ${event.startDate} to ${event.endDate}`);
  return [
    table(["Campaign", "Region", "Channel", "Sales prep", "Runs", "Enablement"], rows),
    ...(events.length > 0 ? [{ type: "list" as const, ordered: false, items: events.map((text) => ({ text, level: 0 })) }] : []),
  ];
}

function calendarNotes(calendar: CampaignCalendarJson): string {
  const focus = calendar.focus.map((row) => `${row.quarter}: ${row.products.join(", ")}`).join("; ");
  return `${calendar.campaigns.length} campaigns, dates in ${calendar.timeZone}.${focus ? ` Sales focus ${focus}.` : ""}`;
}
