import type { PartialRound, StopReason } from "../results/types.js";
import { durationText } from "../shared/duration-text.js";

/** One cell of an adaptive run: its trials and why it got no more. */
export interface CellStop {
  id: string;
  trials: number;
  stop?: { reason: StopReason; round: number };
}

/** How an adaptive run was set up and went, as recorded in its results. */
export interface RoundsSummary {
  max: number;
  rounds: number;
  elapsedMs: number;
  budgetMs?: number;
  partial?: PartialRound;
}

/** Why a cell stopped, in a few words: "decided unchanged after 6 trials". */
export function stopText(stop: CellStop["stop"], trials: number): string {
  switch (stop?.reason) {
    case "unchanged":
      return `decided unchanged after ${trials} trials`;
    case "changed":
      return `decided changed after ${trials} trials`;
    case "no-regression":
      return `no regression in sight after ${trials} trials (stopped early)`;
    case "cap":
      return `reached its cap (${trials} trials), still undecided`;
    case "time":
      return `out of time after ${trials} trials, still undecided`;
    case "not-compared":
      return `nothing to compare with after ${trials} trials`;
    default:
      return `${trials} trials`;
  }
}

/**
 * How an adaptive run spent its time, in one line for headlines:
 * "adaptive: 9 of 12 cells decided (6 after 6 trials, 3 after 10), 3 ran to the cap of 30; 4 rounds, 4m10s of a 10m budget";
 * a round the budget let run for only some cells says so: "4 rounds (round 4 for 4 of 9 open cells)".
 */
export function adaptiveHeadline(cells: readonly CellStop[], run: RoundsSummary): string {
  const decided = cells.filter((c) => c.stop?.reason === "unchanged" || c.stop?.reason === "changed");
  const byTrials = new Map<number, number>();
  for (const c of decided) byTrials.set(c.trials, (byTrials.get(c.trials) ?? 0) + 1);
  const after = [...byTrials.entries()].sort((a, b) => a[0] - b[0]).map(([trials, n], i) => `${n} after ${trials}${i === 0 ? " trials" : ""}`);
  const parts = [`${decided.length} of ${cells.length} cells decided${after.length > 0 ? ` (${after.join(", ")})` : ""}`];
  const clear = cells.filter((c) => c.stop?.reason === "no-regression").length;
  if (clear > 0) parts.push(`${clear} stopped early with no regression in sight`);
  const capped = cells.filter((c) => c.stop?.reason === "cap").length;
  if (capped > 0) parts.push(`${capped} ran to the cap of ${run.max}`);
  const late = cells.filter((c) => c.stop?.reason === "time");
  if (late.length > 0) parts.push(`${late.length} stopped by the time budget`);
  const none = cells.filter((c) => c.stop?.reason === "not-compared").length;
  if (none > 0) parts.push(`${none} with nothing to compare with`);
  const time = `${durationText(run.elapsedMs)}${run.budgetMs !== undefined ? ` of a ${durationText(run.budgetMs)} budget` : ""}`;
  const partial = run.partial ? ` (round ${run.partial.round} for ${run.partial.cells} of ${run.partial.open} open cells)` : "";
  return `adaptive: ${parts.join(", ")}; ${run.rounds} round${run.rounds === 1 ? "" : "s"}${partial}, ${time}`;
}

/** One line per cell: its trials and why it stopped. */
export function cellStopLines(cells: readonly CellStop[]): string[] {
  return cells.filter((c) => c.stop).map((c) => `${c.id}: ${stopText(c.stop, c.trials)}`);
}

