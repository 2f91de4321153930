import { teeth, type Teeth, type TeethTest } from "../stats/teeth.js";
import type { PendingMetric } from "./metric.js";

/** A comparison's teeth: whether its gated timing comparisons could have flagged anything at all. */
export interface ComparisonTeeth extends Teeth {
  /** Gated timing comparisons whose own trials leave them unable to be significant, of `timing`. */
  toothless: number;
  timing: number;
}

/**
 * The teeth of a comparison, from the trials its gated timing comparisons actually had (failed
 * trials drop out) and the Holm family they were judged in. The headline figures are those of the
 * fewest trials on each side; `toothless` counts the comparisons that could not be significant.
 * Side by side both sides can grow; against a stored baseline only the current run can.
 */
export function comparisonTeeth(gated: readonly PendingMetric[], familySize: number, alpha: number, drift: boolean): ComparisonTeeth | undefined {
  const sizes = gated.map((p) => ({ current: p.out.current.n, baseline: p.out.baseline.n })).filter((s) => s.current > 0 && s.baseline > 0);
  if (sizes.length === 0 || familySize < 1) return undefined;
  const test: TeethTest = drift ? "drift-adjusted" : "rank";
  const grow = drift ? "current" : "both";
  const judge = (s: { current: number; baseline: number }) => teeth({ ...s, comparisons: familySize, alpha, test, grow });
  const verdict = judge({ current: Math.min(...sizes.map((s) => s.current)), baseline: Math.min(...sizes.map((s) => s.baseline)) });
  const toothless = verdict.canFlag ? 0 : sizes.filter((s) => !judge(s).canFlag).length;
  return { ...verdict, toothless, timing: sizes.length };
}
