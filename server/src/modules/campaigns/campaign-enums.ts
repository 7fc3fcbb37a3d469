import { registerEnumType } from "type-graphql";

export enum CampaignGoalKind {
  LEADS = "LEADS",
  MEETINGS = "MEETINGS",
  PIPELINE = "PIPELINE",
}

/** Buy-in is recorded, not assumed: a goal is PENDING until its sales owner accepts or questions it. */
export enum CampaignGoalStatus {
  PENDING = "PENDING",
  ACCEPTED = "ACCEPTED",
  QUESTIONED = "QUESTIONED",
}

export enum SalesEventKind {
  KICKOFF = "KICKOFF",
  QUARTER_END = "QUARTER_END",
  /** No launches: the field is closing the quarter, on holiday, or in training. */
  BLACKOUT = "BLACKOUT",
}

/** What the calendar warns about (computed on the server, never stored). */
export enum CampaignWarningCode {
  /** The sales-prep window has started and the enablement checklist is not complete. */
  ENABLEMENT_NOT_READY = "ENABLEMENT_NOT_READY",
  LAUNCH_IN_BLACKOUT = "LAUNCH_IN_BLACKOUT",
  /** Another campaign runs in the same region over the same days. */
  OVERLAPPING_LAUNCH = "OVERLAPPING_LAUNCH",
  GOALS_NOT_ACCEPTED = "GOALS_NOT_ACCEPTED",
  /** The campaign's product focus is not among the products sales pushes that quarter. */
  FOCUS_MISMATCH = "FOCUS_MISMATCH",
}

registerEnumType(CampaignGoalKind, { name: "CampaignGoalKind" });
registerEnumType(CampaignGoalStatus, { name: "CampaignGoalStatus" });
registerEnumType(SalesEventKind, { name: "SalesEventKind" });
registerEnumType(CampaignWarningCode, { name: "CampaignWarningCode" });
