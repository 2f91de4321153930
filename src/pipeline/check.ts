import { checkAbsoluteBudgets } from "../compare/budgets.js";
import { compareResults } from "../compare/compare.js";
import { checkCostBudgets } from "../compare/cost-budgets.js";
import { evaluateGate, storeErrorGate, type FailOn, type GateResult } from "../compare/gate.js";
import type { BudgetResult, Comparison } from "../compare/types.js";
import { parseCellBudgets } from "../config/budgets.js";
import { budgetsFor, type BudgetTable } from "../config/compare-settings.js";
import type { CompareSettings } from "../config/types.js";
import type { ResultsFile } from "../results/types.js";
import type { LoadedBaseline } from "./baseline.js";

export interface CheckInput {
  current: ResultsFile;
  /** Undefined: nothing to compare with; only the absolute budgets can fail the gate. */
  baseline?: LoadedBaseline;
  settings: CompareSettings;
  budgets: BudgetTable;
  /** The config the settings and budgets came from, for messages. */
  budgetSource: string;
  /** Where the current run came from, for the report ("this run", a file name). */
  currentSource: string;
  failOn: readonly FailOn[];
  /**
   * The store's recent baselines, for a stored baseline: each cell's run-to-run drift is estimated
   * from them and allowed for. Undefined when the baseline was measured side by side.
   */
  history?: readonly ResultsFile[];
  /** The baseline store could not be read (not: it has none yet): the verdict is `error`. */
  baselineError?: string;
}

export interface CheckOutcome {
  comparison?: Comparison;
  /** The comparison's budget results, or the absolute ones when there is no baseline. */
  budgets: BudgetResult[];
  gate: GateResult;
}

/**
 * compare -> gate: the one decision both doors make. The CLI's `compare --fail-on` and the action's
 * `fail-on` both end here, so the same inputs give the same verdict whichever door was used.
 */
export function check(input: CheckInput): CheckOutcome {
  const comparison = input.baseline
    ? compareResults(input.baseline.results, input.current, {
        settings: input.settings,
        budgets: input.budgets,
        baselineSource: input.baseline.source,
        currentSource: input.currentSource,
        budgetSource: input.budgetSource,
        ...(input.history && { drift: { history: input.history } }),
      })
    : undefined;
  const budgets = comparison?.budgets ?? absoluteBudgets(input.current, input.budgets, input.budgetSource);
  const evaluated = evaluateGate(comparison, budgets, input.failOn);
  const gate = input.baselineError !== undefined ? storeErrorGate(evaluated, input.baselineError) : evaluated;
  return { ...(comparison && { comparison }), budgets, gate };
}

/** Budgets that need no baseline (`throughput >= 2000/s`, `p99 <= 20ms`), checked on the current run. */
function absoluteBudgets(results: ResultsFile, table: BudgetTable, source: string): BudgetResult[] {
  const cells = results.cells.flatMap((cell) => checkAbsoluteBudgets(cell, parseCellBudgets(budgetsFor(table, cell.scenario, cell.model, source))));
  return [...cells, ...checkCostBudgets(results, table, source)];
}

/** Settings with the overrides a door was given (`alpha`, `threshold` inputs or flags). */
export function withOverrides(settings: CompareSettings, overrides: { alpha?: number; threshold?: number }): CompareSettings {
  const out = structuredClone(settings);
  if (overrides.alpha !== undefined) out.alpha = overrides.alpha;
  if (overrides.threshold !== undefined) out.thresholds.throughput = overrides.threshold;
  return out;
}
