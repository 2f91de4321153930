import type { CellResult, ResultsFile } from "../results/types.js";
import { errorColumn, scenarioErrorLines } from "./error-lines.js";
import { costRunLines } from "./cost-text.js";
import { formatRatio, formatValue } from "./number-format.js";
import { logLine, logText } from "../shared/log-text.js";
import { alignTable } from "./text-table.js";
import { crashOutputLines, killedProcessesText } from "./trial-trouble.js";
import { groupBy } from "./group-by.js";
import { adaptiveHeadline, cellStopLines } from "./sequential-text.js";
import { adviceText, runAdvice, siteAdvice, type RunAdvice } from "./advice.js";

/** Completed work (throughput) and failed operations (`errors`: median rate, total count) side by side. */
const HEADERS = ["model", "conc", "pool", "throughput", "errors", "p50", "p99", "max loop delay", "cpu/op", "mem/in-flight", "trials"];
/** Numbers align right, words left. */
const NUMERIC = HEADERS.map((_, i) => i > 2);

/**
 * The run's results as plain-text tables, one per scenario, for the terminal and CI logs. Messages,
 * kinds and sites are the code under test's text: one line each (`logLine`), and the whole passes
 * `logText`, so nothing in it reads as a workflow command.
 */
export function renderResultsTable(results: ResultsFile): string {
  const out: string[] = [];
  const analyses = new Map((results.scenarios ?? []).map((s) => [s.scenario, s]));
  const advice = runAdvice(results);
  for (const [name, cells] of groupBy(results.cells, (c) => c.scenario)) {
    const first = cells[0]!;
    out.push(logLine(`${name} (${first.runtime}, declared ${first.kind})`));
    const rows = cells.map(row);
    out.push(...alignTable(HEADERS, rows, NUMERIC, { rule: false }).map((line) => `  ${line}`));
    const analysis = analyses.get(name);
    if (analysis) {
      const fastest = analysis.best.map(
        (b) => `${b.concurrency}: ${b.model}${b.ratioOverNext ? ` (${formatRatio(b.ratioOverNext)} the next)` : ""}`,
      );
      if (fastest.length) out.push(`  fastest at each level: ${fastest.join(", ")}`);
      if (analysis.measuredKind) out.push(`  measured ${analysis.measuredKind}-bound (CPU share ${Math.round((analysis.cpuShare ?? 0) * 100)}%)`);
      if (analysis.kindWarning) out.push(`  warning: ${logLine(analysis.kindWarning)}`);
    }
    for (const line of advice?.scenarios.get(name) ?? []) out.push(`  advice: ${adviceText(line)}`);
    out.push(...costRunLines(results, name));
    out.push(...blockingLines(cells, blockThreshold(results, name), advice));
    for (const cell of cells.filter((c) => c.error)) out.push(`  failed ${cell.id}: ${logLine(cell.error!)}`, ...crashOutputLines(cell));
    for (const cell of cells.filter((c) => !c.error && c.trials.some((t) => t.status !== "ok"))) {
      const bad = cell.trials.filter((t) => t.status !== "ok");
      out.push(`  ${cell.id}: ${bad.length} of ${cell.trials.length} trials failed: ${logLine(bad[0]!.message ?? bad[0]!.status)}`, ...crashOutputLines(cell));
    }
    for (const cell of cells) {
      const killed = killedProcessesText(cell);
      if (killed) out.push(`  ${cell.id}: ${logLine(killed)}`);
    }
    out.push(...scenarioErrorLines(cells, name));
    out.push("");
  }
  if (results.sequential) {
    const stops = results.cells.map((c) => ({ id: c.id, trials: c.trials.filter((t) => t.status === "ok").length, ...(c.stop && { stop: c.stop }) }));
    out.push(adaptiveHeadline(stops, results.sequential), ...cellStopLines(stops).map((l) => `  ${l}`), "");
  }
  return logText(out.join("\n"));
}

/** Sites shown per cell; the results JSON has them all. */
const SITES_PER_CELL = 3;

/** Where each cell's loops were blocked, worst first, with the source line and the advice the first time a site shows up. */
function blockingLines(cells: CellResult[], blockMs: number | undefined, advice: RunAdvice | undefined): string[] {
  const blocked = cells.filter((c) => c.blocking?.length);
  if (blocked.length === 0) return [];
  const out = [`  blocking (loops stalled ${blockMs !== undefined ? `${blockMs}ms` : "past the threshold"} or more):`];
  const width = Math.max(...blocked.map((c) => `${c.model}/${c.concurrency}`.length));
  const shown = new Set<string>();
  for (const cell of blocked) {
    const sites = cell.blocking!;
    sites.slice(0, SITES_PER_CELL).forEach((site, i) => {
      const label = i === 0 ? `${cell.model}/${cell.concurrency}` : "";
      out.push(`    ${label.padEnd(width)}  ${logLine(site.text)}`);
      if (site.site && !shown.has(site.key)) {
        if (site.site.source) out.push(`    ${"".padEnd(width)}    > ${logLine(site.site.source)}`);
        const line = site.gc ? undefined : siteAdvice(advice, site.site.file, site.site.line);
        if (line) out.push(`    ${"".padEnd(width)}    advice: ${adviceText(line)}`);
      }
      shown.add(site.key);
    });
    if (sites.length > SITES_PER_CELL) out.push(`    ${"".padEnd(width)}  and ${sites.length - SITES_PER_CELL} more sites`);
  }
  return out;
}

/** The scenario's stall threshold, as the run's recorded config has it. */
function blockThreshold(results: ResultsFile, scenario: string): number | undefined {
  const scenarios = (results.config as { scenarios?: { name?: string; blockMs?: number }[] } | undefined)?.scenarios;
  return scenarios?.find((s) => s.name === scenario)?.blockMs;
}

function row(cell: CellResult): string[] {
  const s = cell.summary;
  const pool = cell.model === "async" ? "1 loop" : `${cell.poolSize}x${Math.max(...cell.inFlightPerWorker)}`;
  const trials = `${s?.okTrials ?? 0}/${cell.trials.length}`;
  if (!s) return [cell.model, String(cell.concurrency), pool, "failed", errorColumn(cell), "", "", "", "", "", trials];
  return [
    cell.model,
    String(cell.concurrency),
    pool,
    formatValue(s.throughput, "/s"),
    errorColumn(cell),
    formatValue(s.p50Ms, "ms"),
    formatValue(s.p99Ms, "ms"),
    formatValue(s.loopDelayMaxMs, "ms"),
    formatValue(s.cpuPerOpUs, "µs"),
    formatValue(s.memPerInFlightKb, "KB"),
    trials,
  ];
}
