import { MIN_TRIALS, type Config } from "../config/types.js";
import { makePlan } from "./plan.js";
import { durationText } from "../shared/duration-text.js";
/** Shortest measured window worth running: below it, process start-up dominates. */
export const MIN_DURATION_MS = 100;
/** Share of the budget kept for set-up, the baseline fetch and publishing. */
export const MEASURE_SHARE = 0.9;

export interface BudgetPlan {
  /** Overrides to run with; undefined means the config's (or the inputs') own value. */
  trials?: number;
  durationMs?: number;
  estimatedMs: number;
  /** What was trimmed and what it costs, in words, for the log and the report. */
  notes: string[];
}

/**
 * The fewest trials per cell with which the run's gate can flag anything (from the pipeline, which
 * knows the test and the family: see `src/stats/teeth.ts`); null when no count can.
 */
export interface TrialFloor {
  trials: number | null;
  comparisons: number;
  alpha: number;
}

/**
 * Fits the run into a time budget (`time-budget: 10m`) by first lowering the trials per cell, then
 * shortening each trial, and says exactly what it gave up. Trials go first because the statistics
 * need several of them but each one's length matters less; they never go below `floor`, the fewest
 * with which the gate can still flag a change (a run below it could never fail), and the note says
 * when the floor stopped the trimming. A config already below the floor is trimmed as before: the
 * pipeline's warning says that run has no teeth.
 */
export function planForBudget(
  config: Config,
  requested: { trials?: number; durationMs?: number },
  budgetMs: number,
  floor: TrialFloor,
  /** Time set aside for work besides the trials (the CPU cost counts), ms. */
  reservedMs = 0,
): BudgetPlan {
  const available = Math.max(0, budgetMs * MEASURE_SHARE - reservedMs);
  const estimate = (trials?: number, durationMs?: number) =>
    makePlan(config, { ...(trials !== undefined && { trials }), ...(durationMs !== undefined && { durationMs }), seed: 1 }).estimatedMs;
  const full = estimate(requested.trials, requested.durationMs);
  const budgetText = reservedMs > 0 ? `${durationText(budgetMs)} (${durationText(reservedMs)} of it for the instruction counts)` : durationText(budgetMs);
  if (full <= available) {
    return { ...requested, estimatedMs: full, notes: [`time-budget ${budgetText}: the plan needs about ${durationText(full)}; nothing trimmed`] };
  }

  const configuredTrials = requested.trials ?? Math.max(...config.scenarios.map((s) => s.trials));
  const configuredDuration = requested.durationMs ?? Math.max(...config.scenarios.map((s) => s.durationMs));
  const lowest = floor.trials !== null && floor.trials <= configuredTrials ? Math.max(MIN_TRIALS, floor.trials) : MIN_TRIALS;
  const floorNote = `kept ${lowest} trials per cell, the fewest with which ${floor.comparisons} gated comparisons can be significant at alpha ${floor.alpha}`;
  for (let trials = configuredTrials - 1; trials >= lowest; trials--) {
    const ms = estimate(trials, requested.durationMs);
    if (ms <= available) {
      return {
        trials,
        ...(requested.durationMs !== undefined && { durationMs: requested.durationMs }),
        estimatedMs: ms,
        notes: [`time-budget ${budgetText}: the full plan needs about ${durationText(full)}; trimmed trials from ${configuredTrials} to ${trials} per cell (about ${durationText(ms)})`],
      };
    }
  }

  const trials = Math.min(lowest, configuredTrials);
  let durationMs = configuredDuration;
  let ms = estimate(trials, durationMs);
  while (ms > available && durationMs > MIN_DURATION_MS) {
    durationMs = Math.max(MIN_DURATION_MS, Math.floor((durationMs * 0.75) / 10) * 10);
    ms = estimate(trials, durationMs);
  }
  const cut = [
    ...(trials < configuredTrials ? [`trials from ${configuredTrials} to ${trials} per cell`] : []),
    ...(durationMs < configuredDuration ? [`the measured time per trial from ${configuredDuration}ms to ${durationMs}ms`] : []),
  ];
  const notes = [
    `time-budget ${budgetText}: the full plan needs about ${durationText(full)}; ${cut.length > 0 ? `trimmed ${cut.join(" and ")}` : "nothing could be trimmed"} (about ${durationText(ms)})` +
      (lowest > MIN_TRIALS && trials === lowest ? `; ${floorNote}, rather than fewer that could flag nothing` : ""),
  ];
  if (ms > available) {
    notes.push(`time-budget ${budgetText}: even the smallest plan${lowest > MIN_TRIALS ? " with teeth" : ""} needs about ${durationText(ms)}; running it anyway (fewer scenarios, models or levels would fit)`);
  }
  return { trials, durationMs, estimatedMs: ms, notes };
}

