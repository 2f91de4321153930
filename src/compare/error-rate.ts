import { median } from "simple-statistics";
import type { CompareSettings } from "../config/types.js";
import { errorRate, measuredTrial, summarizeErrors } from "../results/errors.js";
import type { CellResult, ErrorSite, TrialResult } from "../results/types.js";
import { hodgesLehmann } from "../stats/hodges-lehmann.js";
import { mannWhitneyU } from "../stats/mann-whitney.js";
import type { MetricVerdict } from "./types.js";

/** Defaults when a results file's settings predate the error thresholds. */
export const ERRORS_THRESHOLD = 0.01;
export const ERRORS_RELATIVE = 0.5;
/** A cell that never errs in the baseline regresses only if it errs in more than this share of current trials. */
export const MOST_TRIALS = 0.5;

/** One kind of failure of a compared cell, as the current run saw it, and whether the baseline had it. */
export interface ErrorKindComparison {
  kind: string;
  /** The first raw message of this kind (text the code under test wrote). */
  message: string;
  /** Failed operations of this kind in the current run's measured trials, and in how many trials. */
  count: number;
  trials: number;
  /** Failed operations of this kind in the baseline's cell (0: absent). */
  baselineCount: number;
  /** Absent from the baseline's cell (matched by kind). */
  new: boolean;
  site?: ErrorSite;
}

/** Per side: the trials compared (ok ones, and those in which every operation failed, at rate 1). */
export interface ErrorSide {
  median: number;
  n: number;
  /** Trials with at least one failed operation. */
  erring: number;
  /** Failed and completed operations summed over the trials. */
  errors: number;
  ops: number;
}

/**
 * The error rate of one cell, compared: failed / started operations per trial, a rank test on
 * the per-trial rates, the Hodges-Lehmann shift in absolute rate points (0.01 = 1 point).
 */
export interface ErrorRateComparison {
  baseline: ErrorSide;
  current: ErrorSide;
  /** Shift of the rate, current - baseline, in absolute points; null when there is nothing to compare. */
  change: number | null;
  interval: { lower: number | null; upper: number | null; confidence: number } | null;
  /** Two-sided Mann-Whitney p on the per-trial rates, and its Holm adjustment in the gated family; null when no trial of either side erred. */
  p: number | null;
  pAdjusted: number | null;
  /**
   * `from-zero`: no baseline trial erred, so a significant rise in more than half of the current
   * trials is a regression however small; `rise`: the interval's lower bound must pass `bar`.
   */
  rule: "from-zero" | "rise";
  /** The rise that counts as real: max(absolute threshold, relative threshold x baseline median). */
  bar: number;
  threshold: number;
  relative: number;
  verdict: MetricVerdict;
  /** The current run's kinds, most failures first. */
  kinds: ErrorKindComparison[];
}

/** The rates compared: a trial that measured (ok, or every operation failed: rate 1). */
export function measuredRates(cell: CellResult): number[] {
  return cell.trials.filter(measuredTrial).map(errorRate);
}

function side(trials: TrialResult[]): ErrorSide {
  const rates = trials.map(errorRate);
  return {
    median: rates.length > 0 ? median(rates) : 0,
    n: rates.length,
    erring: trials.filter((t) => t.errors > 0).length,
    errors: trials.reduce((n, t) => n + t.errors, 0),
    ops: trials.reduce((n, t) => n + t.ops, 0),
  };
}

/**
 * The test and interval of one compared cell's error rate; the verdict waits for the Holm
 * step (`decideErrorRate`). A cell in which no trial of either side erred has no test (p null,
 * unchanged) and stays out of the Holm family, so clean cells do not dilute the gate.
 */
export function measureErrorRate(base: CellResult, cur: CellResult, settings: CompareSettings, confidence: number): ErrorRateComparison {
  const baseTrials = base.trials.filter(measuredTrial);
  const curTrials = cur.trials.filter(measuredTrial);
  const b = baseTrials.map(errorRate);
  const c = curTrials.map(errorRate);
  const threshold = settings.thresholds.errors ?? ERRORS_THRESHOLD;
  const relative = settings.thresholds.errorsRelative ?? ERRORS_RELATIVE;
  const baseline = side(baseTrials);
  const current = side(curTrials);
  const fromZero = b.every((r) => r === 0);
  const out: ErrorRateComparison = {
    baseline,
    current,
    change: null,
    interval: null,
    p: null,
    pAdjusted: null,
    rule: fromZero ? "from-zero" : "rise",
    bar: Math.max(threshold, relative * baseline.median),
    threshold,
    relative,
    verdict: "inconclusive",
    kinds: compareKinds(base, cur),
  };
  if (b.length === 0 || c.length === 0) return out;
  const hl = hodgesLehmann(b, c, confidence);
  out.change = hl.estimate;
  out.interval = { lower: Number.isFinite(hl.lower) ? hl.lower : null, upper: Number.isFinite(hl.upper) ? hl.upper : null, confidence };
  if ([...b, ...c].every((r) => r === 0)) {
    out.verdict = "unchanged";
    return out;
  }
  out.p = mannWhitneyU(c, b).p;
  return out;
}

/**
 * The rule, once the Holm-adjusted p is known. From a clean baseline: significant, and the
 * current run errs in more than half of its trials (a race that fails one request in a
 * thousand, every trial, is a regression). Otherwise: significant, and even the interval's
 * lower bound is a rise past the bar (1 point, or half the baseline's rate if that is more).
 */
export function decideErrorRate(e: ErrorRateComparison, alpha: number): void {
  if (e.p === null || e.pAdjusted === null) return;
  const significant = e.pAdjusted <= alpha;
  const lo = e.interval?.lower ?? null;
  const hi = e.interval?.upper ?? null;
  if (e.rule === "from-zero" && significant && e.current.erring > MOST_TRIALS * e.current.n) e.verdict = "regression";
  else if (e.rule === "rise" && significant && lo !== null && lo > e.bar) e.verdict = "regression";
  else if (significant && hi !== null && hi < -e.bar) e.verdict = "improvement";
  else if (lo !== null && hi !== null && lo >= -e.bar && hi <= e.bar && !(e.rule === "from-zero" && significant)) e.verdict = "unchanged";
  else e.verdict = "inconclusive";
}

/** The current kinds of a cell, each marked new when the baseline's cell never threw it. */
export function compareKinds(base: CellResult, cur: CellResult): ErrorKindComparison[] {
  const inBase = new Map((base.errors ?? summarizeErrors(base)).map((e) => [e.kind, e.count]));
  return (cur.errors ?? summarizeErrors(cur)).map((e) => ({
    kind: e.kind,
    message: e.message,
    count: e.count,
    trials: e.trials,
    baselineCount: inBase.get(e.kind) ?? 0,
    new: !inBase.has(e.kind),
    ...(e.site && { site: e.site }),
  }));
}
