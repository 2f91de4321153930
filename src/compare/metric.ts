import { median } from "simple-statistics";
import type { TrialResult } from "../results/types.js";
import { minimumDetectableShift } from "../stats/detectable-change.js";
import { hodgesLehmann } from "../stats/hodges-lehmann.js";
import { mannWhitneyU } from "../stats/mann-whitney.js";
import { widenByDrift, type DriftEstimate, type WidenedShift } from "./drift.js";
import type { MetricComparison, MetricName, MetricVerdict } from "./types.js";

/** One compared metric: a row of the `METRICS` table in compare.ts. */
export interface MetricDef {
  name: MetricName;
  unit: string;
  better: "higher" | "lower";
  /** Which compare threshold gates it; undefined for reported metrics. */
  gate?: "throughput" | "p99";
  read: (t: TrialResult) => number | undefined;
}

/** One metric's state between its test and the Holm step that decides it. */
export interface PendingMetric {
  out: MetricComparison;
  /** Interval and MDC inputs, on the estimation scale. */
  scale?: Scale;
  base?: number[];
  cur?: number[];
  estimate?: number;
  lower?: number;
  upper?: number;
  /** Set when the run-to-run drift widened the trials' interval (a stored baseline). */
  widened?: WidenedShift;
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

function pickScale(base: number[], cur: number[]): Scale | undefined {
  if ([...base, ...cur].every((v) => v > 0)) {
    return { kind: "log", to: Math.log, relative: (s) => Math.expm1(s), boundary: (r) => Math.log1p(r) };
  }
  const bm = median(base);
  if (!(bm > 0)) return undefined;
  return { kind: "linear", to: (v) => v, relative: (s) => s / bm, boundary: (r) => r * bm };
}

/**
 * The rank test (Mann-Whitney, trials as replicates) and the Hodges-Lehmann interval of one
 * metric of one cell. The verdict waits for the Holm-adjusted p: see `finishMetric`.
 */
export function measureMetric(
  def: MetricDef,
  baseTrials: TrialResult[],
  curTrials: TrialResult[],
  threshold: number,
  gated: boolean,
  confidence: number,
  drift?: DriftEstimate,
): PendingMetric {
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
    scale: null,
  };
  if (base.length === 0 || cur.length === 0) return { out };
  const scale = pickScale(base, cur);
  if (!scale) return { out };
  out.scale = scale.kind;
  const test = mannWhitneyU(cur, base);
  out.p = test.p;
  out.test = test.method;
  const trialsOnly = hodgesLehmann(base.map(scale.to), cur.map(scale.to), confidence);
  // Against a stored baseline two runs' drift lies between the samples: the two-level model adds
  // it to the trials' own noise, and the test and the interval both come from the widened shift.
  const widened = drift && scale.kind === "log" ? widenByDrift(trialsOnly, confidence, drift.sigma) : undefined;
  const hl = widened ? widened.interval(confidence) : trialsOnly;
  if (drift && scale.kind === "log") out.drift = { sigma: drift.sigma, runs: drift.runs, source: drift.source };
  if (widened) {
    out.p = widened.p;
    out.test = "drift-adjusted";
  }
  out.change = scale.relative(hl.estimate);
  out.interval = {
    lower: Number.isFinite(hl.lower) ? scale.relative(hl.lower) : null,
    upper: Number.isFinite(hl.upper) ? scale.relative(hl.upper) : null,
    confidence,
  };
  return { out, scale, base, cur, estimate: hl.estimate, lower: hl.lower, upper: hl.upper, ...(widened && { widened }) };
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
export function finishMetric(p: PendingMetric, alpha: number, familySize: number, confidence: number): void {
  const out = p.out;
  if (!p.scale || !p.base || !p.cur || p.estimate === undefined || p.lower === undefined || p.upper === undefined) return;
  out.verdict = decide(out, alpha);
  const t = out.threshold;
  const direction = out.better === "higher" ? "down" : "up";
  const boundary = p.scale.boundary(direction === "down" ? -t : t);
  const familyLevel = Math.min(1 - alpha / Math.max(1, familySize), 1 - 1e-12);
  const level = Math.max(familyLevel, confidence);
  const famHl = p.widened ? p.widened.interval(level) : hodgesLehmann(p.base.map(p.scale.to), p.cur.map(p.scale.to), level);
  const shift = minimumDetectableShift(
    { estimate: p.estimate, lower: p.lower, upper: p.upper },
    { estimate: famHl.estimate, lower: famHl.lower, upper: famHl.upper },
    boundary,
    direction,
  );
  out.minDetectableChange = shift === null ? null : Math.abs(p.scale.relative(shift));
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
