import { availableParallelism } from "node:os";
import { withCostMode } from "../config/cost-mode.js";
import type { Config } from "../config/types.js";
import { probeValgrind, type ValgrindProbe } from "../execute/cost/valgrind.js";
import { estimateCostMs } from "../plan/cost-estimate.js";
import { MEASURE_SHARE, planForBudget } from "../plan/time-budget.js";
import { adaptiveDesign, withTrials, type TrialsRequest } from "../config/trials-mode.js";
import type { CompareSettings } from "../config/types.js";
import type { SequentialDesign } from "../stats/sequential.js";
import type { ResultsFile } from "../results/types.js";
import { InputError } from "../shared/input-error.js";
import { measure, measureSideBySide, type MeasureOptions } from "./measure.js";
import { planTeeth, planTeethWarning } from "./plan-teeth.js";

export interface RunRequest extends Omit<MeasureOptions, "config" | "trials" | "adaptive"> {
  config: Config;
  /** A fixed count per cell for every scenario, or `adaptive` (rounds); none: as the config says. */
  trials?: TrialsRequest;
  /** The settings the run will be judged by (an adaptive run's looks use them); default the config's. */
  settings?: CompareSettings;
  /** An adaptive run without a base arm: the stored baseline its looks compare with, and the drift history. */
  baseline?: ResultsFile;
  history?: readonly ResultsFile[];
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
  const { base, timeBudgetMs, alpha, onWarning, trials, settings, baseline, history, ...rest } = request;
  const config = withTrials(request.config, trials);
  const options: MeasureOptions = { ...rest, config, ...(typeof trials === "number" && { trials }) };
  const notes: string[] = [];
  const sideBySide = base !== undefined;
  let sized: MeasureOptions = { ...options };
  const design = adaptiveDesign(config);
  if (rest.shard) refuseForShards(Boolean(design), timeBudgetMs);
  // With a time budget the instruction counts take their share first, where valgrind will count at all.
  const counts = timeBudgetMs === undefined ? undefined : await reserveForCounts(config, options);
  if (counts?.valgrind) sized.valgrind = counts.valgrind;
  const reservedMs = counts?.reservedMs ?? 0;
  if (design) {
    const budgetMs = timeBudgetMs === undefined ? undefined : Math.max(0, timeBudgetMs * MEASURE_SHARE - reservedMs);
    sized.adaptive = {
      design,
      settings: settings ?? request.config.compare,
      budgets: request.config.budgets,
      ...(!base && baseline && { baseline }),
      ...(!base && baseline && history && history.length > 0 && { drift: { history } }),
      ...(budgetMs !== undefined && { budgetMs }),
      ...(timeBudgetMs !== undefined && { timeBudgetMs }),
    };
    notes.push(adaptiveNote(design, Boolean(base), Boolean(baseline), timeBudgetMs));
  } else if (timeBudgetMs !== undefined) {
    const requested = { ...(typeof trials === "number" && { trials }), ...(options.durationMs !== undefined && { durationMs: options.durationMs }) };
    const { floor } = planTeeth(config, options.only, sideBySide, alpha);
    const fit = planForBudget(config, requested, base ? timeBudgetMs / 2 : timeBudgetMs, floor, reservedMs);
    sized = { ...sized, ...(fit.trials !== undefined && { trials: fit.trials }), ...(fit.durationMs !== undefined && { durationMs: fit.durationMs }) };
    notes.push(...fit.notes);
  }
  // An adaptive run can grow each cell to its cap: its teeth are judged at the cap.
  const warning = planTeethWarning(config, design ? { ...sized, trials: design.max } : sized, sideBySide, alpha);
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

/**
 * A shard runs a fixed share of one plan. An adaptive run's looks would decide on one shard's cells
 * (a smaller family than the merged plan's), and a time budget would trim each shard differently,
 * so the shards would no longer be parts of one plan.
 */
function refuseForShards(adaptive: boolean, timeBudgetMs: number | undefined): void {
  if (timeBudgetMs !== undefined) throw new InputError("shard with time-budget: each shard would trim its own plan differently and the shards would no longer merge; shard into more jobs instead, or set trials and duration");
  if (adaptive) throw new InputError("shard: a sharded run needs a fixed number of trials (trials: adaptive decides on one shard's cells, not the whole plan's); give trials as a number");
}

/** The scenarios valgrind will count (asked once, unless the door already did) and their estimated share of the time. */
async function reserveForCounts(config: Config, options: MeasureOptions): Promise<{ valgrind?: ValgrindProbe; reservedMs: number }> {
  const counted = withCostMode(config, options.cost).scenarios.filter((s) => s.cost !== "off");
  const valgrind = options.valgrind ?? (counted.length > 0 ? await probeValgrind() : undefined);
  return { ...(valgrind && { valgrind }), reservedMs: valgrind?.ok ? estimateCostMs(counted, availableParallelism()) : 0 };
}

/** What an adaptive run will do, in words, for the log and the report. */
function adaptiveNote(design: SequentialDesign, paired: boolean, stored: boolean, budgetMs: number | undefined): string {
  const within = budgetMs === undefined ? "" : ` within the time budget`;
  const limit = paired
    ? "both sides grow each round"
    : stored
      ? "only this run's side grows (the stored baseline keeps its trials, and the allowance for drift between runs does not shrink with more trials, so small changes may stay undecided)"
      : "no baseline to judge by, so every cell runs to its cap";
  return `adaptive trials: ${design.min} per cell first, then ${design.step} more per round to cells still undecided, up to ${design.max}${within}; ${limit}`;
}
