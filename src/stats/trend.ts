import { normalUpperTail } from "./normal.js";

export interface MannKendall {
  /** S = sum over i < j of sign(x_j - x_i). */
  s: number;
  /** Var(S) under no trend, with the correction for tied groups. */
  variance: number;
  /** Two-sided p from the normal approximation with continuity correction. */
  p: number;
}

/**
 * Mann-Kendall test for a monotone trend: distribution-free, so one odd run moves S by at most
 * n - 1. Used on the run medians of the last K baselines: a slow drift is a trend no step explains.
 */
export function mannKendall(x: readonly number[]): MannKendall {
  const n = x.length;
  let s = 0;
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) s += Math.sign(x[j]! - x[i]!);
  const ties = new Map<number, number>();
  for (const v of x) ties.set(v, (ties.get(v) ?? 0) + 1);
  let tieTerm = 0;
  for (const t of ties.values()) tieTerm += t * (t - 1) * (2 * t + 5);
  const variance = (n * (n - 1) * (2 * n + 5) - tieTerm) / 18;
  if (variance <= 0 || s === 0) return { s, variance, p: 1 };
  const z = (Math.abs(s) - 1) / Math.sqrt(variance);
  return { s, variance, p: Math.min(1, 2 * normalUpperTail(z)) };
}

/** Theil-Sen slope: the median of the slopes between every pair of points (x at 0, 1, 2...). */
export function theilSen(y: readonly number[]): number {
  const slopes: number[] = [];
  for (let i = 0; i < y.length; i++) for (let j = i + 1; j < y.length; j++) slopes.push((y[j]! - y[i]!) / (j - i));
  if (slopes.length === 0) return 0;
  slopes.sort((a, b) => a - b);
  const mid = slopes.length >> 1;
  return slopes.length % 2 === 1 ? slopes[mid]! : (slopes[mid - 1]! + slopes[mid]!) / 2;
}

/** Residual sum of squares of the least-squares line through (i, y_i). */
export function lineSse(y: readonly number[]): number {
  const n = y.length;
  if (n < 3) return 0;
  const mx = (n - 1) / 2;
  const my = y.reduce((a, b) => a + b, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    sxx += (i - mx) ** 2;
    sxy += (i - mx) * (y[i]! - my);
  }
  const slope = sxy / sxx;
  let sse = 0;
  for (let i = 0; i < n; i++) sse += (y[i]! - my - slope * (i - mx)) ** 2;
  return sse;
}

/** Residual sum of squares of the best single step (two means), each side at least one point. */
export function stepSse(y: readonly number[]): number {
  const n = y.length;
  let best = Infinity;
  for (let t = 1; t < n; t++) {
    best = Math.min(best, sumSquares(y.slice(0, t)) + sumSquares(y.slice(t)));
  }
  return n < 2 ? 0 : best;
}

function sumSquares(y: readonly number[]): number {
  const m = y.reduce((a, b) => a + b, 0) / y.length;
  return y.reduce((a, v) => a + (v - m) ** 2, 0);
}

export interface MedianInterval {
  median: number;
  lower: number;
  upper: number;
  /** Coverage the order statistics give (at least the level asked, or the widest there is). */
  achieved: number;
}

/**
 * Distribution-free interval for a median: [x_(j), x_(k+1-j)] with j the largest such that
 * P(Binomial(k, 1/2) <= j - 1) <= (1 - confidence) / 2. With too few values for the level (fewer
 * than 6 at 95%) it is the range, and `achieved` says how much that covers.
 */
export function medianInterval(values: readonly number[], confidence: number): MedianInterval {
  const k = values.length;
  if (k === 0) throw new RangeError("medianInterval: expected at least one value");
  const x = values.slice().sort((a, b) => a - b);
  const median = k % 2 === 1 ? x[k >> 1]! : (x[k / 2 - 1]! + x[k / 2]!) / 2;
  const half = (1 - confidence) / 2;
  let cdf = 0;
  let j = 0;
  let pmf = 0.5 ** k;
  let tail = 0;
  for (let i = 0; i < k; i++) {
    cdf += pmf;
    if (cdf > half) break;
    j = i + 1;
    tail = cdf;
    pmf = (pmf * (k - i)) / (i + 1);
  }
  if (j === 0) {
    j = 1;
    tail = 0.5 ** k;
  }
  return { median, lower: x[j - 1]!, upper: x[k - j]!, achieved: k === 1 ? 0 : 1 - 2 * tail };
}
