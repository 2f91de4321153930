import { errorFunction, probit } from "simple-statistics";

/**
 * Standard normal CDF built on simple-statistics' `errorFunction`, whose
 * complement has a relative error below 1.2e-7 in the tails. Its table-based
 * `cumulativeStdNormalProbability` rounds z to two decimals, which is too coarse
 * for the small p-values a Holm-corrected gate has to compare.
 */
export function normalCdf(z: number): number {
  if (z === Infinity) return 1;
  if (z === -Infinity) return 0;
  // The erfc fit is 1.5e-8 off at 0; the centre is known exactly.
  if (z === 0) return 0.5;
  // Take the tail from the complement directly, so small tails keep their precision.
  const tail = 0.5 * (1 - errorFunction(Math.abs(z) / Math.SQRT2));
  return z >= 0 ? 1 - tail : tail;
}

/** Upper tail P(Z >= z), precise for large z (used for two-sided p-values). */
export function normalUpperTail(z: number): number {
  return normalCdf(-z);
}

/**
 * Normal quantile. simple-statistics' `probit` uses a closed-form inverse-erf
 * approximation (about 1e-3 off); a few Newton steps on `normalCdf` make it
 * agree with the CDF used for p-values, so critical values and p-values match.
 */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) {
    if (p === 0) return -Infinity;
    if (p === 1) return Infinity;
    throw new RangeError(`normalQuantile: expected 0 <= p <= 1, got ${p}`);
  }
  let z = probit(p);
  for (let i = 0; i < 4; i++) {
    const density = Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
    if (density === 0) break;
    const step = (normalCdf(z) - p) / density;
    z -= step;
    if (Math.abs(step) < 1e-12) break;
  }
  return z;
}
