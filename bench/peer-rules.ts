// The decision rules of the gates users compare us with, each written small from its public
// documentation, to replay them on the same runs as ours (bench/drift.mjs, bench/power.mjs).
// Pure functions over numbers and results files; nothing here decides our own gate.
import { lowerTail, mannWhitneyDistribution } from "../src/stats/mann-whitney.js";
import { normalCdf } from "../src/stats/normal.js";

export type Better = "higher" | "lower";

/**
 * One cell and metric of a comparison, as the rules see it. `history` is the per-run values of the
 * stored runs, newest first (for a rule that models a time series); absent when there is no store.
 */
export interface PeerSample {
  baseline: readonly number[];
  current: readonly number[];
  better: Better;
  history?: readonly number[];
}

export interface PeerRule {
  id: string;
  label: string;
  /** True when the rule raises an alarm on the bad side. */
  alarm: (sample: PeerSample) => boolean;
}

export function mean(xs: readonly number[]): number {
  if (xs.length === 0) throw new RangeError("mean: expected at least one value");
  return xs.reduce((s, x) => s + x, 0) / xs.length;
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) throw new RangeError("median: expected at least one value");
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

// github-action-benchmark v1.22.0 (action.yml `alert-threshold`, default "200%"; README; the alert
// check in src/write.ts): one value per benchmark and run, compared with the previous run's.
// https://github.com/benchmark-action/github-action-benchmark#alert-threshold-optional

/**
 * How many times worse the current value is than the previous one: previous / current when bigger
 * is better (`customBiggerIsBetter`, ops/s), current / previous when smaller is (ns/iter). Two zeros
 * compare as equal (ratio 1).
 */
export function gabRatio(previous: number, current: number, better: Better): number {
  if (previous === 0 && current === 0) return 1;
  return better === "higher" ? previous / current : current / previous;
}

/** An alert when the ratio exceeds the threshold ("200%" is 2): strictly, so exactly 2x does not alert. */
export function gabAlert(previous: number, current: number, better: Better, threshold: number): boolean {
  return gabRatio(previous, current, better) > threshold;
}

// Bencher v0.6.12, t-test threshold (docs: https://bencher.dev/docs/explanation/thresholds/, the
// `t_test` Test and its documented example: `--threshold-test t_test --threshold-max-sample-size 64
// --threshold-upper-boundary 0.99`). The historical Metrics are one value per run.

/** Student's t CDF with `df` degrees of freedom, from the regularized incomplete beta function. */
export function studentTCdf(t: number, df: number): number {
  if (!(df > 0)) throw new RangeError(`studentTCdf: expected df > 0, got ${df}`);
  if (t === 0) return 0.5;
  const tail = 0.5 * regularizedBeta(df / (df + t * t), df / 2, 0.5);
  return t > 0 ? 1 - tail : tail;
}

const quantileCache = new Map<string, number>();

/** Student's t quantile: bisection on the CDF, to 1e-12 (a few dozen (p, df) pairs in a study, cached). */
export function studentTQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`studentTQuantile: expected 0 < p < 1, got ${p}`);
  const key = `${p},${df}`;
  const cached = quantileCache.get(key);
  if (cached !== undefined) return cached;
  if (p < 0.5) return -studentTQuantile(1 - p, df);
  let lo = 0;
  let hi = 1;
  while (studentTCdf(hi, df) < p) hi *= 2;
  while (hi - lo > 1e-12 * Math.max(1, hi)) {
    const mid = (lo + hi) / 2;
    if (studentTCdf(mid, df) < p) lo = mid;
    else hi = mid;
  }
  const q = (lo + hi) / 2;
  quantileCache.set(key, q);
  return q;
}

/**
 * The boundary limit of Bencher's t-test: a prediction interval for one new value from the history's
 * mean and sample standard deviation, `mean ± t(boundary, n - 1) · s · sqrt(1 + 1/n)`, on the side
 * where a move is a regression (upper for latency, lower for throughput). Only the newest
 * `maxSampleSize` values count. No limit (null) with fewer than 2 values or no spread, as Bencher.
 */
export function bencherTTestLimit(history: readonly number[], boundary: number, side: "upper" | "lower", maxSampleSize = 64): number | null {
  if (!(boundary >= 0.5 && boundary < 1)) throw new RangeError(`bencherTTestLimit: expected a boundary in [0.5, 1), got ${boundary}`);
  const data = history.slice(0, maxSampleSize);
  const n = data.length;
  if (n < 2) return null;
  const m = mean(data);
  const s = Math.sqrt(data.reduce((acc, x) => acc + (x - m) ** 2, 0) / (n - 1));
  if (!(s > 0)) return null;
  const reach = studentTQuantile(boundary, n - 1) * s * Math.sqrt(1 + 1 / n);
  return side === "upper" ? m + reach : m - reach;
}

/** An alert when the new value lies beyond the limit (strictly), on the side that is worse. */
export function bencherAlert(history: readonly number[], value: number, better: Better, boundary = 0.99, maxSampleSize = 64): boolean {
  const limit = bencherTTestLimit(history, boundary, better === "higher" ? "lower" : "upper", maxSampleSize);
  if (limit === null) return false;
  return better === "higher" ? value < limit : value > limit;
}

// CodSpeed (docs: https://codspeed.io/docs/features/understanding-the-metrics and
// https://codspeed.io/docs/features/customization): speed = 1 / execution time, the impact compares
// head with base, and a benchmark regresses when its impact is below -threshold (default 10%).

/** CodSpeed's performance impact: head speed / base speed - 1 (-0.2 = 20% slower; 0 = as fast). */
export function codspeedImpact(base: number, head: number, better: Better): number {
  return better === "higher" ? head / base - 1 : base / head - 1;
}

/** A regression when the impact is beyond the threshold on the slow side. */
export function codspeedRegression(impact: number, threshold: number): boolean {
  return impact < -threshold;
}

// airspeed velocity 0.6.6 (`asv compare`: docs https://asv.readthedocs.io/en/stable/using.html and
// `asv compare --help`; the rule in asv/commands/compare.py and asv/_stats.py): a benchmark got worse
// when its median time grew by more than `--factor` (default 1.1) and the two runs' samples differ
// by a Mann-Whitney U test at p < 0.002.

function binomial(n: number, k: number): number {
  let r = 1;
  for (let j = 1; j <= k; j++) r = (r * (n - k + j)) / j;
  return r;
}

/**
 * asv's Mann-Whitney U test, two-sided. U counts the pairs with x > y; tied pairs may count either
 * way, and asv takes the reading least significant. Exact distribution up to 20 a side, else the
 * normal approximation with neither tie nor continuity correction.
 */
export function asvMannWhitney(x: readonly number[], y: readonly number[]): { u: number; p: number } {
  const m = x.length;
  const n = y.length;
  let above = 0;
  let ties = 0;
  for (const a of x) {
    for (const b of y) {
      if (a > b) above++;
      else if (a === b) ties++;
    }
  }
  const mn = m * n;
  const half = Math.floor(mn / 2);
  // The tie-broken U nearest the centre, and its distance from the nearer end.
  const u = Math.min(Math.max(half, above), above + ties);
  const ux = Math.min(u, mn - u);
  if (Math.max(m, n) <= 20) return { u, p: Math.min(1, 2 * lowerTail(mannWhitneyDistribution(m, n), ux)) };
  const z = (ux - mn / 2) / Math.sqrt((mn * (m + n + 1)) / 12);
  return { u, p: Math.min(1, 2 * normalCdf(z)) };
}

/**
 * asv's significance check: true when the Mann-Whitney p is below `pThreshold`. null when the
 * samples are too small for the test to reach it (1 / C(m + n, min(m, n)) >= pThreshold, five or
 * fewer trials a side), where asv compares 99% intervals of the median instead, not replayed here.
 */
export function asvIsDifferent(a: readonly number[], b: readonly number[], pThreshold = 0.002): boolean | null {
  const pMin = 1 / binomial(a.length + b.length, Math.min(a.length, b.length));
  if (!(pMin < pThreshold)) return null;
  return asvMannWhitney(a, b).p < pThreshold;
}

/**
 * asv's "+" (worse): the median time of the current samples exceeds the baseline's times `factor`,
 * and the samples differ significantly. asv measures times; a throughput is turned into time per
 * operation (1 / x) first.
 */
export function asvWorse(baseline: readonly number[], current: readonly number[], better: Better, factor = 1.1): boolean {
  const asTime = (xs: readonly number[]) => (better === "higher" ? xs.map((x) => 1 / x) : xs);
  const before = median(asTime(baseline));
  const after = median(asTime(current));
  if (!(before < after / factor)) return false;
  const different = asvIsDifferent(current, baseline);
  if (different === null) throw new RangeError(`asvWorse: ${baseline.length} and ${current.length} samples are too few for asv's rank test`);
  return different;
}

/**
 * The peers' rules as they are commonly configured: one row each. GAB, CodSpeed and Bencher take one
 * value per run (here the mean of the run's trials); asv keeps the samples (the trials).
 */
export const PEER_RULES: readonly PeerRule[] = [
  ...[2, 1.5, 1.1].map((t) => ({
    id: `gab-${Math.round(t * 100)}`,
    label: `github-action-benchmark, alert-threshold ${Math.round(t * 100)}%`,
    alarm: (s: PeerSample) => gabAlert(mean(s.baseline), mean(s.current), s.better, t),
  })),
  {
    id: "bencher-t",
    label: "Bencher t-test, boundary 0.99, max sample size 64",
    alarm: (s) => bencherAlert(s.history ?? s.baseline, mean(s.current), s.better, 0.99, 64),
  },
  ...[0.05, 0.1].map((t) => ({
    id: `codspeed-${Math.round(t * 100)}`,
    label: `CodSpeed-style change of the mean, threshold ${Math.round(t * 100)}%`,
    alarm: (s: PeerSample) => codspeedRegression(codspeedImpact(mean(s.baseline), mean(s.current), s.better), t),
  })),
  { id: "asv", label: "asv compare, factor 1.1 and Mann-Whitney p < 0.002", alarm: (s) => asvWorse(s.baseline, s.current, s.better) },
];

interface TrialLike {
  status: string;
  throughput: number;
  latencyMs?: { p99?: number };
}
interface CellLike {
  id: string;
  trials: readonly TrialLike[];
}
export interface RunLike {
  cells: readonly CellLike[];
}

/** The metrics our gate gates, read per trial the same way (src/compare/compare.ts). */
const GATED: readonly { name: string; better: Better; read: (t: TrialLike) => number | undefined }[] = [
  { name: "throughput", better: "higher", read: (t) => t.throughput },
  { name: "p99", better: "lower", read: (t) => t.latencyMs?.p99 },
];

function values(cell: CellLike | undefined, read: (t: TrialLike) => number | undefined): number[] {
  if (!cell) return [];
  return cell.trials.filter((t) => t.status === "ok").map(read).filter((v): v is number => typeof v === "number" && Number.isFinite(v));
}

/**
 * Replays every rule on one comparison of two results files: per rule, the alarms as
 * "cell metric". `history` is the stored runs, newest first (the baseline among them); Bencher
 * takes each run's mean from it, and the baseline's trials when there is none.
 */
export function replayPeerRules(baseline: RunLike, current: RunLike, options: { history?: readonly RunLike[]; rules?: readonly PeerRule[] } = {}): Map<string, string[]> {
  const rules = options.rules ?? PEER_RULES;
  const alarms = new Map(rules.map((r) => [r.id, [] as string[]]));
  const baseCells = new Map(baseline.cells.map((c) => [c.id, c]));
  for (const cell of current.cells) {
    for (const metric of GATED) {
      const base = values(baseCells.get(cell.id), metric.read);
      const cur = values(cell, metric.read);
      if (base.length === 0 || cur.length === 0) continue;
      const history = options.history
        ?.map((run) => values(run.cells.find((c) => c.id === cell.id), metric.read))
        .filter((xs) => xs.length > 0)
        .map(mean);
      const sample: PeerSample = { baseline: base, current: cur, better: metric.better, ...(history && history.length > 0 && { history }) };
      for (const rule of rules) if (rule.alarm(sample)) alarms.get(rule.id)!.push(`${cell.id} ${metric.name}`);
    }
  }
  return alarms;
}

/** Continued fraction for I_x(a, b) (modified Lentz), with the symmetry that makes it converge fast. */
function regularizedBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  if (x > (a + 1) / (a + b + 2)) return 1 - regularizedBeta(1 - x, b, a);
  const front = Math.exp(a * Math.log(x) + b * Math.log(1 - x) - logBeta(a, b)) / a;
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  d = 1 / (Math.abs(d) < tiny ? tiny : d);
  let f = d;
  for (let k = 1; k <= 300; k++) {
    for (const num of [(k * (b - k) * x) / ((a + 2 * k - 1) * (a + 2 * k)), (-(a + k) * (a + b + k) * x) / ((a + 2 * k) * (a + 2 * k + 1))]) {
      d = 1 + num * d;
      d = 1 / (Math.abs(d) < tiny ? tiny : d);
      c = 1 + num / c;
      if (Math.abs(c) < tiny) c = tiny;
      f *= c * d;
    }
    if (Math.abs(c * d - 1) < 1e-15) break;
  }
  return front * f;
}

function logBeta(a: number, b: number): number {
  return logGamma(a) + logGamma(b) - logGamma(a + b);
}

// Lanczos approximation (g = 7, 9 terms), good to about 1e-15 for the arguments used here.
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012,
  9.9843695780195716e-6, 1.5056327351493116e-7,
];
function logGamma(z: number): number {
  if (z < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * z)) - logGamma(1 - z);
  const x = z - 1;
  let s = LANCZOS[0]!;
  for (let i = 1; i < LANCZOS.length; i++) s += LANCZOS[i]! / (x + i);
  const t = x + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(s);
}
