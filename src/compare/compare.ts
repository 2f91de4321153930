import { median } from "simple-statistics";
import type { CompareSettings } from "../config/types.js";
import type { CellResult, ResultsFile, TrialResult } from "../results/types.js";
import { minimumDetectableShift } from "../stats/detectable-change.js";
import { hodgesLehmann } from "../stats/hodges-lehmann.js";
import { holmAdjust } from "../stats/holm.js";
import { mannWhitneyU } from "../stats/mann-whitney.js";
import { parseCellBudgets, type ParsedBudget } from "../config/budgets.js";
import { checkAbsoluteBudgets, checkRegressionBudget } from "./budgets.js";
import { blockingMessage, findBlocking } from "./blocking.js";
import { formatP, formatPercent, METRIC_LABELS } from "../report/number-format.js";
import { budgetsFor, type BudgetTable } from "../config/compare-settings.js";
import {
  COMPARISON_SCHEMA,
  type BudgetResult,
  type CellComparison,
  type Comparison,
  type EnvironmentCheck,
  type MetricComparison,
  type MetricName,
  type MetricVerdict,
  type RunInfo,
} from "./types.js";

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
  now?: () => Date;
}

interface MetricDef {
  name: MetricName;
  unit: string;
  better: "higher" | "lower";
  /** Which compare threshold gates it; undefined for reported metrics. */
  gate?: "throughput" | "p99";
  read: (t: TrialResult) => number | undefined;
}

const METRICS: readonly MetricDef[] = [
  { name: "throughput", unit: "/s", better: "higher", gate: "throughput", read: (t) => t.throughput },
  { name: "p99", unit: "ms", better: "lower", gate: "p99", read: (t) => t.latencyMs?.p99 },
  { name: "loopDelayMax", unit: "ms", better: "lower", read: (t) => t.loopDelayMs?.max },
  { name: "cpuPerOp", unit: "µs", better: "lower", read: (t) => t.cpu?.perOpUs },
  { name: "memPerInFlight", unit: "KB", better: "lower", read: (t) => t.memory?.perInFlightKb },
];

/** Intermediate per-metric state between the tests and the Holm step. */
interface Pending {
  out: MetricComparison;
  /** Interval and MDC inputs, on the estimation scale. */
  scale?: Scale;
  base?: number[];
  cur?: number[];
  estimate?: number;
  lower?: number;
  upper?: number;
}

/**
 * Shifts are estimated on log values (a ratio is what a slowdown is, and the
 * log makes a 10% drop and a 10% rise equally far from 0). Non-positive values
 * (memory per op can be 0) fall back to raw differences over the baseline median.
 */
interface Scale {
  kind: "log" | "linear";
  to: (v: number) => number;
  relative: (shift: number) => number;
  boundary: (relative: number) => number;
}

function pickScale(base: number[], cur: number[]): Scale | string {
  if ([...base, ...cur].every((v) => v > 0)) {
    return { kind: "log", to: Math.log, relative: (s) => Math.expm1(s), boundary: (r) => Math.log1p(r) };
  }
  const bm = median(base);
  if (!(bm > 0)) return "baseline median is not positive, so no relative change can be given";
  return { kind: "linear", to: (v) => v, relative: (s) => s / bm, boundary: (r) => r * bm };
}

/**
 * Compares a current run with a baseline run: the pure core of the gate.
 * Each cell and metric gets a rank test (Mann-Whitney, trials as replicates)
 * and a Hodges-Lehmann interval; gated metrics are Holm-corrected together, so
 * a run with no real change fails with probability about alpha however many
 * cells it has. A verdict needs both significance and an interval wholly past
 * the threshold, so tiny but real shifts on quiet machines do not fail builds.
 */
export function compareResults(baseline: ResultsFile, current: ResultsFile, options: CompareOptions): Comparison {
  const settings = options.settings;
  const alpha = settings.alpha;
  const confidence = options.confidence ?? 1 - alpha;
  const budgetTable: BudgetTable = options.budgets ?? { defaults: {}, scenarios: {} };
  const environment = checkEnvironment(baseline, current, settings.gateAcrossEnvironments);
  const notes: string[] = [];

  const baseCells = new Map(baseline.cells.map((c) => [c.id, c]));
  const curIds = new Set(current.cells.map((c) => c.id));
  const cells: CellComparison[] = [];
  const pending: Pending[] = [];
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
    };
    cells.push(cell);
    if (!base) {
      cell.status = "new";
      cell.note = "not in the baseline";
      continue;
    }
    if (curOk.length === 0 && baseOk.length > 0) {
      cell.status = "broken";
      cell.note = `no usable trial in the current run${describeFailure(cur)}`;
      continue;
    }
    if (baseOk.length === 0) {
      cell.status = "new";
      cell.note = "the baseline has no usable trial for this cell";
      continue;
    }
    for (const def of METRICS) {
      const threshold = def.gate ? (regressionBudget?.value ?? settings.thresholds[def.gate]) : REPORTED_THRESHOLD;
      const gated = def.gate !== undefined && environment.timingGated;
      const p = measureMetric(def, baseOk, curOk, threshold, gated, confidence);
      cell.metrics.push(p.out);
      pending.push(p);
    }
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
      note: "in the baseline but not in the current run",
    });
  }

  // Holm over each family: gated comparisons (metrics and candidate blocking
  // sites) decide the gate; reported metrics only inform.
  const blocking = findBlocking(baseline, current);
  const blockingTests = blocking.filter((b) => b.needsTest && b.p !== null);
  const gatedFamily = pending.filter((p) => p.out.gated && p.out.p !== null);
  const reportedFamily = pending.filter((p) => !p.out.gated && p.out.p !== null);
  const familySize = gatedFamily.length + blockingTests.length;
  const gatedAdjusted = holmAdjust([...gatedFamily.map((p) => p.out.p as number), ...blockingTests.map((b) => b.p as number)]);
  gatedFamily.forEach((p, i) => {
    p.out.pAdjusted = gatedAdjusted[i]!;
    finishMetric(p, alpha, familySize, confidence);
  });
  blockingTests.forEach((b, i) => {
    b.pAdjusted = gatedAdjusted[gatedFamily.length + i]!;
    b.gated = b.pAdjusted <= alpha;
  });
  for (const b of blocking) b.message = blockingMessage(b, alpha);
  const reportedAdjusted = holmAdjust(reportedFamily.map((p) => p.out.p as number));
  reportedFamily.forEach((p, i) => {
    p.out.pAdjusted = reportedAdjusted[i]!;
    finishMetric(p, alpha, reportedFamily.length, confidence);
  });

  const budgetResults: BudgetResult[] = [];
  for (const cur of current.cells) {
    const budgets = cellBudgets.get(cur.id) ?? [];
    budgetResults.push(...checkAbsoluteBudgets(cur, budgets));
    const reg = budgets.find((b) => b.name === "regression");
    const cell = cells.find((c) => c.id === cur.id);
    if (reg && cell) budgetResults.push(checkRegressionBudget(cell, reg));
  }

  const reasons: string[] = [];
  for (const cell of cells) {
    if (cell.status === "broken") reasons.push(`${cell.id}: ${cell.note}`);
    for (const m of cell.metrics) {
      if (m.gated && m.verdict === "regression") {
        reasons.push(
          `${cell.id}: ${METRIC_LABELS[m.metric]} regression ${formatPercent(m.change)} ` +
            `[${formatPercent(m.interval?.lower ?? null)}, ${formatPercent(m.interval?.upper ?? null)}], ` +
            `threshold ${Math.round(m.threshold * 100)}%, p ${formatP(m.pAdjusted)} after Holm`,
        );
      }
    }
  }
  for (const b of blocking) if (b.gated) reasons.push(b.message);
  for (const b of budgetResults) if (b.status === "fail") reasons.push(b.message);

  if (!environment.match) {
    notes.push(
      `environment differs from the baseline (${environment.differences.join("; ")}): ` +
        (environment.timingGated
          ? "timing is still gated (gateAcrossEnvironments: true)"
          : "throughput and p99 are reported but not gated"),
    );
  }
  const compared = cells.filter((c) => c.status === "compared").length;
  if (compared === 0) notes.push("no cell was measured by both runs: nothing was compared");
  const missing = cells.filter((c) => c.status === "missing").length;
  if (missing > 0) notes.push(`${missing} baseline cell(s) not in the current run`);

  return {
    schema: COMPARISON_SCHEMA,
    createdAt: (options.now?.() ?? new Date()).toISOString(),
    verdict: reasons.length > 0 ? "fail" : "pass",
    reasons,
    settings: { ...structuredClone(settings), confidence },
    baseline: runInfo(baseline, options.baselineSource),
    current: runInfo(current, options.currentSource),
    environment,
    cells,
    blocking,
    budgets: budgetResults,
    gatedComparisons: familySize,
    notes,
  };
}

function okTrials(cell: CellResult): TrialResult[] {
  return cell.trials.filter((t) => t.status === "ok");
}

function describeFailure(cell: CellResult): string {
  const t = cell.trials.find((x) => x.status !== "ok");
  const why = cell.error ?? t?.message ?? t?.firstError?.message;
  return why ? ` (${t ? `${t.status}: ` : ""}${why})` : "";
}

function measureMetric(
  def: MetricDef,
  baseTrials: TrialResult[],
  curTrials: TrialResult[],
  threshold: number,
  gated: boolean,
  confidence: number,
): Pending {
  const base = values(baseTrials, def);
  const cur = values(curTrials, def);
  const out: MetricComparison = {
    metric: def.name,
    unit: def.unit,
    better: def.better,
    gated,
    threshold,
    baseline: { median: base.length > 0 ? median(base) : null, n: base.length },
    current: { median: cur.length > 0 ? median(cur) : null, n: cur.length },
    change: null,
    interval: null,
    p: null,
    pAdjusted: null,
    test: null,
    verdict: "inconclusive",
    minDetectableChange: null,
  };
  if (base.length === 0 || cur.length === 0) {
    out.note = "no values to compare";
    return { out };
  }
  const scale = pickScale(base, cur);
  if (typeof scale === "string") {
    out.note = scale;
    return { out };
  }
  const test = mannWhitneyU(cur, base);
  out.p = test.p;
  out.test = test.method;
  const hl = hodgesLehmann(base.map(scale.to), cur.map(scale.to), confidence);
  out.change = scale.relative(hl.estimate);
  out.interval = {
    lower: Number.isFinite(hl.lower) ? scale.relative(hl.lower) : null,
    upper: Number.isFinite(hl.upper) ? scale.relative(hl.upper) : null,
    confidence,
  };
  if (scale.kind === "linear") out.note = "values include zero or less: change is relative to the baseline median";
  return { out, scale, base, cur, estimate: hl.estimate, lower: hl.lower, upper: hl.upper };
}

function values(trials: TrialResult[], def: MetricDef): number[] {
  const out: number[] = [];
  for (const t of trials) {
    const v = def.read(t);
    if (typeof v === "number" && Number.isFinite(v)) out.push(v);
  }
  return out;
}

/** Applies the decision rule once the Holm-adjusted p is known, and the detectable change. */
function finishMetric(p: Pending, alpha: number, familySize: number, confidence: number): void {
  const out = p.out;
  if (!p.scale || !p.base || !p.cur || p.estimate === undefined || p.lower === undefined || p.upper === undefined) return;
  out.verdict = decide(out, alpha);
  const t = out.threshold;
  const direction = out.better === "higher" ? "down" : "up";
  const boundary = p.scale.boundary(direction === "down" ? -t : t);
  const familyLevel = Math.min(1 - alpha / Math.max(1, familySize), 1 - 1e-12);
  const famHl = hodgesLehmann(p.base.map(p.scale.to), p.cur.map(p.scale.to), Math.max(familyLevel, confidence));
  const shift = minimumDetectableShift(
    { estimate: p.estimate, lower: p.lower, upper: p.upper },
    { estimate: famHl.estimate, lower: famHl.lower, upper: famHl.upper },
    boundary,
    direction,
  );
  out.minDetectableChange = shift === null ? null : Math.abs(p.scale.relative(shift));
  if (out.verdict === "inconclusive" && !out.note) {
    out.note =
      out.minDetectableChange === null
        ? "too few trials to detect any change at this alpha"
        : `too noisy to tell; the smallest change this data could flag is ${formatPercent(out.minDetectableChange).replace("+", "")}`;
  }
}

/** Regression/improvement need significance and the whole interval past the threshold; unchanged needs it inside. */
function decide(m: MetricComparison, alpha: number): MetricVerdict {
  const lo = m.interval?.lower ?? null;
  const hi = m.interval?.upper ?? null;
  if (lo === null || hi === null || m.pAdjusted === null) return "inconclusive";
  const t = m.threshold;
  const significant = m.pAdjusted <= alpha;
  const worseUp = m.better === "lower";
  if (significant && worseUp && lo > t) return "regression";
  if (significant && !worseUp && hi < -t) return "regression";
  if (significant && worseUp && hi < -t) return "improvement";
  if (significant && !worseUp && lo > t) return "improvement";
  if (lo >= -t && hi <= t) return "unchanged";
  return "inconclusive";
}

function checkEnvironment(baseline: ResultsFile, current: ResultsFile, gateAcross: boolean): EnvironmentCheck {
  const b = baseline.env;
  const c = current.env;
  const match = b.fingerprint === c.fingerprint;
  const differences: string[] = [];
  if (!match) {
    for (const key of ["cpuModel", "cpus", "memoryMb", "os", "arch"] as const) {
      if (b[key] !== c[key]) differences.push(`${key}: ${JSON.stringify(b[key])} -> ${JSON.stringify(c[key])}`);
    }
    if (differences.length === 0) differences.push(`fingerprint: ${b.fingerprint} -> ${c.fingerprint}`);
  }
  return { match, differences, timingGated: match || gateAcross };
}

function runInfo(r: ResultsFile, source: string | undefined): RunInfo {
  const info: RunInfo = {
    createdAt: r.createdAt,
    fingerprint: r.env.fingerprint,
    cpuModel: r.env.cpuModel,
    cpus: r.env.cpus,
  };
  if (r.git) info.git = { ...r.git };
  if (source) info.source = source;
  return info;
}
