import type { CompareSettings, Model } from "../config/types.js";
import type { PartialRound, StopReason, TrialStatus } from "../results/types.js";
import type { ErrorRateComparison } from "./error-rate.js";
import type { RaceFinding } from "./race.js";
import type { CostComparison } from "./cost.js";
import type { ScenarioHotspots } from "./hotspots.js";
import type { ComparisonTeeth } from "./teeth.js";

/** What the comparison says about one metric of one cell. */
export type MetricVerdict = "regression" | "improvement" | "unchanged" | "inconclusive";

/** Metrics read from each trial. Throughput and p99 gate; the rest are reported. */
export type MetricName = "throughput" | "p99" | "loopDelayMax" | "cpuPerOp" | "memPerInFlight";

export interface MetricComparison {
  metric: MetricName;
  unit: string;
  /** Which way is good: throughput up, everything else down. */
  better: "higher" | "lower";
  /** True when this metric can fail the gate (and so is in the Holm family). */
  gated: boolean;
  /** Relative change that counts as real (0.05 = 5%). */
  threshold: number;
  baseline: { median: number | null; n: number };
  current: { median: number | null; n: number };
  /** Relative change of the median (exp of the Hodges-Lehmann log shift, minus 1). */
  change: number | null;
  /** Confidence interval of `change`; bounds are null when the sample is too small for the level. */
  interval: { lower: number | null; upper: number | null; confidence: number } | null;
  /** Two-sided Mann-Whitney p, raw and Holm-adjusted within its family. */
  p: number | null;
  pAdjusted: number | null;
  /**
   * How `p` was computed: the exact or normal Mann-Whitney test on the trials, or (against a
   * stored baseline) the shift widened by the run-to-run drift, under the normal approximation.
   */
  test: "exact" | "normal" | "drift-adjusted" | null;
  /** The run-to-run drift allowed for (stored baselines only): its sd on the log scale, and where it came from. */
  drift?: { sigma: number; runs: number; source: "history" | "default" };
  verdict: MetricVerdict;
  /**
   * Smallest change in the bad direction this data could have flagged, as a
   * positive fraction (0.12 = a 12% worsening); null when no change could be
   * flagged with so few trials.
   */
  minDetectableChange: number | null;
  /**
   * How the change was estimated: on log values, or (values of zero or less) as a difference over
   * the baseline median; null when it could not be (no values, or a baseline median not above 0).
   */
  scale: "log" | "linear" | null;
}

export type CellStatus =
  /** Both runs measured the cell. */
  | "compared"
  /** Only the current run has it. */
  | "new"
  /** Only the baseline has it (the current run may have been filtered). */
  | "missing"
  /** The baseline measured it but the current run got no usable trial: fails the gate. */
  | "broken";

export interface CellComparison {
  id: string;
  scenario: string;
  model: Model;
  concurrency: number;
  status: CellStatus;
  baselineTrials: number;
  currentTrials: number;
  metrics: MetricComparison[];
  /** A new cell the baseline has, but without a usable trial (else it is not in the baseline at all). */
  baselineUnusable?: true;
  /** A broken cell's failure: the first failed trial's status and its message (text the code under test wrote). */
  failure?: { status?: TrialStatus; message: string };
  /** A compared cell's error rate (gated, in the Holm family when either side erred) and what failed, where. */
  errors?: ErrorRateComparison;
  /** Adaptive runs: why the current side's cell got no more trials, and after which round. */
  stop?: { reason: StopReason; round: number };
}

/** A blocking site (file:line) seen in most current trials of a cell and absent or rare in the baseline. */
export interface BlockingFinding {
  cell: string;
  scenario: string;
  model: Model;
  concurrency: number;
  site: { file: string; line: number; function?: string; api?: string };
  /** Trials (ok ones) in which the site stalled a loop, out of how many. */
  current: { trials: number; of: number; maxStallMs: number };
  baseline: { trials: number; of: number } | null;
  /**
   * One-sided Fisher exact p that the site is more frequent in current trials
   * than in baseline trials; null without a baseline for the cell.
   */
  p: number | null;
  /** Holm-adjusted with the gated metrics, for sites that need the test; else null. */
  pAdjusted: number | null;
  /**
   * True for a site found by sampling (no named blocking API): it fails the
   * gate only when significant after Holm. A named API (readFileSync,
   * time.sleep) is gated on the most-trials/rare-in-baseline rule alone.
   */
  needsTest: boolean;
  /**
   * True when it fails the gate: the baseline has the cell, and the site names
   * a blocking API or its increase is significant after Holm. Others are
   * reported only (no baseline, or too few trials to tell a new site from chance).
   */
  gated: boolean;
}

export type { BudgetName } from "../config/budgets.js";
import type { BudgetName } from "../config/budgets.js";

export interface BudgetResult {
  cell: string;
  scenario: string;
  model: Model;
  concurrency: number;
  budget: BudgetName;
  /** As written in the config, e.g. ">= 2000/s". */
  spec: string;
  /** Median over ok trials (or the relative change for `regression`), in the budget's unit. */
  measured: number | null;
  status: "pass" | "fail" | "unknown";
  /** What the status rests on, for the wording in report/. */
  basis: BudgetBasis;
}

export type BudgetBasis =
  /** An absolute budget: the median of one metric over `trials` ok trials (0: nothing to measure). */
  | { kind: "median"; metric: BudgetMetric; unit: string; trials: number }
  /** A regression budget not checked: the cell was not compared (its status), or no metric was gated. */
  | { kind: "unchecked"; cellStatus?: CellStatus }
  /**
   * A regression budget: the gated metrics behind its status: the regressions when broken, the
   * inconclusive ones when unknown, the worst change (if any) when met.
   */
  | { kind: "changes"; metrics: { metric: MetricName; change: number | null }[] }
  /** An instructions budget: the scenario's counted instructions per operation; `reason` when it has none. */
  | { kind: "cost"; reason?: string };

/** What an absolute budget measures: a compared metric, or the error rate (failed / started operations). */
export type BudgetMetric = MetricName | "errorRate";

export interface RunInfo {
  createdAt: string;
  git?: { sha: string; ref?: string };
  fingerprint: string;
  cpuModel: string;
  cpus: number;
  /** Where it was read from (`file:...`, `branch:...@sha`), when known. */
  source?: string;
}

export interface EnvironmentCheck {
  match: boolean;
  /** Fields that differ, e.g. `cpuModel: "Xeon A" -> "EPYC B"`. */
  differences: string[];
  /** False when a mismatch keeps throughput and p99 out of the gate. */
  timingGated: boolean;
}

/**
 * What the comparison found, as data: the wording (reasons, notes, messages) and the JSON
 * document users read (`concurrency-guard/comparison@1`) are made from it in report/.
 */
export interface Comparison {
  createdAt: string;
  /** Fail when anything fails the gate: a gated regression, a broken cell, a gated blocking site, a broken budget. */
  verdict: "pass" | "fail";
  /**
   * `side-by-side`: both runs are the two sides of one run (their trials took turns), so no
   * run-to-run drift lies between them; `stored`: the baseline was measured by another run, and
   * (with a drift history) each gated metric allows for the drift between runs.
   */
  mode: "side-by-side" | "stored";
  /** Stored mode with drift modelling: how many stored baselines the drift was estimated from. */
  driftHistory?: number;
  settings: CompareSettings & { confidence: number };
  baseline: RunInfo;
  current: RunInfo;
  environment: EnvironmentCheck;
  cells: CellComparison[];
  blocking: BlockingFinding[];
  budgets: BudgetResult[];
  /** Size of the Holm family of gated comparisons (gated metrics, error rates, candidate blocking sites). */
  gatedComparisons: number;
  /**
   * Whether the gated timing comparisons could have flagged any change at all with the trials
   * they had (`teeth.ts`); absent when no timing comparison was gated. The exit status ignores it.
   */
  teeth?: ComparisonTeeth;
  /** Kinds of error in the current run that fail only above concurrency 1, or only in one model. */
  races?: RaceFinding[];
  /** CPU cost (instructions per operation) per scenario, when either run counted it (`cost.ts`). */
  costs?: CostComparison[];
  /** Where the cost changed, per function, in scenarios whose throughput, p99 or instructions changed (`hotspots.ts`). */
  hotspots?: ScenarioHotspots[];
  /**
   * An adaptive run, compared by replaying its looks (`sequential.ts`): its design, the level of
   * each look taken (they sum to alpha over the planned looks), the rounds and time it took.
   */
  sequential?: {
    min: number;
    max: number;
    step: number;
    looks: number;
    spending: "obrien-fleming";
    levels: number[];
    rounds: number;
    elapsedMs: number;
    budgetMs?: number;
    /** The last round the time budget let run for only some of the open cells. */
    partial?: PartialRound;
  };
}
