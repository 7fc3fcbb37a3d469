import { registerEnumType } from "type-graphql";

/** How often a plan's feedback call recurs. Stored as text: never rename a value. */
export enum FeedbackCadence {
  WEEKLY = "WEEKLY",
  BIWEEKLY = "BIWEEKLY",
  MONTHLY = "MONTHLY",
}

/** Why someone is on a call: always (marketing, inside sales) or by the regional managers' rotation. */
export enum ParticipantKind {
  STANDING = "STANDING",
  ROTATION = "ROTATION",
}

/**
 * What an agenda item is about. The first four come from this module; LEAD_DEFINITION_CHANGE and
 * CAMPAIGN_PREP are produced by the leads and campaigns AgendaSources (issue 14) once those modules exist.
 */
export enum AgendaItemKind {
  OPEN_THREAD = "OPEN_THREAD",
  STALE_APPROVAL = "STALE_APPROVAL",
  TACTIC_REVIEW = "TACTIC_REVIEW",
  LEAD_DEFINITION_CHANGE = "LEAD_DEFINITION_CHANGE",
  CAMPAIGN_PREP = "CAMPAIGN_PREP",
  MANUAL = "MANUAL",
}

registerEnumType(FeedbackCadence, { name: "FeedbackCadence" });
registerEnumType(ParticipantKind, { name: "ParticipantKind" });
registerEnumType(AgendaItemKind, { name: "AgendaItemKind" });

const DAY_MS = 86_400_000;

/** The next call after `from` in this cadence (monthly: same day of the next month, UTC). */
export function nextOccurrence(from: Date, cadence: FeedbackCadence): Date {
  if (cadence === FeedbackCadence.WEEKLY) return new Date(from.getTime() + 7 * DAY_MS);
  if (cadence === FeedbackCadence.BIWEEKLY) return new Date(from.getTime() + 14 * DAY_MS);
  const next = new Date(from);
  next.setUTCMonth(next.getUTCMonth() + 1);
  return next;
}
