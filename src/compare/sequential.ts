import type { ResultsFile, StopReason } from "../results/types.js";
import { lastRound, upToRound } from "../results/rounds.js";
import { holmAdjust } from "../stats/holm.js";
import { lookLevels, sequentialAdjusted } from "../stats/sequential.js";
import type { CompareOptions } from "./compare.js";
import type { CellComparison, Comparison } from "./types.js";

/** Names one test of the gated family across looks: its kind, its cell, and what in the cell. */
export function familyKey(kind: "metric" | "blocking" | "errors", cell: string, what = ""): string {
  return `${kind}\u0000${cell}\u0000${what}`;
}

/** The two results files of one side-by-side run: measured in the same minutes of one machine. */
export function pairedRuns(baseline: ResultsFile, current: ResultsFile): boolean {
  return baseline.pairing !== undefined && current.pairing !== undefined && baseline.pairing.id === current.pairing.id && baseline.pairing.arm !== current.pairing.arm;
}

/**
 * Compares an adaptive run by replaying its looks from the rounds its trials record: at look k,
 * the data up to round k (both sides when side by side; a stored baseline as it is), Holm over the
 * gated family at that look's level alpha_k (`lookLevels`). A test is rejected when any look
 * rejected it, so its final adjusted p is `sequentialAdjusted` over the looks; the intervals and
 * verdicts come from all the data, as in a fixed run. The run took the same looks with this same
 * function, so `compare` on its files reaches the verdict the run stopped on.
 */
export function replayLooks(
  baseline: ResultsFile,
  current: ResultsFile,
  options: CompareOptions,
  once: (baseline: ResultsFile, current: ResultsFile, options: CompareOptions) => Comparison,
): Comparison {
  const record = current.sequential!;
  const alpha = options.settings.alpha;
  const levels = lookLevels(record, alpha);
  const paired = pairedRuns(baseline, current);
  const looks = Math.min(lastRound(current), levels.length);
  const byKey = new Map<string, (number | undefined)[]>();
  for (let k = 1; k <= looks; k++) {
    const base = paired ? upToRound(baseline, k) : baseline;
    once(base, upToRound(current, k), {
      ...options,
      familyAdjust: (keys, p) => {
        const adjusted = holmAdjust(p);
        keys.forEach((key, i) => {
          const row = byKey.get(key) ?? [];
          row[k - 1] = adjusted[i];
          byKey.set(key, row);
        });
        return adjusted;
      },
    });
  }
  const comparison = once(baseline, current, {
    ...options,
    familyAdjust: (keys) => keys.map((key) => sequentialAdjusted(byKey.get(key) ?? [], levels, alpha)),
  });
  comparison.sequential = {
    min: record.min,
    max: record.max,
    step: record.step,
    looks: record.looks,
    spending: record.spending,
    levels: levels.slice(0, looks),
    rounds: record.rounds,
    elapsedMs: record.elapsedMs,
    ...(record.budgetMs !== undefined && { budgetMs: record.budgetMs }),
    ...(record.partial && { partial: record.partial }),
  };
  return comparison;
}

/**
 * A cell stops for futility when every gated metric's estimate lies on the good side of this
 * share of its threshold (throughput down by less than half of 5%, p99 up by less than half of
 * 10%): more trials would rarely turn it into a regression, and the time goes to the cells whose
 * estimates point at one. Stopping early can only lower the false-alarm rate; the price is a
 * regression whose first trials happened to look good, which the power study weighs
 * (`npm run bench:adaptive-replay`).
 */
export const FUTILITY_SHARE = 0.5;

/**
 * What a look says about a cell: decided `changed` (a gated metric a regression or improvement
 * under the sequential rule), decided `unchanged` (every gated metric's interval within the
 * threshold), `no-regression` (futility: every estimate well on the good side, `FUTILITY_SHARE`),
 * `not-compared` (more trials cannot help: no baseline, no usable trial, nothing gated), or
 * undefined: still open.
 */
export function cellDecision(cell: CellComparison): StopReason | undefined {
  if (cell.status !== "compared") return "not-compared";
  const gated = cell.metrics.filter((m) => m.gated);
  if (gated.length === 0) return "not-compared";
  if (gated.some((m) => m.verdict === "regression" || m.verdict === "improvement")) return "changed";
  if (gated.every((m) => m.verdict === "unchanged")) return "unchanged";
  if (gated.every(farFromRegression)) return "no-regression";
  return undefined;
}

function farFromRegression(m: CellComparison["metrics"][number]): boolean {
  if (m.change === null) return false;
  const bar = m.threshold * FUTILITY_SHARE;
  return m.better === "higher" ? m.change > -bar : m.change < bar;
}

/**
 * How far a look's estimates point towards a regression: over the cell's gated metrics, the
 * largest bad-side change relative to its threshold (1: an estimate at the threshold; below 0: every
 * estimate on the good side); -Infinity when no gated metric has an estimate. When the time left
 * holds only part of a round, the cells leaning furthest towards a regression get it first.
 */
export function regressionLean(cell: CellComparison): number {
  let lean = -Infinity;
  for (const m of cell.metrics) {
    if (!m.gated || m.change === null || !(m.threshold > 0)) continue;
    lean = Math.max(lean, (m.better === "higher" ? -m.change : m.change) / m.threshold);
  }
  return lean;
}
