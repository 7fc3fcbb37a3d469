/** Counts events per key over the last `windowMs`, in memory, forgetting keys whose events are all old. */

// Past this many keys, a write sweeps out every key with no recent events, so memory stays bounded.
const SWEEP_ABOVE_KEYS = 10_000;

export class SlidingWindowCounter {
  private readonly events = new Map<string, number[]>();

  constructor(
    private readonly windowMs: number,
    private readonly now: () => number,
  ) {}

  /** Milliseconds until `key` is below `limit` again (0 when it is below now). */
  retryAfterMs(key: string, limit: number): number {
    const recent = this.recent(key);
    if (recent.length < limit) return 0;
    return Math.max(1, recent[recent.length - limit] + this.windowMs - this.now());
  }

  /** Whether `key` has any event in the window. */
  has(key: string): boolean {
    return this.recent(key).length > 0;
  }

  add(key: string, at: number): void {
    if (this.events.size > SWEEP_ABOVE_KEYS) this.sweep();
    this.events.set(key, [...this.recent(key), at]);
  }

  /** Takes back one event recorded at `at`. */
  remove(key: string, at: number): void {
    const recent = this.recent(key);
    const index = recent.indexOf(at);
    if (index >= 0) recent.splice(index, 1);
    if (recent.length === 0) this.events.delete(key);
  }

  clear(key: string): void {
    this.events.delete(key);
  }

  private recent(key: string): number[] {
    const since = this.now() - this.windowMs;
    const stored = this.events.get(key);
    if (!stored) return [];
    const recent = stored.filter((at) => at > since);
    if (recent.length === 0) this.events.delete(key);
    else if (recent.length !== stored.length) this.events.set(key, recent);
    return recent;
  }

  private sweep(): void {
    for (const key of [...this.events.keys()]) this.recent(key);
  }
}
