/** The hash chain itself: how a row's hash is computed and how a plan's rows are verified. Pure functions. */
import { canonicalHash } from "../../crypto/canonical-hash";

/** prevHash of a plan's first entry. */
export const GENESIS_HASH = "0".repeat(64);

export interface ChainedContent {
  planId: string;
  actorId: string | null;
  action: string;
  payload: Record<string, unknown>;
  createdAt: Date;
  prevHash: string;
}

export function entryHash(entry: ChainedContent): string {
  return canonicalHash({
    planId: entry.planId,
    actorId: entry.actorId,
    action: entry.action,
    payload: entry.payload,
    createdAt: entry.createdAt.toISOString(),
    prevHash: entry.prevHash,
  });
}

export interface ChainVerdict {
  isValid: boolean;
  /** The first row whose own hash or link to its predecessor does not hold. */
  firstInvalidEntryId: string | null;
}

/** Rows in append order. A changed row fails on its own hash; a deleted row fails at the row after it. */
export function verifyChain<T extends ChainedContent & { id: string; hash: string }>(entries: readonly T[]): ChainVerdict {
  let expectedPrev = GENESIS_HASH;
  for (const entry of entries) {
    if (entry.prevHash !== expectedPrev || entryHash(entry) !== entry.hash) {
      return { isValid: false, firstInvalidEntryId: entry.id };
    }
    expectedPrev = entry.hash;
  }
  return { isValid: true, firstInvalidEntryId: null };
}
