import { median } from "simple-statistics";
import type { Comparator, ParsedBudget } from "../config/budgets.js";
import { errorRate, measuredTrial } from "../results/errors.js";
import type { CellResult, TrialResult } from "../results/types.js";
import type { BudgetMetric, BudgetResult, CellComparison, MetricName } from "./types.js";

function holds(op: Comparator, measured: number, limit: number): boolean {
  switch (op) {
    case ">=":
      return measured >= limit;
    case ">":
      return measured > limit;
    case "<=":
      return measured <= limit;
    case "<":
      return measured < limit;
  }
}

/** What each absolute budget measures: the same metric, in the same unit, the comparison reads. */
const MEASURES: Record<"throughput" | "p99" | "maxBlock" | "errors", { metric: BudgetMetric; unit: string; read: (t: TrialResult) => number; trials?: (t: TrialResult) => boolean }> = {
  throughput: { metric: "throughput", unit: "/s", read: (t) => t.throughput },
  p99: { metric: "p99", unit: "ms", read: (t) => t.latencyMs.p99 },
  maxBlock: { metric: "loopDelayMax", unit: "ms", read: (t) => t.loopDelayMs.max },
  // As the comparison counts them: a trial in which every operation failed is a rate of 1, not a gap.
  errors: { metric: "errorRate", unit: "rate", read: errorRate, trials: measuredTrial },
};

/**
 * Checks the absolute budgets (throughput, p99, maxBlock, errors) on the current run.
 * The measured value is the median over ok trials, the same number the run
 * table shows, so one unlucky trial does not break a budget; a cell with no
 * usable trial breaks every budget it has.
 */
export function checkAbsoluteBudgets(cell: CellResult, budgets: readonly ParsedBudget[]): BudgetResult[] {
  const ok = cell.trials.filter((t) => t.status === "ok");
  const out: BudgetResult[] = [];
  for (const b of budgets) {
    // A regression budget needs a comparison; an instructions budget is the scenario's, not a cell's (cost-budgets.ts).
    if (b.name === "regression" || b.name === "instructions") continue;
    const m = MEASURES[b.name];
    const base = { cell: cell.id, scenario: cell.scenario, model: cell.model, concurrency: cell.concurrency, budget: b.name, spec: b.spec };
    const values = (m.trials ? cell.trials.filter(m.trials) : ok).map(m.read).filter(Number.isFinite);
    const basis = { kind: "median" as const, metric: m.metric, unit: m.unit, trials: values.length };
    if (values.length === 0) {
      out.push({ ...base, measured: null, status: "fail", basis });
      continue;
    }
    const measured = median(values);
    out.push({ ...base, measured, status: holds(b.op, measured, b.value) ? "pass" : "fail", basis });
  }
  return out;
}

/**
 * Checks a `regression` budget against a cell's comparison. The budget is the
 * cell's threshold for its gated metrics, so it is broken exactly when one of
 * them is a regression under it; inconclusive data does not break it but says so.
 */
export function checkRegressionBudget(cell: CellComparison, budget: ParsedBudget): BudgetResult {
  const base = { cell: cell.id, scenario: cell.scenario, model: cell.model, concurrency: cell.concurrency, budget: budget.name, spec: budget.spec };
  const gated = cell.metrics.filter((m) => m.gated);
  if (cell.status !== "compared" || gated.length === 0) {
    const basis = { kind: "unchecked" as const, ...(cell.status !== "compared" && { cellStatus: cell.status }) };
    return { ...base, measured: null, status: "unknown", basis };
  }
  // Worst change in the bad direction among gated metrics (positive = worse).
  let worst: { metric: MetricName; badness: number; change: number } | null = null;
  for (const m of gated) {
    if (m.change === null) continue;
    const badness = m.better === "higher" ? -m.change : m.change;
    if (worst === null || badness > worst.badness) worst = { metric: m.metric, badness, change: m.change };
  }
  const measured = worst?.badness ?? null;
  const changes = (list: typeof gated) => ({ kind: "changes" as const, metrics: list.map((m) => ({ metric: m.metric, change: m.change })) });
  const broken = gated.filter((m) => m.verdict === "regression");
  if (broken.length > 0) return { ...base, measured, status: "fail", basis: changes(broken) };
  const inconclusive = gated.filter((m) => m.verdict === "inconclusive");
  if (inconclusive.length > 0) return { ...base, measured, status: "unknown", basis: changes(inconclusive) };
  const basis = { kind: "changes" as const, metrics: worst ? [{ metric: worst.metric, change: worst.change }] : [] };
  return { ...base, measured, status: "pass", basis };
}
