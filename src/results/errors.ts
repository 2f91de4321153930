import { capKinds, OTHER_KIND, OTHER_MESSAGE } from "../execute/error-kinds.js";
import type { CellError, CellResult, TrialResult } from "./types.js";

export { errorRate, normalizeMessage, OTHER_KIND } from "../execute/error-kinds.js";

/**
 * A cell's failed operations by kind, across the trials that measured (ok ones, and those in
 * which every operation failed): how many failed, in how many trials, where it was thrown.
 * A kind seen in every trial is a property of the code under this load; most failures first.
 */
export function summarizeErrors(cell: CellResult): CellError[] {
  const measured = cell.trials.filter(measuredTrial);
  const groups = new Map<string, CellError>();
  for (const trial of measured) {
    for (const k of trial.errorKinds ?? []) {
      const group = groups.get(k.kind);
      if (group) {
        group.count += k.count;
        group.trials++;
        // The first trial that named a site gives the site and stack.
        if (!group.site && k.site) Object.assign(group, { site: k.site, ...(k.stack && { stack: k.stack }) });
      } else {
        groups.set(k.kind, {
          kind: k.kind,
          message: k.message,
          count: k.count,
          trials: 1,
          share: 0,
          ...(k.site && { site: k.site }),
          ...(k.stack && { stack: k.stack }),
        });
      }
    }
  }
  const errors = capKinds([...groups.values()], (count) => ({ kind: OTHER_KIND, message: OTHER_MESSAGE, count, trials: 0, share: 0 }));
  const other = errors.find((e) => e.kind === OTHER_KIND);
  if (other) {
    const kept = new Set(errors.filter((e) => e !== other).map((e) => e.kind));
    other.trials = measured.filter((t) => (t.errorKinds ?? []).some((k) => !kept.has(k.kind))).length;
  }
  for (const e of errors) e.share = measured.length > 0 ? e.trials / measured.length : 0;
  return errors;
}

/** A trial that ran its measured window: ok, or one in which every operation failed (its kinds count). */
export function measuredTrial(trial: TrialResult): boolean {
  return trial.status === "ok" || (trial.status === "error" && trial.errors > 0);
}

/**
 * Marks each kind with the concurrency levels of the same scenario and model at which it
 * occurred: a kind absent at 1 and present above it fails only with 2+ operations in flight.
 */
export function markErrorLevels(cells: CellResult[]): void {
  const levels = new Map<string, Set<number>>();
  const key = (cell: CellResult, kind: string) => `${cell.scenario}\u0000${cell.model}\u0000${kind}`;
  for (const cell of cells) {
    for (const e of cell.errors ?? []) {
      const set = levels.get(key(cell, e.kind)) ?? new Set<number>();
      set.add(cell.concurrency);
      levels.set(key(cell, e.kind), set);
    }
  }
  for (const cell of cells) {
    for (const e of cell.errors ?? []) e.levels = [...levels.get(key(cell, e.kind))!].sort((a, b) => a - b);
  }
}
