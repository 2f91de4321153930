import { EXACT_LIMIT, lowerTail, mannWhitneyDistribution } from "./mann-whitney.js";
import { normalQuantile } from "./normal.js";

export interface ShiftEstimate {
  /** Median of all pairwise differences current - baseline. */
  estimate: number;
  /** Interval bounds; infinite when the samples are too small for the level asked. */
  lower: number;
  upper: number;
  /** Confidence level asked for. */
  confidence: number;
  /** Level actually reached (rank intervals are discrete, so at least `confidence`). */
  achieved: number;
  method: "exact" | "normal";
}

/**
 * Hodges-Lehmann shift of `current` over `baseline`, with the rank interval
 * that inverts the Mann-Whitney test. Callers pass log values, so the shift is
 * a log ratio and exp(shift) - 1 is the relative change of the median; the
 * interval is distribution-free and agrees with the test that decides
 * significance (a 1 - a interval excludes 0 exactly when p <= a, for the exact
 * method).
 *
 * The interval is [D(k), D(nm + 1 - k)] over the sorted pairwise differences,
 * with k - 1 the largest c such that P(U <= c) <= (1 - confidence) / 2.
 */
export function hodgesLehmann(
  baseline: readonly number[],
  current: readonly number[],
  confidence: number,
): ShiftEstimate {
  const n = baseline.length;
  const m = current.length;
  if (n === 0 || m === 0) throw new RangeError("hodgesLehmann: both samples need at least one value");
  if (!(confidence > 0 && confidence < 1)) {
    throw new RangeError(`hodgesLehmann: expected 0 < confidence < 1, got ${confidence}`);
  }
  const diffs = new Float64Array(n * m);
  let idx = 0;
  for (const b of baseline) for (const c of current) diffs[idx++] = c - b;
  diffs.sort();
  const estimate = medianSorted(diffs);

  const half = (1 - confidence) / 2;
  let k: number;
  let achieved: number;
  let method: "exact" | "normal";
  if (n < EXACT_LIMIT && m < EXACT_LIMIT) {
    method = "exact";
    const dist = mannWhitneyDistribution(n, m);
    // Largest c with P(U <= c) <= half; k = c + 1 (0 when even c = 0 is too likely).
    let cum = 0;
    let c = -1;
    for (let u = 0; u < dist.length; u++) {
      cum += dist[u]!;
      if (cum <= half + 1e-12) c = u;
      else break;
    }
    k = c + 1;
    achieved = k === 0 ? 1 : 1 - 2 * lowerTail(dist, c);
  } else {
    method = "normal";
    const N = n + m;
    const sigma = Math.sqrt((n * m * (N + 1)) / 12);
    // P(U <= c) ~ Phi((c + 0.5 - nm/2) / sigma) <= half.
    const c = Math.floor((n * m) / 2 - 0.5 + normalQuantile(half) * sigma);
    k = Math.max(0, c + 1);
    achieved = confidence;
  }
  if (k === 0 || k > (n * m + 1) / 2) {
    return { estimate, lower: -Infinity, upper: Infinity, confidence, achieved: 1, method };
  }
  return {
    estimate,
    lower: diffs[k - 1]!,
    upper: diffs[n * m - k]!,
    confidence,
    achieved,
    method,
  };
}

function medianSorted(sorted: Float64Array): number {
  const len = sorted.length;
  const mid = Math.floor(len / 2);
  return len % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
