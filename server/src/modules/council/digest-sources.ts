/**
 * What a council digest reports. Each DigestSource lists what changed in a plan during a period because
 * of the council and the field, and whom to credit. Extension point: the leads and campaigns modules
 * (issue 14) add sources for lead-definition and calendar changes to the list given to
 * CouncilDigestService in services.ts; built-in sources cover suggestions, threads and tactic reviews,
 * and the feedback module contributes closed action items.
 */
export interface DigestPeriod {
  key: string;
  from: Date;
  to: Date;
}

export interface DigestEntry {
  /** The heading it is grouped under ("Accepted suggestions"). */
  section: string;
  text: string;
  /** Who made the recommendation: credited by name. */
  creditedUserIds: string[];
  at: Date;
}

export interface DigestSource {
  readonly name: string;
  collect(planId: string, period: DigestPeriod): Promise<DigestEntry[]>;
}

const DAY_MS = 86_400_000;
/** Digest periods are two weeks long, starting on Mondays (1970-01-05 was one). */
const EPOCH_MONDAY = Date.UTC(1970, 0, 5);
const PERIOD_MS = 14 * DAY_MS;

export function periodAt(at: Date): DigestPeriod {
  const index = Math.floor((at.getTime() - EPOCH_MONDAY) / PERIOD_MS);
  const from = new Date(EPOCH_MONDAY + index * PERIOD_MS);
  return { key: from.toISOString().slice(0, 10), from, to: new Date(from.getTime() + PERIOD_MS) };
}

/** The period before the one `at` falls in: the last complete one. */
export function previousPeriod(at: Date): DigestPeriod {
  return periodAt(new Date(periodAt(at).from.getTime() - 1));
}
