import type { CellResult, ResultsFile, StallSite } from "../results/types.js";
import { fisherGreater } from "../stats/fisher.js";
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
 * Candidate new blocking sites: a file:line that stalled a loop in most
 * current trials of a cell and in none or few baseline trials. Counting
 * trials, not stalls, keeps one trial with a thousand stalls from outvoting
 * nine clean ones; GC pauses are left out because the code did not ask for
 * them.
 *
 * A site with a named blocking API (`readFileSync`, `time.sleep`) is a fact
 * about the code: the rule alone gates it. A site found only by sampling where
 * the loop was when it stalled is not: on a loaded machine any callback gets
 * caught, and 6 of 10 against 1 of 10 happens by chance. Those carry a
 * one-sided Fisher exact p that compare() Holm-corrects with the gated
 * metrics, and only a significant one fails the gate.
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
      const p = gated ? fisherGreater(s.trials, curSites.of, inBase, baseSites.of) : null;
      const named = Boolean(s.site.api);
      out.push({
        cell: cur.id,
        scenario: cur.scenario,
        model: cur.model,
        concurrency: cur.concurrency,
        site: pickSite(s.site),
        current: { trials: s.trials, of: curSites.of, maxStallMs: s.maxStallMs },
        baseline: gated ? { trials: inBase, of: baseSites.of } : null,
        p,
        pAdjusted: null,
        needsTest: gated && !named,
        gated,
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
      // GC, a busy machine or another thread holding the GIL is no line's fault.
      if (!stall.site || stall.gc || stall.descheduled || stall.gilWait) continue;
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

/** New blocking findings of one site (file:line), merged over the cells that showed it. */
export interface SiteFinding {
  file: string;
  line: number;
  function?: string;
  api?: string;
  /** True when any of its cells counts against the gate. */
  gated: boolean;
  cells: string[];
  /** Trials with the stall, over the ok trials of those cells. */
  trials: number;
  of: number;
  maxStallMs: number;
  /** Baseline trials of the same cells that had it, over their ok trials; null when no cell had a baseline. */
  baseline: { trials: number; of: number } | null;
}

/**
 * The comparison reports a new site once per cell; a reader (and the gate's count) wants it once
 * per line of code: one `readFileSync` that stalls nine cells is one finding, not nine.
 */
export function groupFindings(findings: readonly BlockingFinding[]): SiteFinding[] {
  const sites = new Map<string, SiteFinding>();
  for (const f of findings) {
    const key = `${f.site.file}:${f.site.line}`;
    let entry = sites.get(key);
    if (!entry) {
      entry = {
        file: f.site.file,
        line: f.site.line,
        ...(f.site.function !== undefined && { function: f.site.function }),
        ...(f.site.api !== undefined && { api: f.site.api }),
        gated: false,
        cells: [],
        trials: 0,
        of: 0,
        maxStallMs: 0,
        baseline: null,
      };
      sites.set(key, entry);
    }
    entry.api ??= f.site.api;
    entry.function ??= f.site.function;
    entry.gated ||= f.gated;
    entry.cells.push(f.cell);
    entry.trials += f.current.trials;
    entry.of += f.current.of;
    entry.maxStallMs = Math.max(entry.maxStallMs, f.current.maxStallMs);
    if (f.baseline) entry.baseline = { trials: (entry.baseline?.trials ?? 0) + f.baseline.trials, of: (entry.baseline?.of ?? 0) + f.baseline.of };
  }
  return [...sites.values()];
}
