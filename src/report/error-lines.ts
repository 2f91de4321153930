import { findRaces } from "../compare/race.js";
import type { CellComparison, Comparison } from "../compare/types.js";
import { measuredTrial, OTHER_KIND, summarizeErrors } from "../results/errors.js";
import type { CellResult, ErrorSite } from "../results/types.js";
import { errorSiteText, kindText, raceLines, rateChangeText } from "./error-text.js";
import { logLine } from "../shared/log-text.js";
import { formatP, formatRate } from "./number-format.js";

/** Kinds shown under a scenario in the terminal; the results JSON has them all. */
const KINDS_SHOWN = 3;

/** The `errors` column: the cell's median error rate and its failed operations, `3.1% (410)`; `0` when none failed. */
export function errorColumn(cell: CellResult): string {
  const measured = cell.trials.filter(measuredTrial);
  const failed = measured.reduce((n, t) => n + t.errors, 0);
  if (failed === 0) return "0";
  const rate = cell.summary?.errorRate;
  // A cell whose every trial failed has no ok trial to take a median over: all of it failed.
  return `${formatRate(rate ?? (measured.some((t) => t.status === "ok") ? null : 1))} (${failed})`;
}

/**
 * Under a scenario's table: its most frequent kinds of error, with the cells they came from, the
 * line that threw and its source, and the race wording when a kind fails only above concurrency 1
 * or only in one model.
 */
export function scenarioErrorLines(cells: readonly CellResult[], scenario: string): string[] {
  const own = cells.filter((c) => c.scenario === scenario);
  const kinds = new Map<string, { kind: string; count: number; cells: string[]; site?: ErrorSite }>();
  for (const cell of own) {
    for (const e of cell.errors ?? summarizeErrors(cell)) {
      const entry = kinds.get(e.kind) ?? { kind: e.kind, count: 0, cells: [] };
      entry.count += e.count;
      entry.cells.push(`${cell.model}/${cell.concurrency}`);
      if (!entry.site && e.site) entry.site = e.site;
      kinds.set(e.kind, entry);
    }
  }
  if (kinds.size === 0) return [];
  const sorted = [...kinds.values()].sort((a, b) => Number(a.kind === OTHER_KIND) - Number(b.kind === OTHER_KIND) || b.count - a.count);
  const races = findRaces(own);
  const out = ["  errors (failed operations, not counted in throughput or latency):"];
  for (const k of sorted.slice(0, KINDS_SHOWN)) {
    const cellsText = k.cells.length > 4 ? `${k.cells.slice(0, 4).join(", ")} and ${k.cells.length - 4} more` : k.cells.join(", ");
    out.push(logLine(`    "${k.kind}" x${k.count} in ${cellsText}${k.site ? ` at ${errorSiteText(k.site)}` : ""}`));
    if (k.site?.source) out.push(`      > ${logLine(k.site.source.trim())}`);
    for (const line of raceLines(races.filter((r) => r.kind === k.kind), scenario, { withKind: false })) out.push(`      ${logLine(line)}`);
  }
  if (sorted.length > KINDS_SHOWN) out.push(`    and ${sorted.length - KINDS_SHOWN} more kinds (see the results JSON)`);
  return out;
}

/** The compared cells with something to say about errors: a test was made, or the current run failed some. */
export function cellsWithErrors(c: Comparison): CellComparison[] {
  return c.cells.filter((cell) => cell.errors && (cell.errors.p !== null || cell.errors.kinds.length > 0));
}

/**
 * The `compare` output's error section: each cell's error rate compared, its kinds (new ones
 * marked) with the line that threw and its first message, then the race wording per scenario.
 */
export function comparisonErrorLines(c: Comparison): string[] {
  const cells = cellsWithErrors(c);
  const races = c.races ?? [];
  if (cells.length === 0 && races.length === 0) return [];
  const out = ["", "Error rates (failed / started operations per trial; failed operations are not in throughput or latency):"];
  const shown = new Set<string>();
  for (const cell of cells) {
    const e = cell.errors!;
    const label = (e.verdict === "regression" ? "REGRESSION" : e.verdict).padEnd(13);
    out.push(`  ${label}${cell.id}: ${rateChangeText(e)}, failing in ${e.current.erring} of ${e.current.n} trials (baseline ${e.baseline.erring} of ${e.baseline.n})${e.pAdjusted !== null ? `, p ${formatP(e.pAdjusted)} after Holm` : ""}`);
    for (const k of e.kinds.slice(0, KINDS_SHOWN)) {
      out.push(`${" ".repeat(17)}${logLine(kindText(k))}`);
      const key = `${k.kind}\u0000${k.site?.file}:${k.site?.line}`;
      if (shown.has(key)) continue;
      shown.add(key);
      if (k.site?.source) out.push(`${" ".repeat(19)}> ${logLine(k.site.source.trim())}`);
      if (k.message !== k.kind) out.push(`${" ".repeat(19)}first message: ${logLine(k.message)}`);
    }
    if (e.kinds.length > KINDS_SHOWN) out.push(`${" ".repeat(17)}and ${e.kinds.length - KINDS_SHOWN} more kinds (see the JSON)`);
  }
  for (const scenario of [...new Set(races.map((r) => r.scenario))]) for (const line of raceLines(races, scenario)) out.push(logLine(`  ${scenario}: ${line}`));
  return out;
}
