import { median } from "simple-statistics";
import type { Comparator, ParsedBudget } from "../config/budgets.js";
import type { CellResult, TrialResult } from "../results/types.js";

import { formatPercent, formatValue } from "../report/number-format.js";
import type { BudgetResult, CellComparison } from "./types.js";

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

const MEASURES: Record<"throughput" | "p99" | "maxBlock", { unit: string; read: (t: TrialResult) => number; label: string }> = {
  throughput: { unit: "/s", read: (t) => t.throughput, label: "throughput" },
  p99: { unit: "ms", read: (t) => t.latencyMs.p99, label: "p99 latency" },
  maxBlock: { unit: "ms", read: (t) => t.loopDelayMs.max, label: "max loop delay" },
};

/**
 * Checks the absolute budgets (throughput, p99, maxBlock) on the current run.
 * The measured value is the median over ok trials, the same number the run
 * table shows, so one unlucky trial does not break a budget; a cell with no
 * usable trial breaks every budget it has.
 */
export function checkAbsoluteBudgets(cell: CellResult, budgets: readonly ParsedBudget[]): BudgetResult[] {
  const ok = cell.trials.filter((t) => t.status === "ok");
  const where = `scenario ${cell.scenario}, model ${cell.model}, concurrency ${cell.concurrency}`;
  const out: BudgetResult[] = [];
  for (const b of budgets) {
    if (b.name === "regression") continue;
    const m = MEASURES[b.name];
    const base = { cell: cell.id, scenario: cell.scenario, model: cell.model, concurrency: cell.concurrency, budget: b.name, spec: b.spec };
    const values = ok.map(m.read).filter(Number.isFinite);
    if (values.length === 0) {
      out.push({ ...base, measured: null, status: "fail", message: `${where}: ${b.name} budget ${b.spec} broken: no usable trial to measure` });
      continue;
    }
    const measured = median(values);
    const pass = holds(b.op, measured, b.value);
    const shown = formatValue(measured, m.unit);
    const message = pass
      ? `${where}: ${b.name} budget ${b.spec} met: ${m.label} ${shown} (median of ${values.length} trials)`
      : `${where}: ${b.name} budget ${b.spec} broken: ${m.label} ${shown} (median of ${values.length} trials)`;
    out.push({ ...base, measured, status: pass ? "pass" : "fail", message });
  }
  return out;
}

/**
 * Checks a `regression` budget against a cell's comparison. The budget is the
 * cell's threshold for its gated metrics, so it is broken exactly when one of
 * them is a regression under it; inconclusive data does not break it but says so.
 */
export function checkRegressionBudget(cell: CellComparison, budget: ParsedBudget): BudgetResult {
  const where = `scenario ${cell.scenario}, model ${cell.model}, concurrency ${cell.concurrency}`;
  const base = { cell: cell.id, scenario: cell.scenario, model: cell.model, concurrency: cell.concurrency, budget: budget.name, spec: budget.spec };
  const gated = cell.metrics.filter((m) => m.gated);
  if (cell.status !== "compared" || gated.length === 0) {
    const why = cell.status !== "compared" ? `the cell is ${cell.status}` : "no gated metric (environments differ)";
    return { ...base, measured: null, status: "unknown", message: `${where}: regression budget ${budget.spec} not checked: ${why}` };
  }
  // Worst change in the bad direction among gated metrics (positive = worse).
  let worst: { metric: string; badness: number; change: number } | null = null;
  for (const m of gated) {
    if (m.change === null) continue;
    const badness = m.better === "higher" ? -m.change : m.change;
    if (worst === null || badness > worst.badness) worst = { metric: m.metric, badness, change: m.change };
  }
  const broken = gated.filter((m) => m.verdict === "regression");
  if (broken.length > 0) {
    const list = broken.map((m) => `${m.metric} ${formatPercent(m.change)}`).join(", ");
    return { ...base, measured: worst?.badness ?? null, status: "fail", message: `${where}: regression budget ${budget.spec} broken: ${list}` };
  }
  const inconclusive = gated.filter((m) => m.verdict === "inconclusive");
  if (inconclusive.length > 0) {
    const list = inconclusive.map((m) => `${m.metric} ${formatPercent(m.change)}`).join(", ");
    return { ...base, measured: worst?.badness ?? null, status: "unknown", message: `${where}: regression budget ${budget.spec}: too noisy to tell (${list})` };
  }
  const shown = worst ? `worst ${worst.metric} ${formatPercent(worst.change)}` : "no change";
  return { ...base, measured: worst?.badness ?? null, status: "pass", message: `${where}: regression budget ${budget.spec} met: ${shown}` };
}
