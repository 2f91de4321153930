import { analyseHistory, DEFAULT_HISTORY_SETTINGS, type HistorySettings } from "../compare/change-points.js";
import { buildSeries, groupByMachine, type HistoryRun } from "../compare/history-series.js";
import type { HistoryResult, MachineHistory } from "../compare/history-result.js";
export type { HistoryResult } from "../compare/history-result.js";
import { firstParentOrder } from "../git/first-parent.js";
import { runsNeeded } from "../stats/e-divisive.js";
import type { BaselineStore } from "../store/store.js";

export interface HistoryRequest {
  /** The repository whose default branch orders the baselines. */
  cwd: string;
  /** Revisions tried in turn for the commit order (`origin/HEAD`, `HEAD`). */
  revisions: readonly string[];
  /** Only baselines of this branch ref (or that recorded none). */
  ref?: string;
  only?: readonly string[];
  settings?: Partial<HistorySettings>;
}

/**
 * The history analysis both doors run: every readable baseline of the store, in the order the
 * default branch's first-parent line has their commits (else by when they were measured), split
 * by machine, each cell's metrics as series, change points and drifts found over all of them as
 * one family.
 */
export async function historyOf(store: BaselineStore, request: HistoryRequest): Promise<HistoryResult> {
  const settings: HistorySettings = { ...DEFAULT_HISTORY_SETTINGS, ...request.settings };
  const stored = await store.loadAll(request.ref ? { ref: request.ref } : {});
  const runs: HistoryRun[] = stored.runs.map(({ entry, results }) => ({ sha: entry.sha, createdAt: results.createdAt, results }));
  const order = await orderRuns(runs, request);
  const groups = groupByMachine(runs).map((group) => ({ group, series: buildSeries(group, request.only) }));
  // The fewest baselines with which a split could pass the family's level at all (each series brings
  // two tests): below it a machine claims nothing, and the report says how many it has and needs.
  const tests = 2 * Math.max(1, groups.reduce((n, g) => n + g.series.length, 0));
  const needed = Math.max(settings.minBaselines, runsNeeded(settings.alpha / tests, settings.minSegment));
  const machines: MachineHistory[] = groups.map(({ group }) => ({ fingerprint: group.fingerprint, machine: group.machine, baselines: group.runs.length, needed }));
  const series = groups.filter(({ group }) => group.runs.length >= needed).flatMap((g) => g.series);
  const analysis = analyseHistory(series, { ...settings, minBaselines: needed });
  return { store: store.description, order, baselines: runs.length, skipped: stored.skipped, machines, analysis };
}

/** Sorts `runs` in place, oldest first. */
async function orderRuns(runs: HistoryRun[], request: HistoryRequest): Promise<HistoryResult["order"]> {
  const line = runs.length > 1 ? await firstParentOrder(request.cwd, request.revisions) : undefined;
  if (line) {
    const position = new Map(line.commits.map((sha, i) => [sha.toLowerCase(), i]));
    const missing = runs.filter((r) => !position.has(r.sha.toLowerCase())).length;
    if (missing === 0) {
      runs.sort((a, b) => position.get(a.sha.toLowerCase())! - position.get(b.sha.toLowerCase())!);
      return { by: "commits", revision: line.revision };
    }
    sortByTime(runs);
    return { by: "time", why: `${missing} of ${runs.length} baseline commits are not on the first-parent line of ${line.revision} (a shallow clone? fetch-depth: 0 gives the whole line)` };
  }
  sortByTime(runs);
  return { by: "time", why: runs.length > 1 ? `no commit history of ${request.revisions.join(" or ")} in this repository` : "one baseline or none" };
}

function sortByTime(runs: HistoryRun[]): void {
  runs.sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.sha.localeCompare(b.sha));
}
