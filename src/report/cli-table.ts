import type { CellResult, ResultsFile } from "../results/types.js";
import { formatKb, formatMs, formatRate, formatRatio, formatUs } from "./format.js";

const HEADERS = ["model", "conc", "pool", "throughput", "p50", "p99", "max loop delay", "cpu/op", "mem/in-flight", "trials"];

/** The run's results as plain-text tables, one per scenario, for the terminal and CI logs. */
export function renderResultsTable(results: ResultsFile): string {
  const out: string[] = [];
  const scenarios = [...new Set(results.cells.map((c) => c.scenario))];
  for (const name of scenarios) {
    const cells = results.cells.filter((c) => c.scenario === name);
    const first = cells[0]!;
    out.push(`${name} (${first.runtime}, declared ${first.kind})`);
    const rows = cells.map(row);
    out.push(...alignColumns([HEADERS, ...rows]).map((line) => `  ${line}`));
    const analysis = results.scenarios?.find((s) => s.scenario === name);
    if (analysis) {
      const fastest = analysis.best.map(
        (b) => `${b.concurrency}: ${b.model}${b.ratioOverNext ? ` (${formatRatio(b.ratioOverNext)} the next)` : ""}`,
      );
      if (fastest.length) out.push(`  fastest at each level: ${fastest.join(", ")}`);
      if (analysis.measuredKind) out.push(`  measured ${analysis.measuredKind}-bound (CPU share ${Math.round((analysis.cpuShare ?? 0) * 100)}%)`);
      if (analysis.kindWarning) out.push(`  warning: ${analysis.kindWarning}`);
    }
    for (const cell of cells.filter((c) => c.error)) out.push(`  failed ${cell.id}: ${cell.error}`);
    for (const cell of cells.filter((c) => !c.error && c.trials.some((t) => t.status !== "ok"))) {
      const bad = cell.trials.filter((t) => t.status !== "ok");
      out.push(`  ${cell.id}: ${bad.length} of ${cell.trials.length} trials failed: ${bad[0]!.message ?? bad[0]!.status}`);
    }
    for (const cell of cells.filter((c) => c.trials.some((t) => t.errors > 0 && t.status === "ok"))) {
      const errors = cell.trials.reduce((n, t) => n + t.errors, 0);
      const first = cell.trials.find((t) => t.firstError)?.firstError?.message;
      out.push(`  ${cell.id}: ${errors} operations threw${first ? `: ${first}` : ""}`);
    }
    out.push("");
  }
  return out.join("\n");
}

function row(cell: CellResult): string[] {
  const s = cell.summary;
  const pool = cell.model === "async" ? "1 loop" : `${cell.poolSize}x${Math.max(...cell.inFlightPerWorker)}`;
  const trials = `${s?.okTrials ?? 0}/${cell.trials.length}`;
  if (!s) return [cell.model, String(cell.concurrency), pool, "failed", "", "", "", "", "", trials];
  return [
    cell.model,
    String(cell.concurrency),
    pool,
    formatRate(s.throughput),
    formatMs(s.p50Ms),
    formatMs(s.p99Ms),
    formatMs(s.loopDelayMaxMs),
    formatUs(s.cpuPerOpUs),
    formatKb(s.memPerInFlightKb),
    trials,
  ];
}

/** Pads columns; numbers align right, words left. */
export function alignColumns(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
  return rows.map((r) =>
    r
      .map((cell, i) => (i <= 1 || i === 2 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join("  ")
      .trimEnd(),
  );
}
