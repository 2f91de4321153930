import { plannedTrialMs, type CellPlan } from "./plan.js";
import { trialsAfterRound } from "./rounds.js";

/**
 * Expected time of each open cell's part of round `round`, ms: its planned trials on every arm
 * (side by side both arms grow), each its planned length scaled by `msPerPlannedMs`, the measured
 * time of the trials so far over their planned time. A cell with twice the planned length of the
 * average trial so far is expected to take twice the mean measured time per trial.
 */
export function nextRoundCosts(armCells: readonly (readonly CellPlan[])[], step: number, round: number, msPerPlannedMs: number): Map<string, number> {
  const costs = new Map<string, number>();
  for (const cells of armCells) {
    for (const cell of cells) {
      const trials = trialsAfterRound(cell, step, round) - trialsAfterRound(cell, step, round - 1);
      costs.set(cell.id, (costs.get(cell.id) ?? 0) + trials * plannedTrialMs(cell) * msPerPlannedMs);
    }
  }
  return costs;
}

/** An open cell's claim on the next round: how far it leans towards a regression, and its expected time. */
export interface RoundCandidate {
  id: string;
  priority: number;
  costMs: number;
}

/**
 * The open cells the next round runs within `remainingMs`: every one when the whole round fits;
 * else, highest priority first (ties in the order given), each cell whose full round still fits
 * in what the cells taken before it left, so a smaller cell further down may use time a larger one
 * could not. A cell is never given part of its round: the looks stay on the planned grid.
 */
export function chooseCells(candidates: readonly RoundCandidate[], remainingMs: number): string[] {
  const ranked = candidates.map((c, i) => ({ ...c, priority: Number.isNaN(c.priority) ? -Infinity : c.priority, i })).sort((a, b) => (a.priority === b.priority ? a.i - b.i : b.priority > a.priority ? 1 : -1));
  const chosen = new Set<string>();
  let left = remainingMs;
  for (const c of ranked) {
    if (c.costMs > left) continue;
    chosen.add(c.id);
    left -= c.costMs;
  }
  return candidates.filter((c) => chosen.has(c.id)).map((c) => c.id);
}
