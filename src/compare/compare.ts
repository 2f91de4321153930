import type { CompareSettings } from "../config/types.js";
import type { CellResult, ResultsFile, TrialResult } from "../results/types.js";
import { holmAdjust } from "../stats/holm.js";
import { parseCellBudgets, type ParsedBudget } from "../config/budgets.js";
import { budgetsFor, type BudgetTable } from "../config/compare-settings.js";
import { checkAbsoluteBudgets, checkRegressionBudget } from "./budgets.js";
import { compareCosts, costRegressions } from "./cost.js";
import { checkCostBudgets } from "./cost-budgets.js";
import { findBlocking } from "./blocking.js";
import { driftFor, estimateDrift } from "./drift.js";
import { decideErrorRate, measureErrorRate } from "./error-rate.js";
import { findRaces } from "./race.js";
import { compareHotspots } from "./hotspots.js";
import { comparisonTeeth } from "./teeth.js";
import { familyKey, pairedRuns, replayLooks } from "./sequential.js";
import { checkEnvironment, runInfo } from "./environment.js";
import { cellFindings } from "./gate.js";
import { finishMetric, measureMetric, type MetricDef, type PendingMetric } from "./metric.js";
import type { BudgetResult, CellComparison, Comparison, MetricName } from "./types.js";

/** Threshold for the reported (never gated) metrics: loop delay, CPU and memory per op. */
export const REPORTED_THRESHOLD = 0.1;

export interface CompareOptions {
  settings: CompareSettings;
  budgets?: BudgetTable;
  /** Level of the effect intervals; defaults to 1 - alpha so interval and test agree. */
  confidence?: number;
  /** Where the runs were read from, for the report. */
  baselineSource?: string;
  currentSource?: string;
  /** Name of the config the budgets came from, for error messages. */
  budgetSource?: string;
  /**
   * Set when the baseline is a stored one: the store's recent baselines on this hardware, from
   * which each cell's run-to-run drift is estimated (too few: the default drift). Ignored when the
   * two runs are the two sides of one side-by-side run, where no drift lies between them.
   */
  drift?: { history: readonly ResultsFile[] };
  now?: () => Date;
  /**
   * Replaces Holm over the gated family, each test named by a key (`sequential.ts` replays an
   * adaptive run's looks with it); gets the keys and raw p-values, gives the adjusted ones.
   */
  familyAdjust?: (keys: readonly string[], p: readonly number[]) => number[];
}

/** Every compared metric, one row each: a new metric is one more row (and a label in report/). */
const METRICS: readonly MetricDef[] = [
  { name: "throughput", unit: "/s", better: "higher", gate: "throughput", read: (t) => t.throughput },
  { name: "p99", unit: "ms", better: "lower", gate: "p99", read: (t) => t.latencyMs?.p99 },
  { name: "loopDelayMax", unit: "ms", better: "lower", read: (t) => t.loopDelayMs?.max },
  { name: "cpuPerOp", unit: "µs", better: "lower", read: (t) => t.cpu?.perOpUs },
  { name: "memPerInFlight", unit: "KB", better: "lower", read: (t) => t.memory?.perInFlightKb },
];

/** The metrics that gate, by name: a plan's family of gated comparisons is its cells times these. */
export const GATED_METRICS: readonly MetricName[] = METRICS.filter((d) => d.gate !== undefined).map((d) => d.name);

/**
 * Compares a current run with a baseline run: the pure core of the gate.
 * Each cell and metric gets a rank test (Mann-Whitney, trials as replicates)
 * and a Hodges-Lehmann interval; gated metrics are Holm-corrected together, so
 * a run with no real change fails with probability about alpha however many
 * cells it has. A verdict needs both significance and an interval wholly past
 * the threshold, so tiny but real shifts on quiet machines do not fail builds.
 * The result is data; report/ words it (reasons, notes, the JSON document).
 */
export function compareResults(baseline: ResultsFile, current: ResultsFile, options: CompareOptions): Comparison {
  return current.sequential ? replayLooks(baseline, current, options, compareOnce) : compareOnce(baseline, current, options);
}

/** One comparison of the data as it is: every test at its own Holm step (or `familyAdjust`). */
function compareOnce(baseline: ResultsFile, current: ResultsFile, options: CompareOptions): Comparison {
  const settings = options.settings;
  const alpha = settings.alpha;
  const confidence = options.confidence ?? 1 - alpha;
  const budgetTable: BudgetTable = options.budgets ?? { defaults: {}, scenarios: {} };
  const environment = checkEnvironment(baseline, current, settings.gateAcrossEnvironments);
  const mode = pairedRuns(baseline, current) ? "side-by-side" : "stored";
  const driftTables = new Map(
    mode === "stored" && options.drift ? METRICS.filter((d) => d.gate).map((d) => [d.name, estimateDrift(options.drift!.history, d.name, d.read)] as const) : [],
  );

  const baseCells = new Map(baseline.cells.map((c) => [c.id, c]));
  const curIds = new Set(current.cells.map((c) => c.id));
  const cells: CellComparison[] = [];
  const pending: (PendingMetric & { cell: string })[] = [];
  const cellBudgets = new Map<string, ParsedBudget[]>();

  for (const cur of current.cells) {
    const budgets = parseCellBudgets(budgetsFor(budgetTable, cur.scenario, cur.model, options.budgetSource));
    cellBudgets.set(cur.id, budgets);
    const regressionBudget = budgets.find((b) => b.name === "regression");
    const base = baseCells.get(cur.id);
    const curOk = okTrials(cur);
    const baseOk = base ? okTrials(base) : [];
    const cell: CellComparison = {
      id: cur.id,
      scenario: cur.scenario,
      model: cur.model,
      concurrency: cur.concurrency,
      status: "compared",
      baselineTrials: baseOk.length,
      currentTrials: curOk.length,
      metrics: [],
      ...(cur.stop && { stop: cur.stop }),
    };
    cells.push(cell);
    if (!base) {
      cell.status = "new";
      continue;
    }
    if (curOk.length === 0 && baseOk.length > 0) {
      cell.status = "broken";
      const failure = failureOf(cur);
      if (failure) cell.failure = failure;
      continue;
    }
    if (baseOk.length === 0) {
      cell.status = "new";
      cell.baselineUnusable = true;
      continue;
    }
    for (const def of METRICS) {
      const threshold = def.gate ? (regressionBudget?.value ?? settings.thresholds[def.gate]) : REPORTED_THRESHOLD;
      const gated = def.gate !== undefined && environment.timingGated;
      const drift = mode === "stored" && options.drift && def.gate ? driftFor(driftTables.get(def.name), cur.id, def.name) : undefined;
      const p = { ...measureMetric(def, baseOk, curOk, threshold, gated, confidence, drift), cell: cur.id };
      cell.metrics.push(p.out);
      pending.push(p);
    }
    // Errors are not timing: gated across environments too.
    cell.errors = measureErrorRate(base, cur, settings, confidence);
  }
  for (const base of baseline.cells) {
    if (curIds.has(base.id)) continue;
    cells.push({
      id: base.id,
      scenario: base.scenario,
      model: base.model,
      concurrency: base.concurrency,
      status: "missing",
      baselineTrials: okTrials(base).length,
      currentTrials: 0,
      metrics: [],
    });
  }

  // Holm over each family: gated comparisons (metrics and candidate blocking
  // sites) decide the gate; reported metrics only inform.
  const blocking = findBlocking(baseline, current);
  const blockingTests = blocking.filter((b) => b.needsTest && b.p !== null);
  const gatedFamily = pending.filter((p) => p.out.gated && p.out.p !== null);
  const reportedFamily = pending.filter((p) => !p.out.gated && p.out.p !== null);
  const errorCells = cells.filter((c) => c.errors && c.errors.p !== null);
  const errorTests = errorCells.map((c) => c.errors!);
  const familySize = gatedFamily.length + blockingTests.length + errorTests.length;
  const familyP = [...gatedFamily.map((p) => p.out.p as number), ...blockingTests.map((b) => b.p as number), ...errorTests.map((e) => e.p as number)];
  const familyKeys = [
    ...gatedFamily.map((p) => familyKey("metric", p.cell, p.out.metric)),
    ...blockingTests.map((b) => familyKey("blocking", b.cell, `${b.site.file}:${b.site.line}`)),
    ...errorCells.map((c) => familyKey("errors", c.id)),
  ];
  const gatedAdjusted = options.familyAdjust ? options.familyAdjust(familyKeys, familyP) : holmAdjust(familyP);
  gatedFamily.forEach((p, i) => {
    p.out.pAdjusted = gatedAdjusted[i]!;
    finishMetric(p, alpha, familySize, confidence);
  });
  blockingTests.forEach((b, i) => {
    b.pAdjusted = gatedAdjusted[gatedFamily.length + i]!;
    b.gated = b.pAdjusted <= alpha;
  });
  errorTests.forEach((e, i) => {
    e.pAdjusted = gatedAdjusted[gatedFamily.length + blockingTests.length + i]!;
    decideErrorRate(e, alpha);
  });
  const reportedAdjusted = holmAdjust(reportedFamily.map((p) => p.out.p as number));
  reportedFamily.forEach((p, i) => {
    p.out.pAdjusted = reportedAdjusted[i]!;
    finishMetric(p, alpha, reportedFamily.length, confidence);
  });

  const drifted = gatedFamily.some((p) => p.out.test === "drift-adjusted" || p.out.drift !== undefined);
  const teeth = comparisonTeeth(gatedFamily, familySize, alpha, drifted);

  const budgetResults: BudgetResult[] = [];
  for (const cur of current.cells) {
    const budgets = cellBudgets.get(cur.id) ?? [];
    budgetResults.push(...checkAbsoluteBudgets(cur, budgets));
    const reg = budgets.find((b) => b.name === "regression");
    const cell = cells.find((c) => c.id === cur.id);
    if (reg && cell) budgetResults.push(checkRegressionBudget(cell, reg));
  }

  budgetResults.push(...checkCostBudgets(current, budgetTable, options.budgetSource));
  const costs = compareCosts(baseline, current, settings, environment.match);
  const hotspots = compareHotspots(baseline, current, cells, costs);

  const failed = cellFindings(cells).length > 0 || costRegressions(costs).length > 0 || blocking.some((b) => b.gated) || budgetResults.some((b) => b.status === "fail");
  return {
    createdAt: (options.now?.() ?? new Date()).toISOString(),
    verdict: failed ? "fail" : "pass",
    mode,
    ...(mode === "stored" && options.drift && { driftHistory: options.drift.history.length }),
    settings: { ...structuredClone(settings), confidence },
    baseline: runInfo(baseline, options.baselineSource),
    current: runInfo(current, options.currentSource),
    environment,
    cells,
    blocking,
    budgets: budgetResults,
    gatedComparisons: familySize,
    ...(teeth && { teeth }),
    races: findRaces(current.cells),
    ...(costs.length > 0 && { costs }),
    ...(hotspots.length > 0 && { hotspots }),
  };
}

function okTrials(cell: CellResult): TrialResult[] {
  return cell.trials.filter((t) => t.status === "ok");
}

/** Why a cell has no usable trial, as its first failed trial (or the cell itself) said. */
function failureOf(cell: CellResult): CellComparison["failure"] {
  const t = cell.trials.find((x) => x.status !== "ok");
  const message = cell.error ?? t?.message ?? t?.firstError?.message;
  if (!message) return undefined;
  return { ...(t && { status: t.status }), message };
}
