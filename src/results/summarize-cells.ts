import { summarizeBlocking } from "./blocking.js";
import { markErrorLevels, summarizeErrors } from "./errors.js";
import { summarizeCell } from "./summarize.js";
import type { CellResult } from "./types.js";

/** Fills each cell's summary, blocking sites and error kinds from its trials (again, after trials were added or dropped). */
export function summarizeCells(cells: CellResult[], fresh = false): void {
  for (const cell of cells) {
    if (fresh) {
      delete cell.summary;
      delete cell.blocking;
      delete cell.errors;
    }
    const summary = cell.summary ?? summarizeCell(cell);
    if (summary) cell.summary = summary;
    const blocking = summarizeBlocking(cell);
    if (blocking.length > 0) cell.blocking = blocking;
    const errors = summarizeErrors(cell);
    if (errors.length > 0) cell.errors = errors;
  }
  markErrorLevels(cells);
}
