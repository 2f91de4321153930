import type { CellResult, ResultsFile, StallSite } from "../results/types.js";
import type { BlockingFinding } from "./types.js";

/** A site is "in most trials" above this share of the cell's ok trials. */
export const MOST = 0.5;
/** A site is "rare" in the baseline at or below this share. */
export const RARE = 0.1;

interface SiteCount {
  site: StallSite;
  trials: number;
  maxStallMs: number;
}

/**
 * New blocking sites: a file:line that stalled a loop in most current trials
 * of a cell and in none or few baseline trials. Counting trials, not stalls,
 * keeps one trial with a thousand stalls from outvoting nine clean ones; GC
 * pauses are left out because the code did not ask for them.
 */
export function findBlocking(baseline: ResultsFile, current: ResultsFile): BlockingFinding[] {
  const baseCells = new Map(baseline.cells.map((c) => [c.id, c]));
  const out: BlockingFinding[] = [];
  for (const cur of current.cells) {
    const curSites = countSites(cur);
    if (curSites.of === 0) continue;
    const base = baseCells.get(cur.id);
    const baseSites = base ? countSites(base) : null;
    for (const [key, s] of curSites.sites) {
      if (s.trials / curSites.of <= MOST) continue;
      const inBase = baseSites?.sites.get(key)?.trials ?? 0;
      const gated = baseSites !== null && baseSites.of > 0;
      if (gated && inBase / baseSites.of > RARE) continue;
      const fn = s.site.function ? ` in ${s.site.function}` : "";
      const api = s.site.api ? ` (${s.site.api})` : "";
      const baseText = gated ? `${inBase} of ${baseSites.of} baseline trials` : "no baseline for this cell";
      out.push({
        cell: cur.id,
        scenario: cur.scenario,
        model: cur.model,
        concurrency: cur.concurrency,
        site: pickSite(s.site),
        current: { trials: s.trials, of: curSites.of, maxStallMs: s.maxStallMs },
        baseline: gated ? { trials: inBase, of: baseSites.of } : null,
        gated,
        message:
          `${cur.id}: new blocking site ${key}${fn}${api} stalled the loop in ${s.trials} of ${curSites.of} trials ` +
          `(up to ${Math.round(s.maxStallMs)}ms), ${baseText}`,
      });
    }
  }
  return out;
}

function countSites(cell: CellResult): { of: number; sites: Map<string, SiteCount> } {
  const ok = cell.trials.filter((t) => t.status === "ok");
  const sites = new Map<string, SiteCount>();
  for (const t of ok) {
    const seen = new Set<string>();
    for (const stall of t.stalls ?? []) {
      if (!stall.site || stall.gc) continue;
      const key = `${stall.site.file}:${stall.site.line}`;
      const entry = sites.get(key) ?? { site: stall.site, trials: 0, maxStallMs: 0 };
      if (!seen.has(key)) {
        entry.trials += 1;
        seen.add(key);
      }
      entry.maxStallMs = Math.max(entry.maxStallMs, stall.durationMs);
      sites.set(key, entry);
    }
  }
  return { of: ok.length, sites };
}

function pickSite(s: StallSite): BlockingFinding["site"] {
  const site: BlockingFinding["site"] = { file: s.file, line: s.line };
  if (s.function) site.function = s.function;
  if (s.api) site.api = s.api;
  return site;
}
