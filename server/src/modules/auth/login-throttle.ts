/**
 * Slows password guessing: after MAX_FAILURES failed sign-ins for one email within WINDOW_MS, further
 * attempts for that email are refused until the window has passed. In memory, per process: enough to
 * turn an online guessing attack from thousands of tries a minute into a handful.
 */
export const MAX_FAILURES = 10;
export const WINDOW_MS = 15 * 60_000;

export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Milliseconds until this email may try again (0 when it may try now). */
  retryAfterMs(email: string): number {
    const recent = this.recent(email);
    return recent.length < MAX_FAILURES ? 0 : recent[0] + WINDOW_MS - this.now();
  }

  recordFailure(email: string): void {
    const recent = this.recent(email);
    recent.push(this.now());
    this.failures.set(email, recent);
  }

  recordSuccess(email: string): void {
    this.failures.delete(email);
  }

  private recent(email: string): number[] {
    const since = this.now() - WINDOW_MS;
    const recent = (this.failures.get(email) ?? []).filter((at) => at > since);
    if (recent.length === 0) this.failures.delete(email);
    return recent;
  }
}
