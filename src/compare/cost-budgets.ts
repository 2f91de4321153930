import { parseCellBudgets, type Comparator } from "../config/budgets.js";
import { budgetsFor, type BudgetTable } from "../config/compare-settings.js";
import type { ResultsFile } from "../results/types.js";
import type { BudgetResult } from "./types.js";

/**
 * Checks each scenario's `instructions` budget (`<= 3M`) on the run's counts. The budget is the
 * scenario's, read like an async-model budget (the counts run the async model at concurrency 1).
 * A scenario without a figure (valgrind missing, a failed count) leaves its budget unknown, never
 * broken: the count is not the run.
 */
export function checkCostBudgets(results: ResultsFile, table: BudgetTable, source?: string): BudgetResult[] {
  const scenarios = [...new Set([...results.cells.map((c) => c.scenario), ...(results.costs ?? []).map((c) => c.scenario)])];
  const out: BudgetResult[] = [];
  for (const scenario of scenarios) {
    const budget = parseCellBudgets(budgetsFor(table, scenario, "async", source)).find((b) => b.name === "instructions");
    if (!budget) continue;
    const cost = results.costs?.find((c) => c.scenario === scenario);
    const base = { cell: `${scenario}/async/1`, scenario, model: "async" as const, concurrency: 1, budget: budget.name, spec: budget.spec };
    if (!cost || cost.status !== "ok" || cost.perOp === undefined) {
      out.push({ ...base, measured: null, status: "unknown", basis: { kind: "cost", reason: cost?.reason ?? "not counted (cost: off, or counted by no run)" } });
      continue;
    }
    out.push({ ...base, measured: cost.perOp, status: holds(budget.op, cost.perOp, budget.value) ? "pass" : "fail", basis: { kind: "cost" } });
  }
  return out;
}

function holds(op: Comparator, measured: number, limit: number): boolean {
  return op === "<=" ? measured <= limit : op === "<" ? measured < limit : op === ">=" ? measured >= limit : measured > limit;
}
