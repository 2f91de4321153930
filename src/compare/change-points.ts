import { median } from "simple-statistics";
import { mulberry32 } from "../plan/plan.js";
import { eDivisiveTest, type ChangeTest } from "../stats/e-divisive.js";
import { hodgesLehmann } from "../stats/hodges-lehmann.js";
import { holmAdjust } from "../stats/holm.js";
import { lineSse, mannKendall, medianInterval, stepSse, theilSen, type MedianInterval } from "../stats/trend.js";
import type { HistoryMetric, Series } from "./history-series.js";

export interface HistorySettings {
  /** Chance of any false change point or drift across every cell and metric of the history. */
  alpha: number;
  /** Baselines a machine's history needs before anything is claimed. */
  minBaselines: number;
  /** Baselines each side of a change point at least: a change is named once this many ran after it. */
  minSegment: number;
  /** The last K baselines a slow drift is looked for in. */
  driftWindow: number;
  maxPermutations: number;
  exceedances: number;
  /** Seed of the permutations: the same store and seed give the same report. */
  seed: number;
  confidence: number;
}

export const DEFAULT_HISTORY_SETTINGS: HistorySettings = {
  // The PR gate's default: about one false claim in a hundred reports, however many cells.
  alpha: 0.01,
  minBaselines: 8,
  minSegment: 3,
  driftWindow: 12,
  // Enough for p = 1/20,000 to show: the bundled matrix's family of 144 needs 0.01/144 = 0.00007.
  maxPermutations: 19_999,
  exceedances: 10,
  seed: 1,
  confidence: 0.95,
};

export interface ChangePoint {
  series: string;
  fingerprint: string;
  cell: string;
  metric: HistoryMetric;
  unit: string;
  /** Index (in the series' points) of the first baseline measured after the change. */
  index: number;
  /** The first commit measured after the change, and the last before it. */
  commit: string;
  before: string;
  /** The level of each side: median of its baselines' medians, with an order-statistic interval. */
  levelBefore: MedianInterval;
  levelAfter: MedianInterval;
  /** Relative change of the level (Hodges-Lehmann over the baselines' medians), with its interval. */
  change: { estimate: number; lower: number; upper: number };
  direction: "regression" | "improvement";
  /** Permutation p-value, and after the family's correction. */
  p: number;
  adjustedP: number;
  permutations: number;
}

export interface DriftFinding {
  series: string;
  fingerprint: string;
  cell: string;
  metric: HistoryMetric;
  unit: string;
  /** First and last commit of the window. */
  from: string;
  to: string;
  baselines: number;
  /** Relative change per baseline (Theil-Sen) and over the window. */
  perBaseline: number;
  total: number;
  direction: "regression" | "improvement";
  p: number;
  adjustedP: number;
}

export interface SeriesAnalysis {
  series: Series;
  /** Each point's median, and the level of the segment it is in (for the charts). */
  medians: number[];
  levels: number[];
  changePoints: ChangePoint[];
  drift?: DriftFinding;
}

export interface HistoryAnalysis {
  settings: HistorySettings;
  /** Tests in the family (a change test and a drift test per long enough series). */
  family: number;
  series: SeriesAnalysis[];
}

interface Pending {
  series: Series;
  logs: number[][];
  top?: ChangeTest;
  trend?: { p: number; slope: number; fitsStep: boolean };
}

/**
 * Change points and slow drifts of every series, false claims controlled across all of them as
 * one family (as the PR gate does across cells): every long enough series brings a change test
 * (E-divisive, the best split of its whole history) and a drift test (Mann-Kendall on the run
 * medians of the last K baselines); Holm runs over all of them. A series whose split passes is
 * split again, each part tested at alpha / family (Bonferroni, Holm's strictest step), until no
 * part splits. A drift is claimed only where a line fits the window better than one step does.
 */
export function analyseHistory(allSeries: readonly Series[], settings: HistorySettings = DEFAULT_HISTORY_SETTINGS): HistoryAnalysis {
  // Which series bring a change test and a drift test, decided before testing: the family's size
  // sets the level at which a permutation test may stop (its decision made).
  const long = (n: number) => n >= settings.minBaselines && n >= 2 * settings.minSegment;
  const trended = (n: number) => long(n) && n >= settings.driftWindow;
  const tests = allSeries.reduce((k, s) => k + (long(s.points.length) ? 1 : 0) + (trended(s.points.length) ? 1 : 0), 0);
  const level = settings.alpha / Math.max(1, tests);
  const pending: Pending[] = allSeries.map((series) => {
    const logs = series.points.map((p) => p.values.map(Math.log));
    const item: Pending = { series, logs };
    if (!long(series.points.length)) return item;
    const top = test(logs, series.key, settings, level);
    if (top) item.top = top;
    if (trended(logs.length)) {
      const window = logs.slice(-settings.driftWindow).map((v) => median(v));
      item.trend = { p: mannKendall(window).p, slope: theilSen(window), fitsStep: stepSse(window) <= lineSse(window) };
    }
    return item;
  });
  const ps: number[] = [];
  for (const item of pending) {
    if (item.top) ps.push(item.top.p);
    if (item.trend) ps.push(item.trend.p);
  }
  const family = ps.length;
  const adjusted = holmAdjust(ps);
  let next = 0;
  const series = pending.map((item): SeriesAnalysis => {
    const medians = item.series.points.map((p) => median(p.values));
    const cuts: { index: number; p: number; adjustedP: number; permutations: number }[] = [];
    if (item.top) {
      const adj = adjusted[next++]!;
      if (adj <= settings.alpha) {
        cuts.push({ index: item.top.tau, p: item.top.p, adjustedP: adj, permutations: item.top.permutations });
        const bar = settings.alpha / family;
        const split = (from: number, to: number) => {
          const t = test(item.logs.slice(from, to), `${item.series.key} ${from}`, settings, level);
          if (!t || t.p > bar) return;
          cuts.push({ index: from + t.tau, p: t.p, adjustedP: Math.min(1, t.p * family), permutations: t.permutations });
          split(from, from + t.tau);
          split(from + t.tau, to);
        };
        split(0, item.top.tau);
        split(item.top.tau, item.logs.length);
      }
    }
    cuts.sort((a, b) => a.index - b.index);
    const bounds = [0, ...cuts.map((c) => c.index), medians.length];
    const levels: number[] = [];
    for (let i = 0; i + 1 < bounds.length; i++) {
      const m = median(medians.slice(bounds[i], bounds[i + 1]));
      for (let k = bounds[i]!; k < bounds[i + 1]!; k++) levels.push(m);
    }
    const changePoints = cuts.map((c, i) => changePoint(item.series, medians, bounds[i]!, c.index, bounds[i + 2]!, c, settings.confidence));
    const out: SeriesAnalysis = { series: item.series, medians, levels, changePoints };
    if (item.trend) {
      const adj = adjusted[next++]!;
      if (adj <= settings.alpha && !item.trend.fitsStep) out.drift = drift(item.series, item.trend, adj, settings.driftWindow);
    }
    return out;
  });
  return { settings, family, series };
}

function test(logs: number[][], key: string, settings: HistorySettings, level: number): ChangeTest | undefined {
  return eDivisiveTest(logs, {
    decisiveLevel: level,
    minSize: settings.minSegment,
    random: mulberry32((settings.seed ^ hash(key)) >>> 0),
    maxPermutations: settings.maxPermutations,
    exceedances: settings.exceedances,
  });
}

function changePoint(
  series: Series,
  medians: number[],
  from: number,
  index: number,
  to: number,
  cut: { p: number; adjustedP: number; permutations: number },
  confidence: number,
): ChangePoint {
  const before = medians.slice(from, index);
  const after = medians.slice(index, to);
  const shift = hodgesLehmann(before.map(Math.log), after.map(Math.log), confidence);
  const change = { estimate: Math.expm1(shift.estimate), lower: Math.expm1(shift.lower), upper: Math.expm1(shift.upper) };
  const worse = series.better === "higher" ? change.estimate < 0 : change.estimate > 0;
  return {
    series: series.key,
    fingerprint: series.fingerprint,
    cell: series.cell,
    metric: series.metric,
    unit: series.unit,
    index,
    commit: series.points[index]!.sha,
    before: series.points[index - 1]!.sha,
    levelBefore: medianInterval(before, confidence),
    levelAfter: medianInterval(after, confidence),
    change,
    direction: worse ? "regression" : "improvement",
    p: cut.p,
    adjustedP: cut.adjustedP,
    permutations: cut.permutations,
  };
}

function drift(series: Series, trend: { p: number; slope: number }, adjustedP: number, window: number): DriftFinding {
  const points = series.points.slice(-window);
  const total = Math.expm1(trend.slope * (points.length - 1));
  const worse = series.better === "higher" ? total < 0 : total > 0;
  return {
    series: series.key,
    fingerprint: series.fingerprint,
    cell: series.cell,
    metric: series.metric,
    unit: series.unit,
    from: points[0]!.sha,
    to: points[points.length - 1]!.sha,
    baselines: points.length,
    perBaseline: Math.expm1(trend.slope),
    total,
    direction: worse ? "regression" : "improvement",
    p: trend.p,
    adjustedP,
  };
}

/** FNV-1a: a series' own stream of permutations, whatever else is in the store. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
