import { mulberry32, plannedTrialMs, shuffle, type CellPlan, type Plan, type TrialPlan } from "./plan.js";

/**
 * Trials a cell has after round `round` of an adaptive run: its own bounds stepped by the run's
 * design; a scenario with a fixed count gets all of it in the first round.
 */
export function trialsAfterRound(cell: CellPlan, step: number, round: number): number {
  const bounds = cell.scenario.adaptive;
  if (!bounds) return round >= 1 ? cell.scenario.trials : 0;
  return round < 1 ? 0 : Math.min(bounds.max, bounds.min + (round - 1) * step);
}

/** True when the cell has all the trials it may get after `round`. */
export function atCap(cell: CellPlan, step: number, round: number): boolean {
  return trialsAfterRound(cell, step, round + 1) <= trialsAfterRound(cell, step, round);
}

/**
 * One round's plan: the given cells' new trials (indices continuing after those already run),
 * shuffled together with a seed of the round's own, so a round keeps the randomized interleaving.
 */
export function roundPlan(cells: readonly CellPlan[], design: { step: number }, round: number, seed: number, firstOrder: number): Plan {
  const trials: TrialPlan[] = cells.flatMap((cell) => {
    const from = trialsAfterRound(cell, design.step, round - 1);
    const to = trialsAfterRound(cell, design.step, round);
    return Array.from({ length: Math.max(0, to - from) }, (_, i) => ({ cell: { ...cell, scenario: { ...cell.scenario, trials: to - from } }, index: from + i, order: 0 }));
  });
  const planCells = [...new Map(trials.map((t) => [t.cell.id, t.cell])).values()];
  for (const t of trials) t.cell = planCells.find((c) => c.id === t.cell.id)!;
  const roundSeed = (seed + round * 7919) >>> 0;
  shuffle(trials, mulberry32(roundSeed));
  trials.forEach((t, i) => (t.order = firstOrder + i));
  const estimatedMs = trials.reduce((sum, t) => sum + plannedTrialMs(t.cell), 0);
  return { cells: planCells, trials, seed: roundSeed, estimatedMs };
}
