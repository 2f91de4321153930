import { availableParallelism } from "node:os";
import { withCostMode } from "../config/cost-mode.js";
import type { Config } from "../config/types.js";
import { probeValgrind } from "../execute/cost/valgrind.js";
import { estimateCostMs } from "../plan/cost-estimate.js";
import { planForBudget } from "../plan/time-budget.js";
import type { ResultsFile } from "../results/types.js";
import { measure, measureSideBySide, type MeasureOptions } from "./measure.js";
import { planTeeth, planTeethWarning } from "./plan-teeth.js";

export interface RunRequest extends Omit<MeasureOptions, "config"> {
  config: Config;
  /**
   * A base to measure side by side (its trials taking turns with the current code's): its config
   * file and, for a checkout made for this run, its commit.
   */
  base?: { config: string; git?: { sha: string; ref?: string }; out?: string };
  /** Fit the run into this much time by trimming trials, then trial length (`time-budget`). */
  timeBudgetMs?: number;
  /** The alpha the run will be judged at: whether its plan has teeth, and the time budget's floor of trials. */
  alpha: number;
  /** Told before any trial runs when the plan has no teeth (the CLI's stderr, the action's warning). */
  onWarning?: (message: string) => void;
}

export interface RunOutcome {
  results: ResultsFile;
  out: string;
  base?: { results: ResultsFile; out: string };
  /** What the time budget trimmed, in words: for the log and the report. */
  notes: string[];
  /** Said before the trials ran: the plan has no teeth (no change could be significant). */
  warnings: string[];
}

/**
 * Measures what a door asked for: the time budget applied first (halved per side when a base is
 * measured too, since every trial then runs twice), then one run or a side-by-side run.
 */
export async function measureRun(request: RunRequest): Promise<RunOutcome> {
  const { base, timeBudgetMs, alpha, onWarning, ...options } = request;
  const notes: string[] = [];
  const sideBySide = base !== undefined;
  let sized: MeasureOptions = { ...options };
  if (timeBudgetMs !== undefined) {
    const requested = { ...(options.trials !== undefined && { trials: options.trials }), ...(options.durationMs !== undefined && { durationMs: options.durationMs }) };
    // The instruction counts take their share first, where valgrind will count at all.
    const counted = withCostMode(request.config, options.cost).scenarios.filter((s) => s.cost !== "off");
    const valgrind = options.valgrind ?? (counted.length > 0 ? await probeValgrind() : undefined);
    if (valgrind) sized.valgrind = valgrind;
    const reservedMs = valgrind?.ok ? estimateCostMs(counted, availableParallelism()) : 0;
    const { floor } = planTeeth(request.config, options.only, sideBySide, alpha);
    const fit = planForBudget(request.config, requested, base ? timeBudgetMs / 2 : timeBudgetMs, floor, reservedMs);
    sized = { ...sized, ...(fit.trials !== undefined && { trials: fit.trials }), ...(fit.durationMs !== undefined && { durationMs: fit.durationMs }) };
    notes.push(...fit.notes);
  }
  const warning = planTeethWarning(request.config, sized, sideBySide, alpha);
  const warnings = warning ? [warning] : [];
  if (warning) onWarning?.(warning);
  if (!base) {
    const measured = await measure(sized);
    return { results: measured.results, out: measured.out, notes, warnings };
  }
  const measured = await measureSideBySide({
    ...sized,
    baseConfig: base.config,
    ...(base.out !== undefined && { baseOut: base.out }),
    ...(base.git && { baseGit: base.git }),
  });
  return { results: measured.results, out: measured.out, base: { results: measured.base.results, out: measured.base.out }, notes, warnings };
}
