import { MIN_TRIALS, type Config } from "../config/types.js";
import { makePlan } from "./plan.js";
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
 * Fits the run into a time budget (`time-budget: 10m`) by first lowering the trials per cell, then
 * shortening each trial, and says exactly what it gave up. Trials go first because the statistics
 * need several of them but each one's length matters less; when trimming leaves too few trials to
 * ever reach `alpha`, the note says so, since such a run cannot flag a regression at all.
 */
export function planForBudget(
  config: Config,
  requested: { trials?: number; durationMs?: number },
  budgetMs: number,
  alpha: number,
  /** Time set aside for work besides the trials (the CPU cost counts), ms. */
  reservedMs = 0,
): BudgetPlan {
  const available = Math.max(0, budgetMs * MEASURE_SHARE - reservedMs);
  const estimate = (trials?: number, durationMs?: number) =>
    makePlan(config, { ...(trials !== undefined && { trials }), ...(durationMs !== undefined && { durationMs }), seed: 1 }).estimatedMs;
  const full = estimate(requested.trials, requested.durationMs);
  const budgetText = reservedMs > 0 ? `${human(budgetMs)} (${human(reservedMs)} of it for the instruction counts)` : human(budgetMs);
  if (full <= available) {
    return { ...requested, estimatedMs: full, notes: [`time-budget ${budgetText}: the plan needs about ${human(full)}; nothing trimmed`] };
  }

  const configuredTrials = requested.trials ?? Math.max(...config.scenarios.map((s) => s.trials));
  const configuredDuration = requested.durationMs ?? Math.max(...config.scenarios.map((s) => s.durationMs));
  for (let trials = configuredTrials - 1; trials >= MIN_TRIALS; trials--) {
    const ms = estimate(trials, requested.durationMs);
    if (ms <= available) {
      return {
        trials,
        ...(requested.durationMs !== undefined && { durationMs: requested.durationMs }),
        estimatedMs: ms,
        notes: [
          `time-budget ${budgetText}: the full plan needs about ${human(full)}; trimmed trials from ${configuredTrials} to ${trials} per cell (about ${human(ms)})`,
          ...powerNote(trials, alpha),
        ],
      };
    }
  }

  const trials = Math.min(MIN_TRIALS, configuredTrials);
  let durationMs = configuredDuration;
  let ms = estimate(trials, durationMs);
  while (ms > available && durationMs > MIN_DURATION_MS) {
    durationMs = Math.max(MIN_DURATION_MS, Math.floor((durationMs * 0.75) / 10) * 10);
    ms = estimate(trials, durationMs);
  }
  const notes = [
    `time-budget ${budgetText}: the full plan needs about ${human(full)}; trimmed trials from ${configuredTrials} to ${trials} per cell` +
      (durationMs < configuredDuration ? ` and the measured time per trial from ${configuredDuration}ms to ${durationMs}ms` : "") +
      ` (about ${human(ms)})`,
  ];
  if (ms > available) {
    notes.push(`time-budget ${budgetText}: even the smallest plan needs about ${human(ms)}; running it anyway (fewer scenarios, models or levels would fit)`);
  }
  notes.push(...powerNote(trials, alpha));
  return { trials, durationMs, estimatedMs: ms, notes };
}

/** The smallest two-sided exact Mann-Whitney p with n trials on each side is 2 / C(2n, n). */
export function smallestP(n: number, m = n): number {
  let c = 1;
  for (let i = 1; i <= n; i++) c = (c * (m + i)) / i;
  return 2 / c;
}

function powerNote(trials: number, alpha: number): string[] {
  const p = smallestP(trials);
  if (p <= alpha) return [];
  return [
    `with ${trials} trials per cell (and as many in the baseline) the smallest possible p is ${p.toPrecision(2)}, above alpha ${alpha}: no regression can be flagged; raise time-budget or measure fewer cells`,
  ];
}

function human(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  const rest = s % 60;
  return rest === 0 ? `${m}m` : `${m}m${String(rest).padStart(2, "0")}s`;
}
