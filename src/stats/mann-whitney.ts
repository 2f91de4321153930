import { normalUpperTail } from "./normal.js";

/** Below this size (per sample, no ties) the p-value comes from the exact distribution, as in R's wilcox.test. */
export const EXACT_LIMIT = 50;

export interface MannWhitneyResult {
  /** U of the first sample: pairs (x, y) with x > y, ties counting one half. */
  u: number;
  n: number;
  m: number;
  /** Two-sided p-value. */
  p: number;
  method: "exact" | "normal";
  /** Standardized statistic (normal method only), continuity- and tie-corrected. */
  z?: number;
  /** True when the pooled sample had ties (forces the normal method). */
  ties: boolean;
}

/**
 * Two-sided Mann-Whitney U test. Rank-based, so it needs no normality and
 * ignores the monotone transform (log) the effect estimate uses; one slow
 * outlier trial moves it by one rank, not by its size.
 *
 * Exact p for small samples without ties; otherwise the normal approximation
 * with tie-corrected variance and a 0.5 continuity correction (R's method).
 */
export function mannWhitneyU(
  x: readonly number[],
  y: readonly number[],
  options: { exact?: boolean | "auto" } = {},
): MannWhitneyResult {
  const n = x.length;
  const m = y.length;
  if (n === 0 || m === 0) throw new RangeError("mannWhitneyU: both samples need at least one value");
  for (const v of [...x, ...y]) {
    if (!Number.isFinite(v)) throw new RangeError(`mannWhitneyU: expected finite numbers, got ${v}`);
  }
  const { rankSumX, tieTerm } = rankSum(x, y);
  const u = rankSumX - (n * (n + 1)) / 2;
  const ties = tieTerm > 0;
  const mode = options.exact ?? "auto";
  const useExact = mode === true ? !ties : mode === "auto" && !ties && n < EXACT_LIMIT && m < EXACT_LIMIT;

  if (useExact) {
    const dist = mannWhitneyDistribution(n, m);
    const tail = u > (n * m) / 2 ? upperTail(dist, u) : lowerTail(dist, u);
    return { u, n, m, p: Math.min(1, 2 * tail), method: "exact", ties };
  }

  const N = n + m;
  const sigma = Math.sqrt(((n * m) / 12) * (N + 1 - tieTerm / (N * (N - 1))));
  const centered = u - (n * m) / 2;
  if (sigma === 0) {
    // Every value equal: nothing to tell apart.
    return { u, n, m, p: 1, method: "normal", z: 0, ties };
  }
  // The continuity correction moves U toward the centre but never past it.
  const z = Math.abs(centered) <= 0.5 ? 0 : (centered - Math.sign(centered) * 0.5) / sigma;
  const p = Math.min(1, 2 * normalUpperTail(Math.abs(z)));
  return { u, n, m, p, method: "normal", z, ties };
}

/**
 * Sum of the first sample's mid-ranks in the pooled sample, and the tie term
 * sum(t^3 - t) over tie groups that the variance correction needs.
 */
export function rankSum(x: readonly number[], y: readonly number[]): { rankSumX: number; tieTerm: number } {
  const pooled = [...x.map((v) => ({ v, first: true })), ...y.map((v) => ({ v, first: false }))];
  pooled.sort((a, b) => a.v - b.v);
  let rankSumX = 0;
  let tieTerm = 0;
  let i = 0;
  while (i < pooled.length) {
    let j = i;
    while (j + 1 < pooled.length && pooled[j + 1]!.v === pooled[i]!.v) j++;
    const t = j - i + 1;
    const midRank = (i + 1 + (j + 1)) / 2;
    for (let k = i; k <= j; k++) if (pooled[k]!.first) rankSumX += midRank;
    if (t > 1) tieTerm += t * t * t - t;
    i = j + 1;
  }
  return { rankSumX, tieTerm };
}

const distributionCache = new Map<string, Float64Array>();

/**
 * Exact null distribution of U for sample sizes n and m: entry u is
 * P(U = u), u = 0..n*m. Built by the recursion on the largest pooled value
 * (an x with probability i/(i+j), adding j to U; else a y, adding 0), in
 * probabilities rather than counts so sizes up to 50 stay within doubles.
 */
export function mannWhitneyDistribution(n: number, m: number): Float64Array {
  if (!Number.isInteger(n) || !Number.isInteger(m) || n < 0 || m < 0) {
    throw new RangeError(`mannWhitneyDistribution: expected non-negative integers, got ${n}, ${m}`);
  }
  const key = `${n},${m}`;
  const cached = distributionCache.get(key);
  if (cached) return cached;
  // prev[j] = distribution for (i - 1, j); cur[j] = distribution for (i, j).
  let prev: Float64Array[] = [];
  for (let j = 0; j <= m; j++) prev.push(Float64Array.of(1));
  for (let i = 1; i <= n; i++) {
    const cur: Float64Array[] = [Float64Array.of(1)];
    for (let j = 1; j <= m; j++) {
      const out = new Float64Array(i * j + 1);
      const fromX = prev[j]!; // largest is an x: U(i-1, j) + j
      const fromY = cur[j - 1]!; // largest is a y: U(i, j-1)
      const wx = i / (i + j);
      const wy = j / (i + j);
      for (let u = 0; u < fromX.length; u++) out[u + j]! += wx * fromX[u]!;
      for (let u = 0; u < fromY.length; u++) out[u]! += wy * fromY[u]!;
      cur.push(out);
    }
    prev = cur;
  }
  const dist = prev[m]!;
  distributionCache.set(key, dist);
  return dist;
}

/** P(U <= u) under the exact null distribution. */
export function lowerTail(dist: Float64Array, u: number): number {
  let s = 0;
  const top = Math.min(Math.floor(u), dist.length - 1);
  for (let k = 0; k <= top; k++) s += dist[k]!;
  return Math.min(1, s);
}

/** P(U >= u) under the exact null distribution. */
export function upperTail(dist: Float64Array, u: number): number {
  let s = 0;
  for (let k = Math.max(0, Math.ceil(u)); k < dist.length; k++) s += dist[k]!;
  return Math.min(1, s);
}

/**
 * Smallest two-sided p the exact test can give for these sizes (complete
 * separation): when it exceeds the level a gate needs, no amount of change
 * can be detected with this many trials.
 */
export function minimumExactP(n: number, m: number): number {
  const dist = mannWhitneyDistribution(n, m);
  return Math.min(1, 2 * dist[0]!);
}
