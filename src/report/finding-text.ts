import type { SiteFinding } from "../compare/blocking.js";
import { costRegressions } from "../compare/cost.js";
import { cellFindings, type GateFinding } from "../compare/gate.js";
import type { BlockingFinding, BudgetResult, Comparison, MetricComparison } from "../compare/types.js";
import { cellNote } from "./comparison-notes.js";
import { errorRateLine } from "./error-text.js";
import { budgetMetricLabel, formatP, formatPercent, formatValue, METRIC_LABELS } from "./number-format.js";
import { costFindingLine, formatCount } from "./cost-text.js";

/**
 * One finding in one line, for the gate's list, the step's failure message and the PR comment.
 * `withP` adds a regression's Holm-adjusted p, as the comparison's reasons give it: the same
 * words either way, so a reader matches a CLI reason with the comment's line.
 */
export function findingLine(f: GateFinding, options: { withP?: boolean } = {}): string {
  switch (f.kind) {
    case "regression":
      return regressionLine(f.cell.id, f.metric, options.withP ?? false);
    case "errors":
      return errorRateLine(f.cell.id, f.comparison, options.withP ?? false);
    case "broken":
      return `${f.cell.id}: ${cellNote(f.cell)}`;
    case "blocking":
      return siteLine(f.site);
    case "budget":
      return budgetMessage(f.budget);
    case "cost":
      return costFindingLine(f.cost);
  }
}

/** Why a comparison failed, one line per finding: the `reasons` of the comparison JSON and `compare`'s output. */
export function failureReasons(c: Comparison): string[] {
  return [
    ...cellFindings(c.cells).map((f) => findingLine(f, { withP: true })),
    ...costRegressions(c.costs).map(costFindingLine),
    ...c.blocking.filter((b) => b.gated).map((b) => blockingMessage(b, c.settings.alpha)),
    ...c.budgets.filter((b) => b.status === "fail").map(budgetMessage),
  ];
}

function regressionLine(cellId: string, m: MetricComparison, withP: boolean): string {
  const interval = `[${formatPercent(m.interval?.lower ?? null)}, ${formatPercent(m.interval?.upper ?? null)}]`;
  const line = `${cellId}: ${METRIC_LABELS[m.metric]} ${formatPercent(m.change)} ${interval} beyond the ${Math.round(m.threshold * 100)}% threshold`;
  return withP ? `${line}, p ${formatP(m.pAdjusted)} after Holm` : line;
}

/** A new blocking site over all the cells that showed it: where, what, how often, how long. */
function siteLine(s: SiteFinding): string {
  const fn = s.function ? ` in ${s.function}` : "";
  const api = s.api ? ` (${s.api})` : "";
  const cells = s.cells.length === 1 ? s.cells[0] : `${s.cells.length} cells`;
  const base = s.baseline ? `${s.baseline.trials} of ${s.baseline.of} baseline trials` : "no baseline for its cells";
  return `new blocking site ${s.file}:${s.line}${fn}${api}: stalled the loop in ${s.trials} of ${s.of} trials of ${cells}, up to ${Math.round(s.maxStallMs)} ms; ${base}`;
}

/** One cell's blocking finding, with whether (and how surely) it counts against the gate. */
export function blockingMessage(f: BlockingFinding, alpha: number): string {
  const fn = f.site.function ? ` in ${f.site.function}` : "";
  const api = f.site.api ? ` (${f.site.api})` : "";
  const seen =
    `stalled the loop in ${f.current.trials} of ${f.current.of} trials (up to ${Math.round(f.current.maxStallMs)}ms), ` +
    (f.baseline ? `${f.baseline.trials} of ${f.baseline.of} baseline trials` : "no baseline for this cell");
  const where = `${f.site.file}:${f.site.line}${fn}${api}`;
  if (!f.baseline) return `${f.cell}: blocking site ${where} ${seen}`;
  if (!f.needsTest) return `${f.cell}: new blocking site ${where} ${seen}`;
  if (f.pAdjusted === null) return `${f.cell}: blocking site ${where} ${seen}`;
  const p = formatP(f.pAdjusted);
  return f.pAdjusted <= alpha
    ? `${f.cell}: new blocking site ${where} ${seen}, p ${p} after Holm`
    : `${f.cell}: blocking site ${where} ${seen}; not significant (p ${p} after Holm, needs <= ${alpha})`;
}

/** A budget's result in words: which cell, which budget, met or broken, and by what. */
export function budgetMessage(b: BudgetResult): string {
  const head = `scenario ${b.scenario}, model ${b.model}, concurrency ${b.concurrency}: ${b.budget} budget ${b.spec}`;
  const basis = b.basis;
  switch (basis.kind) {
    case "median": {
      if (b.measured === null || basis.trials === 0) return `${head} broken: no usable trial to measure`;
      const shown = `${budgetMetricLabel(basis.metric)} ${formatValue(b.measured, basis.unit)} (median of ${basis.trials} trials)`;
      return `${head} ${b.status === "pass" ? "met" : "broken"}: ${shown}`;
    }
    case "unchecked":
      return `${head} not checked: ${basis.cellStatus ? `the cell is ${basis.cellStatus}` : "no gated metric (environments differ)"}`;
    case "changes": {
      const list = basis.metrics.map((m) => `${m.metric} ${formatPercent(m.change)}`).join(", ");
      if (b.status === "fail") return `${head} broken: ${list}`;
      if (b.status === "unknown") return `${head}: too noisy to tell (${list})`;
      return `${head} met: ${list ? `worst ${list}` : "no change"}`;
    }
    case "cost":
      if (b.measured === null) return `${head} not checked: ${basis.reason ?? "not counted"}`;
      return `${head} ${b.status === "pass" ? "met" : "broken"}: ${formatCount(b.measured)} instructions per operation`;
  }
}
