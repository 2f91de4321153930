import type { BlockingFinding, BudgetResult, CellComparison, Comparison, MetricComparison } from "../compare/types.js";
import { cellNote, comparisonNotes, metricNote } from "./comparison-notes.js";
import type { RaceFinding } from "../compare/race.js";
import { raceLines } from "./error-text.js";
import type { CostComparison } from "../compare/cost.js";
import { costComparisonLine } from "./cost-text.js";
import { comparisonStops } from "./comparison-text.js";
import { adaptiveHeadline, stopText } from "./sequential-text.js";
import { blockingMessage, budgetMessage, failureReasons } from "./finding-text.js";
import { teethNote } from "./teeth-text.js";
import { hotspotStatusText } from "./hotspot-text.js";
import type { ScenarioHotspots } from "../compare/hotspots.js";

export const COMPARISON_SCHEMA = "concurrency-guard/comparison@1";

export type MetricDocument = Omit<MetricComparison, "scale"> & { note?: string };
export type CellDocument = Omit<CellComparison, "metrics" | "baselineUnusable" | "failure" | "stop"> & {
  metrics: MetricDocument[];
  note?: string;
  /** Adaptive runs: why the cell got no more trials, after which round, in words. */
  stop?: NonNullable<CellComparison["stop"]> & { message: string };
};
export type BlockingDocument = BlockingFinding & { message: string };
export type BudgetDocument = Omit<BudgetResult, "basis"> & { message: string };
export type RaceDocument = RaceFinding & { message: string };

/** The comparison JSON users read (`compare --json`, the action's `comparison` output). */
export interface ComparisonDocument {
  schema: typeof COMPARISON_SCHEMA;
  createdAt: string;
  verdict: Comparison["verdict"];
  mode: Comparison["mode"];
  driftHistory?: number;
  /** One line per reason the gate failed (empty on pass). */
  reasons: string[];
  settings: Comparison["settings"];
  baseline: Comparison["baseline"];
  current: Comparison["current"];
  environment: Comparison["environment"];
  cells: CellDocument[];
  blocking: BlockingDocument[];
  budgets: BudgetDocument[];
  /** Size of the Holm family of gated comparisons (gated metrics, error rates, candidate blocking sites). */
  gatedComparisons: number;
  /** Whether the gated timing comparisons could have flagged anything at all, and the trials that could; `message` when they could not. */
  teeth?: Comparison["teeth"] & { message?: string };
  /** Kinds of error of the current run that fail only above concurrency 1, or only in one model (cells carry `errors`, the error rate compared). */
  races: RaceDocument[];
  notes: string[];
  /** CPU cost (instructions per operation) per scenario, when either run counted it. */
  costs?: (CostComparison & { message: string })[];
  /**
   * Where the cost changed, per function, in scenarios whose throughput, p99 or instructions
   * changed: the functions that moved (largest first), or why none is listed (see docs/hotspots.md).
   */
  hotspots: (ScenarioHotspots & { message?: string })[];
  /** Adaptive runs: the design, each look's level, and how the time was spent (`headline`). */
  sequential?: NonNullable<Comparison["sequential"]> & { headline: string };
}

/**
 * The comparison as the `concurrency-guard/comparison@1` document: the data of compare/, with
 * the reasons, notes and messages in the words every other report uses.
 */
export function comparisonDocument(c: Comparison): ComparisonDocument {
  return {
    schema: COMPARISON_SCHEMA,
    createdAt: c.createdAt,
    verdict: c.verdict,
    mode: c.mode,
    ...(c.driftHistory !== undefined && { driftHistory: c.driftHistory }),
    reasons: failureReasons(c),
    settings: c.settings,
    baseline: c.baseline,
    current: c.current,
    environment: c.environment,
    cells: c.cells.map(cellDocument),
    blocking: c.blocking.map((f) => ({ ...f, message: blockingMessage(f, c.settings.alpha) })),
    budgets: c.budgets.map(budgetDocument),
    gatedComparisons: c.gatedComparisons,
    ...(c.teeth && { teeth: { ...c.teeth, ...messageOf(c) } }),
    races: (c.races ?? []).map((r) => ({ ...r, message: raceLines([r], r.scenario)[0]! })),
    notes: comparisonNotes(c, { teeth: true }),
    hotspots: (c.hotspots ?? []).map((h) => ({ ...h, ...(hotspotStatusText(h) && { message: hotspotStatusText(h) }) })),
    ...(c.costs && { costs: c.costs.map((cost) => ({ ...cost, message: costComparisonLine(cost, c.cells) })) }),
    ...(c.sequential && { sequential: { ...c.sequential, headline: adaptiveHeadline(comparisonStops(c), c.sequential) } }),
  };
}

function messageOf(c: Comparison): { message?: string } {
  const message = teethNote(c);
  return message === undefined ? {} : { message };
}

function cellDocument(cell: CellComparison): CellDocument {
  const { metrics, baselineUnusable: _unusable, failure: _failure, stop, ...rest } = cell;
  const note = cellNote(cell);
  return { ...rest, metrics: metrics.map(metricDocument), ...(note !== undefined && { note }), ...(stop && { stop: { ...stop, message: stopText(stop, cell.currentTrials) } }) };
}

function budgetDocument(b: BudgetResult): BudgetDocument {
  const { basis: _basis, ...rest } = b;
  return { ...rest, message: budgetMessage(b) };
}

function metricDocument(m: MetricComparison): MetricDocument {
  const { scale: _scale, ...rest } = m;
  const note = metricNote(m);
  return { ...rest, ...(note !== undefined && { note }) };
}
