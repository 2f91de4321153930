import { GATED_METRICS } from "../compare/compare.js";
import type { Config } from "../config/types.js";
import { makePlan } from "../plan/plan.js";
import type { TrialFloor } from "../plan/time-budget.js";
import { errorTeethSentence, teethSentence } from "../report/teeth-text.js";
import { teeth, type Teeth } from "../stats/teeth.js";

export interface PlanTeeth {
  /** Gated comparisons the plan will give: cells x gated metrics (error rates and blocking sites may add more). */
  comparisons: number;
  /** The fewest trials per cell with teeth, for the time budget. */
  floor: TrialFloor;
  /** The verdict at a number of trials per cell (the same on the baseline's side). */
  at(trials: number): Teeth;
}

/**
 * What the gate will be able to see, known before a trial runs: side by side, the rank test over
 * the plan's family; against a stored baseline (assumed measured with as many trials), the
 * drift-adjusted test, which needs only the trials' rank interval at 1 - alpha.
 */
export function planTeeth(config: Config, only: string[] | undefined, sideBySide: boolean, alpha: number): PlanTeeth {
  const cells = makePlan(config, { ...(only && { only }), seed: 1 }).cells.length;
  const comparisons = Math.max(1, cells * GATED_METRICS.length);
  const at = (trials: number) => teeth({ current: trials, baseline: trials, comparisons, alpha, test: sideBySide ? "rank" : "drift-adjusted", grow: "both" });
  return { comparisons, floor: { trials: at(2).needed?.current ?? null, comparisons, alpha }, at };
}

/** The plan's warning when it has no teeth (timing, or else the error-rate gate); undefined when it has them. */
export function planTeethWarning(config: Config, options: { only?: string[]; trials?: number }, sideBySide: boolean, alpha: number): string | undefined {
  const plan = makePlan(config, { ...(options.only && { only: options.only }), ...(options.trials !== undefined && { trials: options.trials }), seed: 1 });
  if (plan.cells.length === 0) return undefined;
  const fewest = Math.min(...plan.cells.map((c) => c.scenario.trials));
  const t = planTeeth(config, options.only, sideBySide, alpha).at(fewest);
  const timing = teethSentence(t);
  if (timing) return `this run has no teeth: ${timing}`;
  const errors = errorTeethSentence(t);
  return errors ? `this run's error-rate gate has no teeth: ${errors}` : undefined;
}
