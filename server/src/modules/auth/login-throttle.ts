/**
 * Slows password guessing without handing an attacker a way to lock people out.
 *
 * Every attempt takes a slot *before* its password is checked (`reserve` is synchronous, so parallel
 * requests cannot all pass the check and then record), and the slot is only given back when the password
 * was right. Three budgets per WINDOW_MS:
 * - one email from one client address (PAIR_LIMIT): the normal "you typed it wrong ten times" lock; a
 *   successful sign-in clears it. It does not touch the same person signing in from another address.
 * - one client address across all emails (ADDRESS_LIMIT): password spraying (one guess for many people).
 * - one email across all addresses (EMAIL_LIMIT): a distributed attack on one account. It is ten times the
 *   pair budget, so it bounds the guesses at that account; and it does not apply to an address this email
 *   signed in from within KNOWN_ADDRESS_MS, so such an attack cannot lock the person out of their usual
 *   network either.
 * The client address is `req.ip`, so it is only as good as the TRUST_PROXY setting. In memory, per process:
 * running several processes multiplies the budgets by their number (shared storage comes with scale-out).
 */
import { SlidingWindowCounter } from "./sliding-window-counter";

export const WINDOW_MS = 15 * 60_000;
export const PAIR_LIMIT = 10;
export const ADDRESS_LIMIT = 50;
export const EMAIL_LIMIT = 100;
export const KNOWN_ADDRESS_MS = 30 * 24 * 60 * 60_000;

export interface LoginSlot {
  readonly email: string;
  readonly address: string;
  readonly at: number;
}

export type Reservation = { slot: LoginSlot; retryAfterMs: 0 } | { slot: null; retryAfterMs: number };

export class LoginThrottle {
  private readonly pairs: SlidingWindowCounter;
  private readonly addresses: SlidingWindowCounter;
  private readonly emails: SlidingWindowCounter;
  /** (email, address) pairs with a successful sign-in: exempt from the per-email ceiling. */
  private readonly knownAddresses: SlidingWindowCounter;

  constructor(private readonly now: () => number = Date.now) {
    this.pairs = new SlidingWindowCounter(WINDOW_MS, now);
    this.addresses = new SlidingWindowCounter(WINDOW_MS, now);
    this.emails = new SlidingWindowCounter(WINDOW_MS, now);
    this.knownAddresses = new SlidingWindowCounter(KNOWN_ADDRESS_MS, now);
  }

  /** Takes a slot for one attempt, or says how long until one is free. Counted as a failure until released. */
  reserve(email: string, address: string): Reservation {
    const pair = pairKey(email, address);
    const retryAfterMs = Math.max(
      this.pairs.retryAfterMs(pair, PAIR_LIMIT),
      this.addresses.retryAfterMs(address, ADDRESS_LIMIT),
      this.knownAddresses.has(pair) ? 0 : this.emails.retryAfterMs(email, EMAIL_LIMIT),
    );
    if (retryAfterMs > 0) return { slot: null, retryAfterMs };
    const at = this.now();
    this.pairs.add(pair, at);
    this.addresses.add(address, at);
    this.emails.add(email, at);
    return { slot: { email, address, at }, retryAfterMs: 0 };
  }

  /** The password was right: this attempt was no failure, and earlier typos from this address are forgiven. */
  succeeded(slot: LoginSlot): void {
    const pair = pairKey(slot.email, slot.address);
    this.pairs.clear(pair);
    this.knownAddresses.clear(pair);
    this.knownAddresses.add(pair, this.now());
    this.addresses.remove(slot.address, slot.at);
    this.emails.remove(slot.email, slot.at);
  }
}

function pairKey(email: string, address: string): string {
  return `${address} ${email}`;
}
