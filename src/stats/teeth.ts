import { EXACT_LIMIT } from "./mann-whitney.js";
import { normalUpperTail } from "./normal.js";

/**
 * The test a gated timing comparison takes. `rank`: Mann-Whitney on the trials, Holm-corrected
 * (side by side, or a stored baseline compared without drift). `drift-adjusted`: a stored
 * baseline, the shift widened by the run-to-run drift; its z-test has no floor of its own, but
 * it only runs when the trials' rank interval at 1 - alpha is bounded.
 */
export type TeethTest = "rank" | "drift-adjusted";

/** Which side's trials more time buys: both (side by side), or only the current run's (a stored baseline). */
export type TeethGrowth = "both" | "current";

export interface TeethInput {
  /** Trials per side: the current run's (n) and the baseline's (m). */
  current: number;
  baseline: number;
  /** Gated comparisons Holm corrects together (the family). */
  comparisons: number;
  alpha: number;
  test?: TeethTest;
  /** Default: both for `rank`, current for `drift-adjusted`. */
  grow?: TeethGrowth;
}

export interface TrialCounts {
  current: number;
  baseline: number;
}

export interface TeethFloor {
  /** Whether any change at all can come out significant. */
  canFlag: boolean;
  /** Smallest p the test can give with these trials (complete separation). */
  smallestP: number;
  /** What that p must reach. */
  level: number;
  /** The fewest trials per side with teeth; null when no count up to `MAX_TRIALS` suffices. */
  needed: TrialCounts | null;
}

export interface Teeth extends TeethFloor {
  test: TeethTest;
  /** How the rank floor is computed at these sizes (exact below 50 a side, else normal). */
  method: "exact" | "normal";
  grow: TeethGrowth;
  trials: TrialCounts;
  comparisons: number;
  alpha: number;
  /**
   * The error-rate gate from a clean baseline: the current run errs in every trial at rates that
   * differ, the baseline never; the rank test on rates is tie-corrected (the baseline's zeros tie),
   * so its floor is higher than the timing test's. It joins the same Holm family.
   */
  errors: TeethFloor;
}

/** The search for the trials needed stops here: beyond it the answer is "none suffices". */
export const MAX_TRIALS = 1000;

/** Smallest two-sided Mann-Whitney p with n and m distinct trials, by the path mannWhitneyU takes. */
export function rankFloor(n: number, m: number): { p: number; method: "exact" | "normal" } {
  checkSize(n, "n");
  checkSize(m, "m");
  if (n < EXACT_LIMIT && m < EXACT_LIMIT) {
    // One of the C(n + m, n) equally likely orders puts every trial of one side first.
    let c = 1;
    for (let i = 1; i <= n; i++) c = (c * (m + i)) / i;
    return { p: Math.min(1, 2 / c), method: "exact" };
  }
  const sigma = Math.sqrt(((n * m) / 12) * (n + m + 1));
  return { p: Math.min(1, 2 * normalUpperTail(((n * m) / 2 - 0.5) / sigma)), method: "normal" };
}

/**
 * Smallest p of the error-rate test from a clean baseline: m trials at rate 0 (tied) against n
 * trials that all err, at rates that differ. The baseline's ties send mannWhitneyU to its normal
 * approximation with the tie-corrected variance; one baseline trial has no tie, so the rank floor.
 */
export function errorFloor(n: number, m: number): number {
  checkSize(n, "n");
  checkSize(m, "m");
  if (m === 1) return rankFloor(n, m).p;
  const N = n + m;
  const sigma = Math.sqrt(((n * m) / 12) * (N + 1 - (m * m * m - m) / (N * (N - 1))));
  return Math.min(1, 2 * normalUpperTail(((n * m) / 2 - 0.5) / sigma));
}

/**
 * Whether a gate can flag anything at all with these trials, and the fewest trials that could:
 * the smallest p the test can give against the level it must reach. For the rank test that level
 * is Holm's first step, alpha / comparisons (the smallest p of the family is held to it); for the
 * drift-adjusted test it is alpha, the level of the rank interval it widens. Growing both sides
 * (side by side) always reaches teeth in the end; growing only the current side against a fixed
 * baseline of m trials may not, since the floor then tends to a limit set by m.
 */
export function teeth(input: TeethInput): Teeth {
  const { current: n, baseline: m, alpha } = input;
  checkSize(n, "current");
  checkSize(m, "baseline");
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`teeth: alpha: expected 0 < alpha < 1, got ${alpha}`);
  if (!Number.isInteger(input.comparisons) || input.comparisons < 1) {
    throw new RangeError(`teeth: comparisons: expected a positive integer, got ${input.comparisons}`);
  }
  const test = input.test ?? "rank";
  const grow = input.grow ?? (test === "rank" ? "both" : "current");
  const k = input.comparisons;
  const rank = rankFloor(n, m);
  const level = test === "rank" ? alpha / k : alpha;
  const timing: TeethFloor = {
    canFlag: rank.p <= level,
    smallestP: rank.p,
    level,
    needed: search(grow, m, (a, b) => rankFloor(a, b).p <= level),
  };
  const errorLevel = alpha / k;
  const errorP = errorFloor(n, m);
  const errors: TeethFloor = {
    canFlag: errorP <= errorLevel,
    smallestP: errorP,
    level: errorLevel,
    needed: search(grow, m, (a, b) => errorFloor(a, b) <= errorLevel),
  };
  return { ...timing, test, method: rank.method, grow, trials: { current: n, baseline: m }, comparisons: k, alpha, errors };
}

/** The fewest trials with teeth: the same count on both sides, or the current side's against m. */
function search(grow: TeethGrowth, m: number, ok: (n: number, m: number) => boolean): TrialCounts | null {
  for (let t = 2; t <= MAX_TRIALS; t++) {
    if (grow === "both" ? ok(t, t) : ok(t, m)) return { current: t, baseline: grow === "both" ? t : m };
  }
  return null;
}

function checkSize(v: number, name: string): void {
  if (!Number.isInteger(v) || v < 1) throw new RangeError(`teeth: ${name}: expected a positive integer of trials, got ${v}`);
}
