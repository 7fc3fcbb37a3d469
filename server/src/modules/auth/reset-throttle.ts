/**
 * Limits "forgot password" requests. Per client address, a visible refusal (someone is trying many
 * addresses); per email, a silent one: the answer stays the same, only no further mail is sent, so the
 * limit neither tells whether an account exists nor lets anyone flood a person's inbox.
 */
import { SlidingWindowCounter } from "./sliding-window-counter";

export const RESET_WINDOW_MS = 60 * 60_000;
export const RESETS_PER_EMAIL = 3;
export const RESETS_PER_ADDRESS = 20;

export type ResetAllowance = { verdict: "send" } | { verdict: "skip" } | { verdict: "refuse"; retryAfterMs: number };

export class ResetThrottle {
  private readonly emails: SlidingWindowCounter;
  private readonly addresses: SlidingWindowCounter;

  constructor(private readonly now: () => number = Date.now) {
    this.emails = new SlidingWindowCounter(RESET_WINDOW_MS, now);
    this.addresses = new SlidingWindowCounter(RESET_WINDOW_MS, now);
  }

  take(email: string, address: string): ResetAllowance {
    const retryAfterMs = this.addresses.retryAfterMs(address, RESETS_PER_ADDRESS);
    if (retryAfterMs > 0) return { verdict: "refuse", retryAfterMs };
    const at = this.now();
    this.addresses.add(address, at);
    if (this.emails.retryAfterMs(email, RESETS_PER_EMAIL) > 0) return { verdict: "skip" };
    this.emails.add(email, at);
    return { verdict: "send" };
  }
}
