import type { CompareSettings } from "../config/types.js";
import type { ResultsFile, ScenarioCost } from "../results/types.js";
import type { MetricVerdict } from "./types.js";

/** One side of a cost comparison: its figure, or why it has none. */
export interface CostSide {
  status: ScenarioCost["status"];
  perOp: number | null;
  /** Relative spread of the repetitions (see `ScenarioCost.spread`). */
  spread: number | null;
  reason?: string;
}

/**
 * The CPU cost of one scenario (instructions per operation) in the baseline and now. Counts are
 * deterministic up to their measured spread, so there is no rank test: the change is the ratio,
 * its uncertainty the two sides' spreads added, and a regression needs the change past both the
 * threshold and that uncertainty.
 */
export interface CostComparison {
  scenario: string;
  metric: "instructions";
  unit: "instructions/op";
  /** `unmeasured`: a side has a cost entry but no figure (skipped or failed; its reason is kept). */
  status: "compared" | "new" | "missing" | "unmeasured";
  baseline: CostSide | null;
  current: CostSide | null;
  /** current / baseline - 1. */
  change: number | null;
  /** The change can be off by this much (relative): the sum of both sides' spreads. */
  uncertainty: number | null;
  threshold: number;
  verdict: MetricVerdict | null;
  /** True when a regression fails the gate: both counted by the same tool and runtime on matching hardware. */
  gated: boolean;
  /** What differs between the two counts, when that keeps the comparison out of the gate (`node: 20.1.0 -> 22.3.0`). */
  differences?: string[];
}

/** Compares each scenario's instructions per operation; empty when neither run counted any. */
export function compareCosts(baseline: ResultsFile, current: ResultsFile, settings: CompareSettings, environmentMatch: boolean): CostComparison[] {
  const threshold = settings.thresholds.instructions;
  const base = new Map((baseline.costs ?? []).map((c) => [c.scenario, c]));
  const out: CostComparison[] = [];
  for (const cur of current.costs ?? []) {
    const b = base.get(cur.scenario);
    const entry: CostComparison = { scenario: cur.scenario, metric: "instructions", unit: "instructions/op", status: "new", baseline: b ? side(b) : null, current: side(cur), change: null, uncertainty: null, threshold, verdict: null, gated: false };
    out.push(entry);
    if (!b) continue;
    if (b.status !== "ok" || cur.status !== "ok" || !b.perOp || !cur.perOp) {
      entry.status = "unmeasured";
      continue;
    }
    entry.status = "compared";
    entry.change = cur.perOp / b.perOp - 1;
    entry.uncertainty = (b.spread ?? 0) + (cur.spread ?? 0);
    entry.verdict = costVerdict(entry.change, entry.uncertainty, threshold);
    const differences = costDifferences(b, cur);
    // The driver's own code shapes how V8 compiles the scenario's: another release's counts may differ.
    if (baseline.tool.version !== current.tool.version) differences.push(`concurrency-guard: ${baseline.tool.version} -> ${current.tool.version}`);
    if (!environmentMatch && !settings.gateAcrossEnvironments) differences.push("hardware: the baseline ran on a different machine");
    if (differences.length > 0) entry.differences = differences;
    entry.gated = differences.length === 0;
  }
  const seen = new Set(out.map((c) => c.scenario));
  for (const b of baseline.costs ?? []) {
    if (seen.has(b.scenario)) continue;
    out.push({ scenario: b.scenario, metric: "instructions", unit: "instructions/op", status: "missing", baseline: side(b), current: null, change: null, uncertainty: null, threshold, verdict: null, gated: false });
  }
  return out;
}

/**
 * Past the threshold and past the uncertainty: a regression (or improvement). Within the threshold
 * even at the far end of the uncertainty: unchanged. Anything else cannot be told apart.
 */
export function costVerdict(change: number, uncertainty: number, threshold: number): MetricVerdict {
  if (Math.abs(change) > threshold && Math.abs(change) > uncertainty) return change > 0 ? "regression" : "improvement";
  if (Math.abs(change) + uncertainty <= threshold) return "unchanged";
  return "inconclusive";
}

/** The cost regressions that fail the gate. */
export function costRegressions(costs: readonly CostComparison[] | undefined): CostComparison[] {
  return (costs ?? []).filter((c) => c.gated && c.verdict === "regression");
}

function side(c: ScenarioCost): CostSide {
  return { status: c.status, perOp: c.perOp ?? null, spread: c.spread ?? null, ...(c.reason !== undefined && { reason: c.reason }) };
}

/**
 * Counts made by another tool version, runtime version or runtime flags do not compare; nor do
 * counts at other op counts, since the per-op figure of few operations still carries some warm-up
 * (side by side, both sides count the same ops; two runs sized alike usually do too).
 */
function costDifferences(b: ScenarioCost, c: ScenarioCost): string[] {
  const out: string[] = [];
  const pair = (name: string, x: string | undefined, y: string | undefined) => {
    if (x !== y) out.push(`${name}: ${x ?? "unknown"} -> ${y ?? "unknown"}`);
  };
  pair(c.runtime, b.runtimeInfo?.version, c.runtimeInfo?.version);
  pair("valgrind", b.tool?.version, c.tool?.version);
  pair(`${c.runtime} flags`, b.runtimeInfo?.flags.join(" "), c.runtimeInfo?.flags.join(" "));
  pair("op counts", b.counts?.map((x) => x.ops).join("/"), c.counts?.map((x) => x.ops).join("/"));
  return out;
}
