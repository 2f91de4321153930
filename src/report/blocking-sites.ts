import type { ResultsFile, StallSite } from "../results/types.js";

/** One line of user code that stalled a loop, summed over every cell and trial of a run. */
export interface SiteSummary {
  file: string;
  line: number;
  function?: string;
  api?: string;
  /** Cells (`SCENARIO/MODEL/CONCURRENCY`) where it stalled a loop. */
  cells: string[];
  stalls: number;
  /** Trials where it appeared, over the ok trials of those cells. */
  trials: number;
  of: number;
  maxStallMs: number;
  totalStallMs: number;
}

/** `file:line` of every blocking site of a run (none without a run): to tell a known site from a new one. */
export function siteKeys(results: ResultsFile | undefined): Set<string> {
  return new Set(results ? collectSites(results).map((s) => `${s.file}:${s.line}`) : []);
}

/**
 * Every blocking site of one run, worst first. Without a baseline there are no "new" sites, but a
 * stalled loop is still worth pointing at: the first report a team sees should already show it.
 * GC pauses are left out (the code did not ask for them).
 */
export function collectSites(results: ResultsFile): SiteSummary[] {
  const sites = new Map<string, SiteSummary & { seenIn: Set<string> }>();
  for (const cell of results.cells) {
    const ok = cell.trials.filter((t) => t.status === "ok");
    const inCell = new Map<string, number>();
    for (const trial of ok) {
      const seen = new Set<string>();
      for (const stall of trial.stalls ?? []) {
        if (!stall.site || stall.gc) continue;
        const key = `${stall.site.file}:${stall.site.line}`;
        const entry = sites.get(key) ?? { ...siteFields(stall.site), cells: [], stalls: 0, trials: 0, of: 0, maxStallMs: 0, totalStallMs: 0, seenIn: new Set<string>() };
        entry.stalls++;
        entry.maxStallMs = Math.max(entry.maxStallMs, stall.durationMs);
        entry.totalStallMs += stall.durationMs;
        if (!seen.has(key)) {
          seen.add(key);
          entry.trials++;
          inCell.set(key, (inCell.get(key) ?? 0) + 1);
        }
        sites.set(key, entry);
      }
    }
    for (const key of inCell.keys()) {
      const entry = sites.get(key)!;
      if (!entry.seenIn.has(cell.id)) {
        entry.seenIn.add(cell.id);
        entry.cells.push(cell.id);
        entry.of += ok.length;
      }
    }
  }
  return [...sites.values()]
    .map(({ seenIn: _seenIn, ...site }) => site)
    .sort((a, b) => b.totalStallMs - a.totalStallMs || a.file.localeCompare(b.file) || a.line - b.line);
}

function siteFields(site: StallSite): Pick<SiteSummary, "file" | "line" | "function" | "api"> {
  return {
    file: site.file,
    line: site.line,
    ...(site.function !== undefined && { function: site.function }),
    ...(site.api !== undefined && { api: site.api }),
  };
}
