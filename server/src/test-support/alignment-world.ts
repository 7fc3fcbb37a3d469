/** GraphQL documents and inputs of the lead definition and campaign calendar, shared by their tests and the security matrices. */
import type { CriterionRow } from "../modules/leads/leads.repository";

export const LEAD_OPS = {
  save: `mutation($input: SaveLeadDefinitionInput!) { saveLeadDefinition(input: $input) { revision status criteria { id label points } } }`,
  publish: `mutation($planId: ID!) { publishLeadDefinition(planId: $planId) { revision status publishedRevision } }`,
  cosign: `mutation($planId: ID!) { cosignLeadDefinition(planId: $planId) { revision isCosigned cosignedBy { email } } }`,
  acknowledge: `mutation($planId: ID!) { acknowledgeLeadDefinition(planId: $planId) { revision } }`,
  grade: `query($input: GradeLeadInput!) { gradeLead(input: $input) { score grade firedCriteria { label } missingAttributes } }`,
  gradeMutation: `mutation($input: GradeLeadInput!) { gradeLead(input: $input) { score grade } }`,
  definition: `query($id: ID!) { plan(id: $id) { leadDefinition { revision status isCosigned criteria { id kind label attribute operator values points }
    fieldAcknowledgements { user { email } acknowledgedRevision isCurrent } } } }`,
} as const;

/** A realistic rubric: fit (industry, size, role) and engagement (demo request, event). */
export function rubricInput(planId: string, criteria: Record<string, unknown>[] = defaultCriteria()) {
  return {
    planId,
    qualifiedLeadDefinition: "A mid-market company in our industries, with a decision maker who asked to talk to sales.",
    gradingResponsibility: "Inside sales grades B and C by phone; the field rep calls A.",
    thresholdA: 80,
    thresholdB: 50,
    thresholdC: 20,
    criteria,
  };
}

function defaultCriteria() {
  return [
    { kind: "FIT", label: "Target industry", attribute: "industry", operator: "EQUALS_ANY", values: ["Manufacturing", "Logistics"], points: 30 },
    { kind: "FIT", label: "200+ employees", attribute: "employees", operator: "AT_LEAST", values: ["200"], points: 20 },
    { kind: "FIT", label: "Decision maker", attribute: "role", operator: "EQUALS_ANY", values: ["VP", "Director", "Head"], points: 20 },
    { kind: "ENGAGEMENT", label: "Requested a demo", attribute: "demoRequested", operator: "IS_TRUE", values: [], points: 30 },
  ];
}

export const CAMPAIGN_OPS = {
  create: `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id warnings { code } } }`,
  update: `mutation($input: UpdateCampaignInput!) { updateCampaign(input: $input) { id prepStartDate isEnablementReady warnings { code message } } }`,
  remove: `mutation($id: ID!) { deleteCampaign(campaignId: $id) }`,
  addGoal: `mutation($input: AddCampaignGoalInput!) { addCampaignGoal(input: $input) { id goals { id status salesOwner { email } } warnings { code } } }`,
  decideGoal: `mutation($input: DecideCampaignGoalInput!) { decideCampaignGoal(input: $input) { id status note } }`,
  removeGoal: `mutation($id: ID!) { removeCampaignGoal(goalId: $id) { id } }`,
  addEvent: `mutation($input: AddSalesEventInput!) { addSalesEvent(input: $input) { id kind } }`,
  removeEvent: `mutation($id: ID!) { removeSalesEvent(eventId: $id) }`,
  focus: `mutation($input: SetSalesFocusInput!) { setSalesFocus(input: $input) { quarter products } }`,
  revoke: `mutation($planId: ID!) { revokeCalendarFeed(planId: $planId) }`,
  timeZone: `mutation($timeZone: String!) { setOrganizationTimeZone(timeZone: $timeZone) { timeZone } }`,
  calendar: `query($id: ID!, $filter: CampaignFilterInput) { plan(id: $id) { calendarFeedUrl campaignCalendar(filter: $filter) { timeZone today regions channels
    campaigns { id name region channel warnings { code } } events { name } focus { quarter products } } } }`,
} as const;


/** The default rubric's criteria as the service takes them. */
export function rubricRows(): CriterionRow[] {
  return defaultCriteria() as CriterionRow[];
}
