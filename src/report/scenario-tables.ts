import { MODELS, type Model } from "../config/types.js";
import { markdownTable } from "markdown-table";
import { formatPercent, formatValue } from "./number-format.js";
import type { CellComparison, Comparison, MetricComparison } from "../compare/types.js";
import { summarizeCell } from "../results/summarize.js";
import type { CellResult, ResultsFile, ScenarioAnalysis } from "../results/types.js";
import { escapeText, inlineCode } from "./markdown-escape.js";
import { cellNote, metricNote } from "./comparison-notes.js";
import { killedProcessesText } from "./trial-trouble.js";
import { groupBy } from "./group-by.js";
import { adviceMarkdown, type RunAdvice } from "./advice.js";

/** One icon per cell, the worst thing the comparison says about it. */
export const ICONS = {
  regression: "❌",
  notGated: "⚠️",
  broken: "💥",
  improvement: "🚀",
  unchanged: "✅",
  inconclusive: "❔",
  new: "🆕",
  missing: "➖",
} as const;

export const LEGEND =
  `${ICONS.regression} regression · ${ICONS.improvement} improvement · ${ICONS.unchanged} unchanged (interval within the threshold) · ` +
  `${ICONS.inconclusive} inconclusive (too noisy to tell) · ${ICONS.notGated} worse but not gated · ${ICONS.new} not in the baseline · ` +
  `${ICONS.broken} no usable trial`;

/** The verdict icon of a compared cell: a gated regression outranks everything, then the rest by severity. */
export function cellIcon(cell: CellComparison): string {
  if (cell.status === "broken") return ICONS.broken;
  if (cell.status === "new") return ICONS.new;
  if (cell.status === "missing") return ICONS.missing;
  const gatedish = cell.metrics.filter((m) => m.metric === "throughput" || m.metric === "p99");
  if (gatedish.some((m) => m.verdict === "regression" && m.gated) || cell.errors?.verdict === "regression") return ICONS.regression;
  if (gatedish.some((m) => m.verdict === "regression")) return ICONS.notGated;
  if (gatedish.some((m) => m.verdict === "improvement")) return ICONS.improvement;
  if (gatedish.length > 0 && gatedish.every((m) => m.verdict === "unchanged")) return ICONS.unchanged;
  return ICONS.inconclusive;
}

/** Per scenario, for the comparison: the full table, then only the rows that say something, then one line. */
export function comparisonScenarioVariants(comparison: Comparison, current: ResultsFile, advice?: RunAdvice): { scenario: string; variants: string[] }[] {
  const own = ownParts(current, advice);
  return [...groupBy(comparison.cells, (c) => c.scenario)].map(([scenario, group]) => {
    const cells = group.sort(byModelThenLevel);
    const heading = scenarioHeading(scenario, own);
    const confidence = `${+(comparison.settings.confidence * 100).toFixed(2)}%`;
    const header = ["model", "concurrency", "baseline", "current", `change [${confidence} interval]`, "p99 change", ""];
    const rows = cells.map((cell) => comparisonRow(cell));
    const quiet = cells.filter((c) => cellIcon(c) === ICONS.unchanged);
    const loud = cells.filter((c) => cellIcon(c) !== ICONS.unchanged);
    const table = (list: CellComparison[]) => markdownTable([header, ...list.map((c) => comparisonRow(c))], { align: ["l", "r", "r", "r", "r", "r", "c"] });
    const warning = [...kindWarning(scenario, own), ...adviceLines(scenario, own), ...failureLines(scenario, own)];
    const full = [heading, markdownTable([header, ...rows], { align: ["l", "r", "r", "r", "r", "r", "c"] }), ...warning].join("\n\n");
    const compact = [
      heading,
      loud.length > 0 ? table(loud) : "",
      `_${quiet.length} unchanged cell(s) not shown here._`,
      ...warning,
    ]
      .filter((t) => t !== "")
      .join("\n\n");
    const regressions = cells.filter((c) => cellIcon(c) === ICONS.regression || c.status === "broken").length;
    const oneLine = `${heading}\n\n_${cells.length} cell(s), ${regressions} with a regression; table left out to fit the comment (see the job summary)._`;
    return { scenario, variants: loud.length === cells.length ? [full, oneLine] : [full, compact, oneLine] };
  });
}

/** Per scenario, without a baseline: the current medians only. */
export function currentScenarioVariants(current: ResultsFile, advice?: RunAdvice): { scenario: string; variants: string[] }[] {
  const own = ownParts(current, advice);
  return [...own.cells].map(([scenario, group]) => {
    const cells = [...group].sort(byModelThenLevel);
    const heading = scenarioHeading(scenario, own);
    const header = ["model", "concurrency", "throughput", "p50", "p99", "max loop delay", "CPU per op", "trials"];
    const rows = cells.map(currentRow);
    const table = markdownTable([header, ...rows], { align: ["l", "r", "r", "r", "r", "r", "r", "r"] });
    const full = [heading, table, ...kindWarning(scenario, own), ...adviceLines(scenario, own), ...failureLines(scenario, own)].join("\n\n");
    const oneLine = `${heading}\n\n_${cells.length} cell(s); table left out to fit the comment (see the job summary)._`;
    return { scenario, variants: [full, oneLine] };
  });
}

/** The current run's cells and analysis by scenario, grouped once: a report is linear in its cells. */
interface OwnParts {
  cells: Map<string, CellResult[]>;
  analysis: Map<string, ScenarioAnalysis>;
  advice?: RunAdvice;
}

function ownParts(current: ResultsFile, advice: RunAdvice | undefined): OwnParts {
  return { cells: groupBy(current.cells, (c) => c.scenario), analysis: new Map((current.scenarios ?? []).map((s) => [s.scenario, s])), ...(advice && { advice }) };
}

/** The scenario's advice from its own numbers (the declared kind contradicted, a faster model for its CPU work). */
function adviceLines(scenario: string, own: OwnParts): string[] {
  const lines = own.advice?.scenarios.get(scenario) ?? [];
  return lines.length === 0 ? [] : [lines.map((l) => `- 💡 ${adviceMarkdown(l)}`).join("\n")];
}

function scenarioHeading(scenario: string, own: OwnParts): string {
  const cell = own.cells.get(scenario)?.[0];
  const analysis = own.analysis.get(scenario);
  const kind = cell ? `declared ${escapeText(cell.kind)}` : "";
  const measured = analysis?.measuredKind ? `, measured ${analysis.measuredKind === "io" ? "I/O" : "CPU"}-bound` : "";
  return `#### ${inlineCode(scenario)}${kind ? ` · ${kind}${measured}` : ""}`;
}

function kindWarning(scenario: string, own: OwnParts): string[] {
  const warning = own.analysis.get(scenario)?.kindWarning;
  return warning ? [`> ${ICONS.notGated} ${escapeText(warning)}`] : [];
}

/**
 * Cells of the current run that failed outright, with the first line of why, and cells whose trials
 * left processes running that had to be killed (the code under test wrote both: escaped).
 */
function failureLines(scenario: string, own: OwnParts): string[] {
  const cells = own.cells.get(scenario) ?? [];
  const failed = cells.filter((c) => c.error).map((c) => `- ${ICONS.broken} ${inlineCode(c.id)}: ${escapeText((c.error ?? "").slice(0, 300))}`);
  const killed = cells.flatMap((c) => {
    const text = killedProcessesText(c);
    return text ? [`- ${ICONS.notGated} ${inlineCode(c.id)}: ${escapeText(text.slice(0, 300))}`] : [];
  });
  const lines = [...failed, ...killed];
  return lines.length === 0 ? [] : [lines.join("\n")];
}

function comparisonRow(cell: CellComparison): string[] {
  const tp = metric(cell, "throughput");
  const p99 = metric(cell, "p99");
  if (cell.status !== "compared" || !tp) {
    return [escapeText(cell.model), String(cell.concurrency), trialsText(cell.baselineTrials), trialsText(cell.currentTrials), escapeText(cellNote(cell) ?? cell.status), "", cellIcon(cell)];
  }
  return [
    escapeText(cell.model),
    String(cell.concurrency),
    formatValue(tp.baseline.median, tp.unit),
    formatValue(tp.current.median, tp.unit),
    changeText(tp),
    p99 ? formatPercent(p99.change) : "",
    cellIcon(cell),
  ];
}

function changeText(m: MetricComparison): string {
  if (m.change === null) return escapeText(metricNote(m) ?? "-");
  const lo = m.interval?.lower ?? null;
  const hi = m.interval?.upper ?? null;
  const interval = m.interval ? ` [${lo === null ? "−∞" : formatPercent(lo)}, ${hi === null ? "+∞" : formatPercent(hi)}]` : "";
  const text = `${formatPercent(m.change)}${interval}`;
  return m.verdict === "regression" && m.gated ? `**${text}**` : text;
}

function currentRow(cell: CellResult): string[] {
  const s = cell.summary ?? summarizeCell(cell);
  const ok = cell.trials.filter((t) => t.status === "ok").length;
  if (!s) return [escapeText(cell.model), String(cell.concurrency), "-", "-", "-", "-", "-", `${ok}/${cell.trials.length} ${ICONS.broken}`];
  return [
    escapeText(cell.model),
    String(cell.concurrency),
    formatValue(s.throughput, "/s"),
    formatValue(s.p50Ms, "ms"),
    formatValue(s.p99Ms, "ms"),
    formatValue(s.loopDelayMaxMs, "ms"),
    formatValue(s.cpuPerOpUs, "µs"),
    `${ok}/${cell.trials.length}`,
  ];
}

function metric(cell: CellComparison, name: MetricComparison["metric"]): MetricComparison | undefined {
  return cell.metrics.find((m) => m.metric === name);
}

function trialsText(n: number): string {
  return `${n} trials`;
}

function byModelThenLevel(a: { model: string; concurrency: number }, b: { model: string; concurrency: number }): number {
  return MODELS.indexOf(a.model as Model) - MODELS.indexOf(b.model as Model) || a.concurrency - b.concurrency;
}

export function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
