import type { CellComparison, Comparison, MetricComparison } from "../compare/types.js";
import { formatPercent } from "./number-format.js";

/** Why a cell was not compared, in words; undefined for a compared cell. */
export function cellNote(cell: CellComparison): string | undefined {
  switch (cell.status) {
    case "compared":
      return undefined;
    case "new":
      return cell.baselineUnusable ? "the baseline has no usable trial for this cell" : "not in the baseline";
    case "missing":
      return "in the baseline but not in the current run";
    case "broken": {
      const f = cell.failure;
      return `no usable trial in the current run${f ? ` (${f.status ? `${f.status}: ` : ""}${f.message})` : ""}`;
    }
  }
}

/** Why a metric's verdict is inconclusive or its change was computed differently; undefined when nothing needs saying. */
export function metricNote(m: MetricComparison): string | undefined {
  if (m.baseline.n === 0 || m.current.n === 0) return "no values to compare";
  if (m.scale === null) return "baseline median is not positive, so no relative change can be given";
  if (m.scale === "linear") return "values include zero or less: change is relative to the baseline median";
  if (m.verdict !== "inconclusive") return undefined;
  return m.minDetectableChange === null
    ? "too few trials to detect any change at this alpha"
    : `too noisy to tell; the smallest change this data could flag is ${formatPercent(m.minDetectableChange).replace("+", "")}`;
}

/** The environment mismatch and what it does to the gate; undefined when the machines match. */
export function environmentNote(c: Comparison): string | undefined {
  const env = c.environment;
  if (env.match) return undefined;
  return (
    `environment differs from the baseline (${env.differences.join("; ")}): ` +
    (env.timingGated ? "timing is still gated (gateAcrossEnvironments: true)" : "throughput and p99 are reported but not gated")
  );
}

/** What the two runs did not have in common: nothing compared at all, baseline cells left out. */
export function coverageNotes(c: Comparison): string[] {
  const notes: string[] = [];
  if (!c.cells.some((cell) => cell.status === "compared")) notes.push("no cell was measured by both runs: nothing was compared");
  const missing = c.cells.filter((cell) => cell.status === "missing").length;
  if (missing > 0) notes.push(`${missing} baseline cell(s) not in the current run`);
  return notes;
}

/** Every note on a comparison, environment first: the `notes` of the comparison JSON. */
export function comparisonNotes(c: Comparison): string[] {
  const env = environmentNote(c);
  return [...(env ? [env] : []), ...coverageNotes(c)];
}
