import { availableParallelism } from "node:os";
import { withCostMode } from "../config/cost-mode.js";
import type { Config } from "../config/types.js";
import { probeValgrind } from "../execute/cost/valgrind.js";
import { estimateCostMs } from "../plan/cost-estimate.js";
import { planForBudget } from "../plan/time-budget.js";
import type { ResultsFile } from "../results/types.js";
import { measure, measureSideBySide, type MeasureOptions } from "./measure.js";

export interface RunRequest extends Omit<MeasureOptions, "config"> {
  config: Config;
  /**
   * A base to measure side by side (its trials taking turns with the current code's): its config
   * file and, for a checkout made for this run, its commit.
   */
  base?: { config: string; git?: { sha: string; ref?: string }; out?: string };
  /** Fit the run into this much time by trimming trials, then trial length (`time-budget`). */
  timeBudgetMs?: number;
  /** The alpha the run will be judged at, for the time budget's warning that it has no power left. */
  alpha: number;
}

export interface RunOutcome {
  results: ResultsFile;
  out: string;
  base?: { results: ResultsFile; out: string };
  /** What the time budget trimmed, in words: for the log and the report. */
  notes: string[];
}

/**
 * Measures what a door asked for: the time budget applied first (halved per side when a base is
 * measured too, since every trial then runs twice), then one run or a side-by-side run.
 */
export async function measureRun(request: RunRequest): Promise<RunOutcome> {
  const { base, timeBudgetMs, alpha, ...options } = request;
  const notes: string[] = [];
  let sized: MeasureOptions = { ...options };
  if (timeBudgetMs !== undefined) {
    const requested = { ...(options.trials !== undefined && { trials: options.trials }), ...(options.durationMs !== undefined && { durationMs: options.durationMs }) };
    // The instruction counts take their share first, where valgrind will count at all.
    const counted = withCostMode(request.config, options.cost).scenarios.filter((s) => s.cost !== "off");
    const valgrind = options.valgrind ?? (counted.length > 0 ? await probeValgrind() : undefined);
    if (valgrind) sized.valgrind = valgrind;
    const reservedMs = valgrind?.ok ? estimateCostMs(counted, availableParallelism()) : 0;
    const fit = planForBudget(request.config, requested, base ? timeBudgetMs / 2 : timeBudgetMs, alpha, reservedMs);
    sized = { ...sized, ...(fit.trials !== undefined && { trials: fit.trials }), ...(fit.durationMs !== undefined && { durationMs: fit.durationMs }) };
    notes.push(...fit.notes);
  }
  if (!base) {
    const measured = await measure(sized);
    return { results: measured.results, out: measured.out, notes };
  }
  const measured = await measureSideBySide({
    ...sized,
    baseConfig: base.config,
    ...(base.out !== undefined && { baseOut: base.out }),
    ...(base.git && { baseGit: base.git }),
  });
  return { results: measured.results, out: measured.out, base: { results: measured.base.results, out: measured.base.out }, notes };
}
