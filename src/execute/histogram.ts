import type { Percentiles } from "./types.js";

/** Smallest value kept apart from zero, in ms (1 us). */
const MIN_MS = 0.001;
/** Bucket width: each bucket is 1% wider than the last, so percentiles are within 1%. */
const GROWTH = 1.01;
const LOG_GROWTH = Math.log(GROWTH);
/** 1 us * 1.01^2800 is about 1.2e9 ms: every plausible latency. */
const BUCKETS = 2800;

export interface SerializedHistogram {
  /** [bucket, count] pairs for non-empty buckets. */
  buckets: [number, number][];
  count: number;
  sum: number;
  max: number;
}

/**
 * A log-bucketed latency histogram: recording costs one log and one increment, and histograms
 * from many loops (workers, child processes) merge exactly by adding counts.
 */
export class Histogram {
  private readonly counts = new Float64Array(BUCKETS);
  count = 0;
  sum = 0;
  max = 0;

  record(ms: number): void {
    const index = ms <= MIN_MS ? 0 : Math.min(BUCKETS - 1, 1 + Math.floor(Math.log(ms / MIN_MS) / LOG_GROWTH));
    this.counts[index]! += 1;
    this.count += 1;
    this.sum += ms;
    if (ms > this.max) this.max = ms;
  }

  merge(other: SerializedHistogram): void {
    for (const [index, n] of other.buckets) this.counts[index]! += n;
    this.count += other.count;
    this.sum += other.sum;
    if (other.max > this.max) this.max = other.max;
  }

  /** Value at quantile q (0..1): the geometric middle of its bucket, never above the recorded max. */
  quantile(q: number): number {
    if (this.count === 0) return 0;
    const rank = Math.max(1, Math.ceil(q * this.count));
    let seen = 0;
    for (let i = 0; i < BUCKETS; i++) {
      seen += this.counts[i]!;
      if (seen >= rank) {
        if (i === 0) return Math.min(MIN_MS, this.max);
        const low = MIN_MS * GROWTH ** (i - 1);
        return Math.min(low * Math.sqrt(GROWTH), this.max);
      }
    }
    return this.max;
  }

  percentiles(): Percentiles {
    return {
      p50: this.quantile(0.5),
      p90: this.quantile(0.9),
      p99: this.quantile(0.99),
      max: this.max,
      mean: this.count === 0 ? 0 : this.sum / this.count,
    };
  }

  toJSON(): SerializedHistogram {
    const buckets: [number, number][] = [];
    this.counts.forEach((n, i) => {
      if (n > 0) buckets.push([i, n]);
    });
    return { buckets, count: this.count, sum: this.sum, max: this.max };
  }
}
