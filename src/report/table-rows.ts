import { formatP, formatPercent, formatValue, METRIC_LABELS } from "./number-format.js";
import type { CellComparison, Comparison, MetricComparison } from "../compare/types.js";
import { cellNote, driftText } from "./comparison-notes.js";
import { escapeText, inlineCode, tableSafe } from "./markdown-escape.js";

export const HEADER = ["cell", "metric", "baseline", "current", "change", "interval", "p (Holm)", "verdict", "detectable"];

/**
 * The rows both renderers show: gated metrics always, reported metrics only
 * when they moved (regression or improvement), so a run of 18 cells stays
 * readable. The JSON keeps everything.
 */
export function verdictRows(c: Comparison): { rows: string[][]; hidden: number } {
  const rows: string[][] = [];
  let hidden = 0;
  for (const cell of c.cells) {
    if (cell.status !== "compared") {
      rows.push([cell.id, "-", trials(cell.baselineTrials), trials(cell.currentTrials), "-", "-", "-", cell.status, cellNote(cell) ?? ""]);
      continue;
    }
    for (const m of cell.metrics) {
      const show = m.metric === "throughput" || m.metric === "p99" || m.verdict === "regression" || m.verdict === "improvement";
      if (!show) {
        hidden++;
        continue;
      }
      rows.push(metricRow(cell, m));
    }
  }
  return { rows, hidden };
}

/**
 * A verdict row for a markdown table: the cell id and the note can carry text from the code under
 * test and are escaped; the rest we formatted ourselves and only keep table-safe.
 */
export function markdownRow(row: string[]): string[] {
  return row.map((cell, i) => (i === 0 ? inlineCode(cell, { inTable: true }) : i === 8 ? escapeText(cell) : tableSafe(cell)));
}

function trials(n: number): string {
  return `${n} trials`;
}

function metricRow(cell: CellComparison, m: MetricComparison): string[] {
  const interval = m.interval
    ? `[${m.interval.lower === null ? "-inf" : formatPercent(m.interval.lower)}, ${m.interval.upper === null ? "+inf" : formatPercent(m.interval.upper)}]`
    : "-";
  const verdict = m.verdict === "regression" ? "REGRESSION" : m.verdict;
  return [
    cell.id,
    METRIC_LABELS[m.metric] + (m.gated ? "" : " (not gated)"),
    formatValue(m.baseline.median, m.unit),
    formatValue(m.current.median, m.unit),
    formatPercent(m.change),
    interval,
    formatP(m.pAdjusted),
    verdict,
    (m.minDetectableChange === null ? "n/a" : formatPercent(m.minDetectableChange).replace("+", "")) + driftSuffix(m),
  ];
}

/** The drift a stored comparison allowed for: `(runs drift ±4.1%, 14 baselines)`. */
function driftSuffix(m: MetricComparison): string {
  if (!m.drift) return "";
  return m.drift.source === "history" ? ` (runs drift ${driftText(m.drift.sigma)}, ${m.drift.runs} baselines)` : ` (runs drift ${driftText(m.drift.sigma)}, default)`;
}

export function shortSha(sha: string | undefined): string {
  return sha ? sha.slice(0, 7) : "no commit";
}
