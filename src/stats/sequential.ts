import { normalCdf, normalQuantile } from "./normal.js";

/**
 * A group-sequential design: trials come in rounds, and after each round (a look) the data so far
 * may stop a cell. `min` trials at the first look, `step` more at each later one, at most `max`.
 */
export interface SequentialDesign {
  min: number;
  max: number;
  step: number;
}

/** Planned number of looks: the first at `min` trials, then one per `step` until `max`. */
export function plannedLooks(design: SequentialDesign): number {
  return 1 + Math.ceil(Math.max(0, design.max - design.min) / design.step);
}

/** Trials a cell has at look `k` (1-based): `min`, then `step` more per look, capped at `max`. */
export function trialsAtLook(design: SequentialDesign, k: number): number {
  return Math.min(design.max, design.min + (k - 1) * design.step);
}

/**
 * Lan-DeMets alpha spending with an O'Brien-Fleming-like shape: alpha(t) = 2 - 2 Phi(z_{1-alpha/2} / sqrt(t)),
 * the share of alpha that may be spent by information fraction t (0 < t <= 1). It spends almost
 * nothing early (a look on few trials needs overwhelming evidence) and nearly all of alpha at the
 * last look, so a run that goes the distance loses little power to the early looks.
 */
export function obrienFlemingSpent(alpha: number, t: number): number {
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`obrienFlemingSpent: expected 0 < alpha < 1, got ${alpha}`);
  if (!(t > 0)) return 0;
  if (t >= 1) return alpha;
  // 2 - 2 Phi(x) as 2 Phi(-x): the small early levels keep their precision.
  return 2 * normalCdf(-normalQuantile(1 - alpha / 2) / Math.sqrt(t));
}

/**
 * The level each look may test at: alpha_k = alpha(t_k) - alpha(t_{k-1}), t_k = trials at look k / max.
 * They sum to alpha, so by the union bound over looks (whatever the looks' correlation) the chance
 * of any false alarm at any look stays at or under alpha: a Bonferroni split over looks, weighted
 * towards the last.
 */
export function lookLevels(design: SequentialDesign, alpha: number): number[] {
  const looks = plannedLooks(design);
  const levels: number[] = [];
  let spent = 0;
  for (let k = 1; k <= looks; k++) {
    const cumulative = k === looks ? alpha : obrienFlemingSpent(alpha, trialsAtLook(design, k) / design.max);
    levels.push(Math.max(0, cumulative - spent));
    spent = Math.max(spent, cumulative);
  }
  return levels;
}

/**
 * One hypothesis's p-value over the looks, on alpha's scale: min over looks k of
 * adjusted_k * alpha / alpha_k (capped at 1), where adjusted_k is its Holm-adjusted p at look k.
 * It is at or under alpha exactly when some look rejected it at that look's level.
 */
export function sequentialAdjusted(adjustedByLook: readonly (number | undefined)[], levels: readonly number[], alpha: number): number {
  let best = 1;
  adjustedByLook.forEach((p, i) => {
    const level = levels[i] ?? 0;
    if (p === undefined || !(level > 0)) return;
    best = Math.min(best, (p * alpha) / level);
  });
  return Math.min(1, best);
}
