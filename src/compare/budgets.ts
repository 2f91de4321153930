import { median } from "simple-statistics";
import type { CellResult, TrialResult } from "../results/types.js";
import { formatPercent, formatValue } from "../report/number-format.js";
import type { BudgetSource, ResolvedBudgets } from "../config/compare-settings.js";
import type { BudgetName, BudgetResult, CellComparison } from "./types.js";
import { InputError } from "../shared/input-error.js";

export type Comparator = ">=" | ">" | "<=" | "<";

export interface ParsedBudget {
  name: BudgetName;
  spec: string;
  op: Comparator;
  /** In the base unit: ops/s for throughput, ms for p99 and maxBlock, a fraction for regression. */
  value: number;
}

const BUDGET_FORMS: Record<BudgetName, string> = {
  throughput: `">= 2000/s" (also "2k/s", "> 150 ops/s")`,
  p99: `"<= 20ms" (units us, ms, s)`,
  maxBlock: `"<= 50ms" (units us, ms, s)`,
  regression: `"10%"`,
};

const TIME_UNITS: Record<string, number> = { us: 0.001, "µs": 0.001, ms: 1, s: 1000 };

/**
 * Parses one budget string. Strict on purpose: a budget that is silently
 * misread (20 read as 20 s instead of 20 ms) gives a gate that never fires.
 */
export function parseBudget(name: BudgetName, source: BudgetSource): ParsedBudget {
  const fail = (): never => {
    throw new InputError(`${source.path}: expected a budget like ${BUDGET_FORMS[name]}, got ${JSON.stringify(source.spec)}`);
  };
  const text = source.spec.trim();
  const m = /^(>=|<=|>|<)?\s*([0-9]+(?:\.[0-9]+)?)\s*(.*)$/.exec(text);
  if (!m) return fail();
  const op = (m[1] ?? (name === "throughput" ? ">=" : "<=")) as Comparator;
  const number = Number(m[2]);
  const unit = (m[3] ?? "").trim();
  switch (name) {
    case "throughput": {
      const u = /^([kM]?)\s*(?:ops?)?\s*\/\s*s$/.exec(unit);
      if (!u) return fail();
      const scale = u[1] === "k" ? 1e3 : u[1] === "M" ? 1e6 : 1;
      return { name, spec: source.spec, op, value: number * scale };
    }
    case "p99":
    case "maxBlock": {
      const scale = TIME_UNITS[unit];
      if (scale === undefined) return fail();
      return { name, spec: source.spec, op, value: number * scale };
    }
    case "regression": {
      if (m[1] !== undefined || unit !== "%" || number <= 0 || number >= 100) return fail();
      return { name, spec: source.spec, op: "<=", value: number / 100 };
    }
  }
}

/** Parses every budget that applies to a cell; throws InputError naming the first bad one. */
export function parseCellBudgets(resolved: ResolvedBudgets): ParsedBudget[] {
  const out: ParsedBudget[] = [];
  for (const name of ["throughput", "p99", "maxBlock", "regression"] as const) {
    const source = resolved[name];
    if (source) out.push(parseBudget(name, source));
  }
  return out;
}

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
