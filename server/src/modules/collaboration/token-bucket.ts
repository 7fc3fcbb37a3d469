/** A token bucket: `perSecond` sustained, up to `burst` at once. Used for message, byte and presence rates. */
export class TokenBucket {
  private tokens: number;
  private lastRefill = Date.now();

  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
  ) {
    this.tokens = burst;
  }

  /** Takes `cost` tokens if there are enough; false (and nothing taken) otherwise. */
  take(cost = 1): boolean {
    const now = Date.now();
    const refill = ((now - this.lastRefill) / 1000) * this.perSecond;
    if (refill >= 1) {
      this.tokens = Math.min(this.burst, this.tokens + refill);
      this.lastRefill = now;
    }
    if (this.tokens < cost) return false;
    this.tokens -= cost;
    return true;
  }
}
