import { median } from "simple-statistics";
import type { ResultsFile, TrialResult } from "../results/types.js";
import { normalQuantile, normalUpperTail } from "../stats/normal.js";

/**
 * How far a cell's median moves between runs of the same code on different runner VMs, on the
 * log scale (0.04 = runs drift about ±4%): the second level of the two-level model behind a
 * stored-baseline comparison (trials within a run, runs within the history).
 */
export interface DriftEstimate {
  /** Standard deviation of one run's log median around the code's true value. */
  sigma: number;
  /** Baselines it was estimated from; 0 for the default. */
  runs: number;
  source: "history" | "default";
}

/**
 * Drift assumed when the history is too short to estimate it, per gated metric. From the power
 * study (docs/comparison.md): a cell's median moved 5.7-16.4% over 21 consecutive runs of
 * identical code on one machine, about 1.5-4.4% as a standard deviation; the default takes the top
 * of that range, and p99 (a tail, noisier run to run) two and a half times it.
 */
export const DEFAULT_DRIFT: Readonly<Record<string, number>> = { throughput: 0.04, p99: 0.1 };

/** Fewer baselines than this give no usable spread: the default is used instead. */
export const MIN_HISTORY = 5;

/** A fitted drift never goes below this: ten runs that happen to agree do not prove a VM cannot drift. */
export const DRIFT_FLOOR = 0.005;

/**
 * The default counts as this many runs in the fitted estimate: a spread read off 12 runs is itself
 * uncertain by about a third, and an estimate that happens to come out low would turn ordinary
 * drift into false alarms. Shrinking toward the default (an empirical-Bayes prior worth five runs)
 * keeps short histories near it and lets long ones speak for themselves.
 */
export const PRIOR_RUNS = 5;

/** Scales a median absolute deviation to a standard deviation under normality. */
const MAD_TO_SD = 1.4826;

export type MetricReader = (t: TrialResult) => number | undefined;

/**
 * Estimates each cell's run-to-run drift of one metric from stored baselines (newest first, the
 * last K the store keeps). Robust on purpose: the spread of the runs' log medians is a scaled
 * median absolute deviation, so one odd run (a noisy neighbour, a change that was reverted) does
 * not inflate it; the part of that spread that the trials' own noise explains (the squared
 * standard error of each run's median) is taken out, leaving the drift between runs, which is
 * then shrunk toward the metric's default by `PRIOR_RUNS` pseudo-runs.
 */
export function estimateDrift(history: readonly ResultsFile[], metric: string, read: MetricReader): Map<string, DriftEstimate> {
  const perCell = new Map<string, { medians: number[]; se2: number[] }>();
  for (const run of history) {
    for (const cell of run.cells) {
      const logs = cell.trials.filter((t) => t.status === "ok").flatMap((t) => {
        const v = read(t);
        return typeof v === "number" && v > 0 && Number.isFinite(v) ? [Math.log(v)] : [];
      });
      if (logs.length < 2) continue;
      const entry = perCell.get(cell.id) ?? { medians: [], se2: [] };
      entry.medians.push(median(logs));
      entry.se2.push(medianStandardError(logs) ** 2);
      perCell.set(cell.id, entry);
    }
  }
  const out = new Map<string, DriftEstimate>();
  for (const [id, { medians, se2 }] of perCell) {
    if (medians.length < MIN_HISTORY) continue;
    const center = median(medians);
    const spread = MAD_TO_SD * median(medians.map((m) => Math.abs(m - center)));
    const within = median(se2);
    const fitted = Math.max(0, spread * spread - within);
    const prior = DEFAULT_DRIFT[metric];
    const n = medians.length;
    const variance = prior === undefined ? fitted : (n * fitted + PRIOR_RUNS * prior * prior) / (n + PRIOR_RUNS);
    out.set(id, { sigma: Math.max(DRIFT_FLOOR, Math.sqrt(variance)), runs: n, source: "history" });
  }
  return out;
}

/** The drift to allow for a cell: its history's, else the metric's default. */
export function driftFor(table: Map<string, DriftEstimate> | undefined, cellId: string, metric: string): DriftEstimate | undefined {
  const fitted = table?.get(cellId);
  if (fitted) return fitted;
  const sigma = DEFAULT_DRIFT[metric];
  return sigma === undefined ? undefined : { sigma, runs: 0, source: "default" };
}

/**
 * Standard error of a sample median, from a robust spread: sqrt(pi / 2) * sd / sqrt(n) for a
 * normal sample, with the sd read off the median absolute deviation.
 */
export function medianStandardError(values: readonly number[]): number {
  if (values.length < 2) return 0;
  const center = median([...values]);
  const sd = MAD_TO_SD * median(values.map((v) => Math.abs(v - center)));
  return Math.sqrt(Math.PI / 2) * (sd / Math.sqrt(values.length));
}

/** A shift's uncertainty once run-to-run drift is added to the trials' own noise. */
export interface WidenedShift {
  /** Standard error of the log shift: trials' noise and both runs' drift. */
  se: number;
  /** Two-sided p of the shift against no change, under the normal approximation. */
  p: number;
  /** The interval at a confidence level, on the log scale. */
  interval(confidence: number): { estimate: number; lower: number; upper: number };
}

/**
 * Widens a within-run shift estimate (Hodges-Lehmann, with its interval at `confidence`) by the
 * drift of two runs: the baseline's and the current one's each move by about `sigma`, so their
 * difference by sigma * sqrt(2). The trials' noise is read off the interval's half-width. Undefined
 * when the interval is unbounded (too few trials for any statement).
 */
export function widenByDrift(shift: { estimate: number; lower: number; upper: number }, confidence: number, sigma: number): WidenedShift | undefined {
  if (!Number.isFinite(shift.lower) || !Number.isFinite(shift.upper)) return undefined;
  const zLevel = normalQuantile(1 - (1 - confidence) / 2);
  const within = (shift.upper - shift.lower) / 2 / zLevel;
  const se = Math.sqrt(within * within + 2 * sigma * sigma);
  const p = se > 0 ? Math.min(1, 2 * normalUpperTail(Math.abs(shift.estimate) / se)) : shift.estimate === 0 ? 1 : 0;
  return {
    se,
    p,
    interval(level) {
      const half = normalQuantile(1 - (1 - level) / 2) * se;
      return { estimate: shift.estimate, lower: shift.estimate - half, upper: shift.estimate + half };
    },
  };
}
