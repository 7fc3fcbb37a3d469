/**
 * The structured alignment data a version carries beside the document (DESIGN.md, "Alignment tools"):
 * the lead definition and the campaign calendar as plain JSON. The server writes it when a version is
 * cut; the slides read it. Versions cut before these existed have no `alignment`.
 */
import type { PlanJson } from "./read-plan";

export interface LeadCriterionJson {
  id: string;
  /** FIT (who the company or person is) or ENGAGEMENT (what they did). */
  kind: string;
  label: string;
  attribute: string;
  /** EQUALS_ANY, AT_LEAST, AT_MOST or IS_TRUE. */
  operator: string;
  values: string[];
  points: number;
}

export interface LeadDefinitionJson {
  revision: number;
  qualifiedLeadDefinition: string;
  gradingResponsibility: string;
  thresholds: { a: number; b: number; c: number };
  criteria: LeadCriterionJson[];
  publishedRevision: number | null;
}

export interface CampaignJson {
  id: string;
  name: string;
  channel: string;
  region: string;
  segment: string | null;
  productFocus: string | null;
  /** YYYY-MM-DD in the organisation's time zone. */
  launchDate: string;
  endDate: string | null;
  prepDays: number;
  prepStartDate: string;
  isEnablementReady: boolean;
  goals: { kind: string; target: number; salesOwnerId: string; status: string }[];
}

export interface SalesEventJson {
  kind: string;
  name: string;
  startDate: string;
  endDate: string;
  region: string | null;
}

export interface CampaignCalendarJson {
  timeZone: string;
  campaigns: CampaignJson[];
  events: SalesEventJson[];
  focus: { quarter: string; products: string[] }[];
}

export interface AlignmentJson {
  leadDefinition: LeadDefinitionJson;
  campaignCalendar: CampaignCalendarJson;
}

/** What a version stores: the document's sections, and (since the alignment tools) their structured data. */
export interface VersionContentJson extends PlanJson {
  alignment?: AlignmentJson;
}

const OPERATOR_WORDS: Record<string, string> = {
  EQUALS_ANY: "is one of",
  AT_LEAST: "is at least",
  AT_MOST: "is at most",
  IS_TRUE: "happened",
};

/** One criterion in words: "Industry: industry is one of Manufacturing, Logistics". */
export function criterionRule(criterion: Pick<LeadCriterionJson, "attribute" | "operator" | "values">): string {
  const words = OPERATOR_WORDS[criterion.operator] ?? criterion.operator;
  return criterion.values.length > 0 ? `${criterion.attribute} ${words} ${criterion.values.join(", ")}` : `${criterion.attribute} ${words}`;
}

export function signedPoints(points: number): string {
  return points >= 0 ? `+${points}` : String(points);
}

/** The lead definition as lines of text: for diffs, hashes' readers and speaker notes. */
export function leadDefinitionLines(definition: LeadDefinitionJson): string[] {
  const { a, b, c } = definition.thresholds;
  return [
    `Qualified lead: ${definition.qualifiedLeadDefinition}`,
    `Who grades: ${definition.gradingResponsibility}`,
    `A from ${a} points, B from ${b}, C from ${c}; below ${c}: not a lead`,
    ...definition.criteria.map((criterion) => `${criterion.kind} ${criterion.label}: ${criterionRule(criterion)} (${signedPoints(criterion.points)})`),
  ];
}

/** The campaign calendar as lines of text, in date order. */
export function campaignCalendarLines(calendar: CampaignCalendarJson): string[] {
  return [
    `Dates in ${calendar.timeZone}`,
    ...calendar.campaigns.map((campaign) => {
      const run = campaign.endDate ? `${campaign.launchDate} to ${campaign.endDate}` : campaign.launchDate;
      const goals = campaign.goals.map((goal) => `${goal.kind} ${goal.target} (${goal.status})`).join(", ");
      const enablement = campaign.isEnablementReady ? "enablement ready" : "enablement not ready";
      return `${campaign.name}: ${campaign.region}, ${campaign.channel}${campaign.productFocus ? `, ${campaign.productFocus}` : ""}; launch ${run}; prep from ${campaign.prepStartDate}; ${enablement}${goals ? `; goals ${goals}` : ""}`;
    }),
    ...calendar.events.map((event) => `${event.kind} ${event.name}: ${event.startDate} to ${event.endDate}${event.region ? ` (${event.region})` : ""}`),
    ...calendar.focus.map((focus) => `Sales focus ${focus.quarter}: ${focus.products.join(", ")}`),
  ];
}
