/** An interval around a shift estimate, on the scale the shift was estimated on (log ratio). */
export interface ShiftInterval {
  estimate: number;
  lower: number;
  upper: number;
}

/**
 * Smallest shift in `direction` that data as noisy as this could have flagged,
 * on the estimate's scale (log ratio). Pairwise differences move one-for-one
 * when one sample is shifted, so the interval of a shifted sample is this
 * interval moved by the same amount: the answer is exact for this data, not a
 * power formula with an assumed distribution.
 *
 * Two things must hold for a flag: the decision interval (at 1 - alpha) lies
 * wholly beyond `boundary`, and the test is significant after Holm, which in
 * the worst case needs the interval at 1 - alpha / familySize to exclude 0.
 * Returns null when an interval is unbounded: no change is detectable with so
 * few trials.
 */
export function minimumDetectableShift(
  decision: ShiftInterval,
  family: ShiftInterval,
  boundary: number,
  direction: "up" | "down",
): number | null {
  const bounds = [decision.lower, decision.upper, family.lower, family.upper];
  if (bounds.some((b) => !Number.isFinite(b))) return null;
  if (direction === "up") {
    // shifted lower = lower + (delta - estimate) must exceed boundary and 0.
    return Math.max(boundary + (decision.estimate - decision.lower), family.estimate - family.lower);
  }
  // shifted upper = upper + (delta - estimate) must fall below boundary and 0.
  return Math.min(boundary - (decision.upper - decision.estimate), -(family.upper - family.estimate));
}
