/** Percentiles over latency samples (nearest-rank on a sorted copy; the sample sets are small enough). */
export interface Summary {
  count: number;
  p50: number;
  p99: number;
  mean: number;
  max: number;
}

export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export function summarize(samples: ArrayLike<number>): Summary {
  const sorted = Float64Array.from(samples).sort();
  let total = 0;
  for (const value of sorted) total += value;
  return {
    count: sorted.length,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    mean: sorted.length > 0 ? total / sorted.length : Number.NaN,
    max: sorted.length > 0 ? sorted[sorted.length - 1] : Number.NaN,
  };
}

/** Growable sample buffer, so hot paths push numbers without allocating objects. */
export class Samples {
  private values = new Float64Array(1024);
  private size = 0;

  push(value: number): void {
    if (this.size === this.values.length) {
      const bigger = new Float64Array(this.values.length * 2);
      bigger.set(this.values);
      this.values = bigger;
    }
    this.values[this.size++] = value;
  }

  append(other: Samples): void {
    for (const value of other.toArray()) this.push(value);
  }

  get length(): number {
    return this.size;
  }

  toArray(): Float64Array {
    return this.values.subarray(0, this.size);
  }
}

export function round(value: number, digits = 3): number {
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** Median of a few values (the per-round p99s); the mean of the middle two for an even count. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Latency samples kept per round: the tail is reported as the median of the rounds' p99s with their
 * spread, so one stall (a checkpoint, a neighbour's burst) moves one round, not the figure.
 */
export class RoundSamples {
  private readonly rounds: Samples[] = [];
  readonly all = new Samples();

  addRound(samples: Samples): void {
    this.rounds.push(samples);
    this.all.append(samples);
  }

  get roundCount(): number {
    return this.rounds.length;
  }

  roundP99s(): number[] {
    return this.rounds.filter((round) => round.length > 0).map((round) => summarize(round.toArray()).p99);
  }

  /** p50 over all samples; p99 as the median of per-round p99s, with their min and max. */
  tails(): { p50: number; p99: number; p99Min: number; p99Max: number; pooledP99: number; count: number } {
    const pooled = summarize(this.all.toArray());
    const p99s = this.roundP99s();
    return {
      p50: pooled.p50,
      p99: median(p99s),
      p99Min: p99s.length > 0 ? Math.min(...p99s) : Number.NaN,
      p99Max: p99s.length > 0 ? Math.max(...p99s) : Number.NaN,
      pooledP99: pooled.p99,
      count: pooled.count,
    };
  }
}
