import { groupFindings, type SiteFinding } from "./blocking.js";
import type { ErrorRateComparison } from "./error-rate.js";
import { costRegressions, type CostComparison } from "./cost.js";
import type { BudgetResult, CellComparison, Comparison, MetricComparison } from "./types.js";

/** The classes of findings a user can choose to fail the step on (`fail-on`). */
export type FailOn = "regression" | "blocking" | "budget";
export const FAIL_ON: readonly FailOn[] = ["regression", "blocking", "budget"];

/** One thing that fails the gate (or would, were its class in `fail-on`), as data; report/ words it. */
export type GateFinding =
  /** A gated metric whose whole interval lies past its threshold, significant after Holm. */
  | { kind: "regression"; cell: CellComparison; metric: MetricComparison }
  /** A cell's error rate rose: significant after Holm, and from a clean baseline in most trials, else past its bar. */
  | { kind: "errors"; cell: CellComparison; comparison: ErrorRateComparison }
  /** A cell the baseline measured that has no usable trial now. */
  | { kind: "broken"; cell: CellComparison }
  /** A new blocking site, once per file:line however many cells showed it. */
  | { kind: "blocking"; site: SiteFinding }
  | { kind: "budget"; budget: BudgetResult }
  /** A scenario's instructions per operation grew past its threshold and the counts' spread. */
  | { kind: "cost"; cost: CostComparison };

/** The `fail-on` class a finding belongs to: a broken cell is the worst regression there is. */
export function failOnClass(finding: GateFinding): FailOn {
  return finding.kind === "broken" || finding.kind === "errors" || finding.kind === "cost" ? "regression" : finding.kind;
}

/** What the action decided, with the counts the outputs and the headline show. */
export interface GateResult {
  verdict: "pass" | "fail" | "no-baseline" | "error";
  /** With verdict `error`: why the gate could not be evaluated (the baseline store could not be read). */
  error?: string;
  /** Gated metric regressions, error-rate regressions, cells that broke (measured in the baseline, no usable trial now) and CPU cost regressions. */
  regressions: number;
  /** New blocking sites (distinct file:line, however many cells showed each) that count against the gate. */
  blocking: number;
  /** Budgets broken in the current run. */
  budgets: number;
  /** The findings that failed the step, in the order a reader gets them. */
  failedBecause: GateFinding[];
  /** Findings that would fail the gate but whose class is not in `fail-on`. */
  ignored: GateFinding[];
  failOn: FailOn[];
}

/** The cells' findings, cell by cell: a broken cell, or each gated metric that regressed. */
export function cellFindings(cells: readonly CellComparison[]): GateFinding[] {
  const out: GateFinding[] = [];
  for (const cell of cells) {
    if (cell.status === "broken") out.push({ kind: "broken", cell });
    for (const metric of cell.metrics) {
      if (metric.gated && metric.verdict === "regression") out.push({ kind: "regression", cell, metric });
    }
    if (cell.errors?.verdict === "regression") out.push({ kind: "errors", cell, comparison: cell.errors });
  }
  return out;
}

/**
 * The gate when the baseline could not be read: verdict `error`, whatever else was found. "No
 * baseline yet" passes (a repository's first run); "the store is broken" must not, or anyone who
 * can break the store can pass every pull request. Findings made without the baseline (absolute
 * budgets) are kept.
 */
export function storeErrorGate(gate: GateResult, reason: string): GateResult {
  return { ...gate, verdict: "error", error: reason };
}

/**
 * Turns a comparison (or, without a baseline, the current run's absolute budgets) into the step's
 * verdict. The comparison's own verdict counts every class; the action lets users leave classes
 * out of the gate (`fail-on: regression`) and still see them reported. Without a baseline the
 * step does not fail for lack of one, but an absolute budget (`p99: <= 20ms`) needs no baseline and
 * still fails it.
 */
export function evaluateGate(comparison: Comparison | undefined, budgets: BudgetResult[], failOn: readonly FailOn[]): GateResult {
  const findings: GateFinding[] = [];
  if (comparison) {
    findings.push(...cellFindings(comparison.cells));
    for (const cost of costRegressions(comparison.costs)) findings.push({ kind: "cost", cost });
    for (const site of groupFindings(comparison.blocking)) if (site.gated) findings.push({ kind: "blocking", site });
  }
  for (const budget of budgets) if (budget.status === "fail") findings.push({ kind: "budget", budget });
  const count = (kind: FailOn) => findings.filter((f) => failOnClass(f) === kind).length;
  const failedBecause = findings.filter((f) => failOn.includes(failOnClass(f)));
  const ignored = findings.filter((f) => !failOn.includes(failOnClass(f)));
  const verdict = failedBecause.length > 0 ? "fail" : comparison ? "pass" : "no-baseline";
  return { verdict, regressions: count("regression"), blocking: count("blocking"), budgets: count("budget"), failedBecause, ignored, failOn: [...failOn] };
}
