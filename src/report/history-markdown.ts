import type { SeriesAnalysis } from "../compare/change-points.js";
import type { HistoryResult } from "../compare/history-result.js";
import { historyChart } from "./history-chart.js";
import { changeText, HISTORY_LABELS, historyNotes, levelText } from "./history-words.js";
import { escapeText, inlineCode, link, tableSafe } from "./markdown-escape.js";
import { formatP, formatPercent } from "./number-format.js";

export interface HistoryMarkdownOptions {
  /** `https://github.com/OWNER/REPO`: commit ranges become compare links. */
  repoUrl?: string;
  /** Charts drawn at most (each is a few KB); the rest are counted. */
  maxCharts?: number;
  /** Heading level of the section: 2 in a file or an issue, 3 inside the job summary. */
  level?: number;
}

/** The series that changed (a change point or a drift), in the order of the store's series. */
export function changedSeries(r: HistoryResult): SeriesAnalysis[] {
  return r.analysis.series.filter((s) => s.changePoints.length > 0 || s.drift);
}

/**
 * The history as markdown, for `history --markdown`, the job summary and the issue: notes, the
 * change points (commit range with a compare link, levels and change with intervals, significance),
 * the slow drifts, and a trend chart per changed series with its change marked.
 */
export function renderHistoryMarkdown(r: HistoryResult, options: HistoryMarkdownOptions = {}): string {
  const h = "#".repeat(options.level ?? 2);
  const lines: string[] = [`${h} Performance history of ${inlineCode(r.store)}`, ""];
  for (const note of historyNotes(r)) lines.push(`- ${escapeText(note)}`);
  const points = r.analysis.series.flatMap((s) => s.changePoints);
  const drifts = r.analysis.series.flatMap((s) => (s.drift ? [s.drift] : []));
  lines.push("");
  if (points.length === 0 && drifts.length === 0) {
    lines.push("No change point and no slow drift found.");
    return lines.join("\n") + "\n";
  }
  if (points.length > 0) {
    lines.push(`${h}# Change points`, "", "| cell | metric | change | commits | before | after | p (family-adjusted) |", "| --- | --- | --- | --- | --- | --- | --- |");
    for (const c of points) {
      const range = commitRange(c.before, c.commit, options.repoUrl);
      const sign = c.direction === "regression" ? "🔴" : "🟢";
      lines.push(
        `| ${inlineCode(c.cell, { inTable: true })} | ${HISTORY_LABELS[c.metric]} | ${sign} ${tableSafe(changeText(c.change))} | ${range} | ${tableSafe(levelText(c.levelBefore, c.unit))} | ${tableSafe(levelText(c.levelAfter, c.unit))} | ${formatP(c.p)} (${formatP(c.adjustedP)}) |`,
      );
    }
    lines.push("", "Levels are medians of the baselines' medians with an order-statistic interval; the change is the Hodges-Lehmann shift between the two sides, with its interval. `commits`: the last commit measured before the change, then the first after it.", "");
  }
  if (drifts.length > 0) {
    lines.push(`${h}# Slow drifts`, "", "| cell | metric | over the window | per baseline | commits | p (family-adjusted) |", "| --- | --- | --- | --- | --- | --- |");
    for (const d of drifts) {
      lines.push(
        `| ${inlineCode(d.cell, { inTable: true })} | ${HISTORY_LABELS[d.metric]} | ${d.direction === "regression" ? "🔴" : "🟢"} ${formatPercent(d.total)} (${d.baselines} baselines) | ${formatPercent(d.perBaseline)} | ${commitRange(d.from, d.to, options.repoUrl)} | ${formatP(d.p)} (${formatP(d.adjustedP)}) |`,
      );
    }
    lines.push("");
  }
  const changed = changedSeries(r);
  const max = options.maxCharts ?? 12;
  lines.push(`${h}# Trend charts`, "", "Each chart: the baselines' medians (first line) and the level of each segment between change points (second line), oldest commit first.", "");
  for (const s of changed.slice(0, max)) lines.push(historyChart(s), "");
  if (changed.length > max) lines.push(`${changed.length - max} more changed series not charted (the JSON report has them all).`, "");
  return lines.join("\n");
}

/** `abc1234...def5678`, a compare link when the repository is known. */
export function commitRange(before: string, after: string, repoUrl?: string): string {
  const text = `${before.slice(0, 7)}...${after.slice(0, 7)}`;
  if (!repoUrl || !/^[0-9a-f]+$/i.test(before + after)) return inlineCode(text, { inTable: true });
  return link(text, `${repoUrl}/compare/${before}...${after}`);
}

/**
 * The markdown under `limit` characters (an issue body holds 65,536): fewer charts first, then the
 * tail cut with a note pointing at the job summary.
 */
export function fitHistoryMarkdown(r: HistoryResult, options: HistoryMarkdownOptions, limit: number): string {
  for (let charts = options.maxCharts ?? 12; charts >= 0; charts--) {
    const text = renderHistoryMarkdown(r, { ...options, maxCharts: charts });
    if (text.length <= limit) return text;
  }
  const note = "\n\n(cut to fit; the job summary and `concurrency-guard history --json` have everything)\n";
  return renderHistoryMarkdown(r, { ...options, maxCharts: 0 }).slice(0, limit - note.length) + note;
}
