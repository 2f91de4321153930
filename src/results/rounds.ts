import { summarizeCells } from "./summarize-cells.js";
import type { ResultsFile, TrialResult } from "./types.js";

/** The round a trial belongs to; trials of a fixed run (no round recorded) are all the first round's. */
export function roundOf(trial: TrialResult): number {
  return trial.round ?? 1;
}

/** The last round any trial of the run belongs to. */
export function lastRound(results: ResultsFile): number {
  let last = 1;
  for (const cell of results.cells) for (const t of cell.trials) last = Math.max(last, roundOf(t));
  return last;
}

/**
 * The run as it stood after round `round`: later trials dropped and each cell's summary, blocking
 * sites and error kinds made again from what is left, so a look replayed from the file sees what
 * the run saw when it took that look.
 */
export function upToRound(results: ResultsFile, round: number): ResultsFile {
  const cells = results.cells.map((cell) => {
    const { summary: _s, blocking: _b, errors: _e, error: _err, ...rest } = cell;
    return { ...rest, trials: cell.trials.filter((t) => roundOf(t) <= round), ...(cell.error !== undefined && { error: cell.error }) };
  });
  summarizeCells(cells, true);
  return { ...results, cells };
}
