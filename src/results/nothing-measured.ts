import type { ResultsFile } from "./types.js";

/**
 * Why a run measured nothing (every cell failed: no trial gave a number), or undefined when any
 * cell was measured. Both doors fail on it, after writing the results and the report: a run that
 * only failed is not a run that passed. A run where some cells failed still measured the others.
 */
export function nothingMeasured(results: ResultsFile): string | undefined {
  const cells = results.cells;
  if (cells.length === 0 || cells.some((c) => c.summary !== undefined)) return undefined;
  const first = cells[0]!;
  const why = (first.error ?? first.trials.find((t) => t.message)?.message ?? "no trial completed").split("\n")[0]!.slice(0, 300);
  return `nothing was measured: every cell failed (${cells.length} cell${cells.length === 1 ? "" : "s"}; ${first.id}: ${why})`;
}
