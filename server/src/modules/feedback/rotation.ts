/**
 * Who of the regional managers comes to the next feedback call. Fair over time (fewest calls so far first,
 * then whoever has waited longest), skipping anyone away, never bringing a region that was on the previous
 * call unless no other region can come, and spreading one call over distinct regions where it can.
 * Pure: the service loads the roster and the history, this decides.
 */

export interface RotationCandidate {
  userId: string;
  region: string;
  /** A tie-breaker people can read (the name); the user id settles anything left. */
  sortName: string;
  isAvailable: boolean;
}

export interface RotationAttendee {
  userId: string;
  region: string;
}

/** Past calls, oldest first: the rotating managers who attended each (overrides included). */
export type RotationHistory = readonly (readonly RotationAttendee[])[];

export function proposeRotation(candidates: readonly RotationCandidate[], history: RotationHistory, seats: number): RotationAttendee[] {
  const attended = new Map<string, number>();
  const lastCall = new Map<string, number>();
  history.forEach((call, index) => {
    for (const { userId } of call) {
      attended.set(userId, (attended.get(userId) ?? 0) + 1);
      lastCall.set(userId, index);
    }
  });
  const queue = candidates
    .filter((candidate) => candidate.isAvailable)
    .sort(
      (a, b) =>
        (attended.get(a.userId) ?? 0) - (attended.get(b.userId) ?? 0) ||
        (lastCall.get(a.userId) ?? -1) - (lastCall.get(b.userId) ?? -1) ||
        a.sortName.localeCompare(b.sortName) ||
        a.userId.localeCompare(b.userId),
    );
  const previousRegions = new Set((history.at(-1) ?? []).map((attendee) => attendee.region));
  const picked: RotationCandidate[] = [];
  const take = (allowed: (candidate: RotationCandidate) => boolean) => {
    for (const candidate of queue) {
      if (picked.length >= seats) return;
      if (!picked.includes(candidate) && allowed(candidate)) picked.push(candidate);
    }
  };
  const isFreshRegion = (candidate: RotationCandidate) => !previousRegions.has(candidate.region);
  take((candidate) => isFreshRegion(candidate) && !picked.some((other) => other.region === candidate.region));
  take(isFreshRegion);
  // Only regions that were on the last call can come: then one of them comes rather than nobody.
  if (picked.length === 0) take(() => true);
  return picked.map(({ userId, region }) => ({ userId, region }));
}
