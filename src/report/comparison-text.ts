import { HEADER, shortSha, verdictRows } from "./table-rows.js";
import type { GateResult } from "../compare/gate.js";
import type { Comparison, RunInfo } from "../compare/types.js";
import { comparisonNotes } from "./comparison-notes.js";
import { comparisonErrorLines } from "./error-lines.js";
import { costComparisonLine } from "./cost-text.js";
import { hotspotTextLines } from "./hotspot-text.js";
import { blockingMessage, budgetMessage, failureReasons, findingLine } from "./finding-text.js";
import { teethNote } from "./teeth-text.js";
import { logLine, logText } from "../shared/log-text.js";
import { alignTable } from "./text-table.js";
import { adaptiveHeadline, cellStopLines, type CellStop } from "./sequential-text.js";
import { adviceText, comparisonAdvice, type RunAdvice } from "./advice.js";

/** The verdict table's number columns: baseline, current, change, interval, p. */
const VERDICT_NUMERIC = HEADER.map((_, i) => i >= 2 && i <= 6);

/**
 * Terminal rendering: the verdict first (what a CI log reader looks for), then
 * an environment warning when timing is not comparable, the table, and the
 * reasons the gate failed. Plain text, no colours, so CI logs stay readable; what the code under
 * test wrote passes `logText`, so nothing reads as a workflow command.
 */
export function renderText(c: Comparison, gate?: GateResult, advice?: RunAdvice): string {
  const lines: string[] = [];
  lines.push(`concurrency-guard compare: ${(gate?.verdict ?? c.verdict).toUpperCase()}`);
  lines.push(`baseline: ${describe(c.baseline)}`);
  lines.push(`current:  ${describe(c.current)}`);
  const teeth = teethNote(c);
  if (teeth) lines.push("", `!! ${teeth}`);
  if (!c.environment.match) {
    lines.push("");
    lines.push(`!! ENVIRONMENT MISMATCH: ${c.environment.differences.join("; ")}`);
    lines.push(
      c.environment.timingGated
        ? "!! throughput and p99 are still gated (gateAcrossEnvironments: true)"
        : "!! throughput and p99 are reported but NOT gated: numbers from different hardware do not compare",
    );
  }
  const { rows, hidden } = verdictRows(c);
  lines.push("");
  const confidence = `${+(c.settings.confidence * 100).toFixed(2)}%`;
  const header = HEADER.map((h) => (h === "interval" ? `interval (${confidence})` : h));
  lines.push(...alignTable(header, rows.map((r) => r.map(logLine)), VERDICT_NUMERIC));
  if (hidden > 0) lines.push(`(${hidden} reported metrics unchanged or inconclusive; see the JSON for all)`);
  lines.push(
    `alpha ${c.settings.alpha} (Holm over ${c.gatedComparisons} gated comparisons); thresholds: throughput ` +
      `${pct(c.settings.thresholds.throughput)}, p99 ${pct(c.settings.thresholds.p99)}`,
  );
  lines.push(...comparisonErrorLines(c));
  if (c.sequential) {
    const stops = comparisonStops(c);
    lines.push("", `${adaptiveHeadline(stops, c.sequential)}; each look at its share of alpha (O'Brien-Fleming spending over ${c.sequential.looks} looks):`);
    for (const line of cellStopLines(stops)) lines.push(`  ${line}`);
  }

  if (c.costs && c.costs.length > 0) {
    lines.push("", `CPU cost (instructions per operation, counted under valgrind; threshold ${pct(c.settings.thresholds.instructions)}):`);
    for (const cost of c.costs) lines.push(`  ${costComparisonLine(cost, c.cells)}`);
  }
  lines.push(...hotspotTextLines(c.hotspots ?? []));
  const shown = comparisonAdvice(c, advice);
  if (c.blocking.length > 0) {
    lines.push("", "Blocking sites:");
    for (const b of c.blocking) {
      lines.push(`  ${b.gated ? "NEW" : "seen"}  ${blockingMessage(b, c.settings.alpha)}`);
      const line = shown.siteOnce(b.site.file, b.site.line);
      if (line) lines.push(`        advice: ${adviceText(line)}`);
    }
  }
  const scenarioAdvice = shown.scenarios;
  if (scenarioAdvice.length > 0) lines.push("", "Advice (from the current run's own measurements; never part of the verdict):");
  for (const [name, scenarioLines] of scenarioAdvice) for (const line of scenarioLines) lines.push(`  ${name}: ${adviceText(line)}`);
  if (c.budgets.length > 0) {
    lines.push("", "Budgets:");
    for (const b of c.budgets) lines.push(`  ${b.status.toUpperCase().padEnd(7)} ${budgetMessage(b)}`);
  }
  const notes = comparisonNotes(c);
  if (notes.length > 0) {
    lines.push("", "Notes:");
    for (const n of notes) lines.push(`  - ${n}`);
  }
  // With a gate (fail-on), its own list; a finding fail-on leaves out is shown apart, never hidden.
  const reasons = gate ? gate.failedBecause.map((f) => findingLine(f, { withP: true })) : failureReasons(c);
  if (reasons.length > 0) {
    lines.push("", "Gate failed because:");
    for (const r of reasons) lines.push(`  - ${r}`);
  }
  if (gate && gate.ignored.length > 0) {
    lines.push("", `Not failing on (left out of --fail-on ${gate.failOn.join(",") || "none"}):`);
    for (const f of gate.ignored) lines.push(`  - ${findingLine(f, { withP: true })}`);
  }
  return logText(lines.map(logLine).join("\n")) + "\n";
}

function describe(r: RunInfo): string {
  const source = r.source ? `${r.source} ` : "";
  return `${source}(${shortSha(r.git?.sha)}, ${r.createdAt}, ${r.cpus} x ${r.cpuModel})`;
}

function pct(f: number): string {
  return `${+(f * 100).toFixed(2)}%`;
}

/** Each current cell of an adaptive run, with its trials and why it stopped. */
export function comparisonStops(c: Comparison): CellStop[] {
  return c.cells.filter((cell) => cell.status !== "missing").map((cell) => ({ id: cell.id, trials: cell.currentTrials, ...(cell.stop && { stop: cell.stop }) }));
}
