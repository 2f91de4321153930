import type { Config } from "../config/types.js";
import type { CellPlan, Plan, TrialPlan } from "../plan/plan.js";
import { summarizeCell } from "./cell-summary.js";
import type { CellResult, TrialResult } from "./types.js";
import { failedTrial, type TrialOutcome } from "./failed-trial.js";
import { checkPythonScenarios } from "./python-check.js";
import { runTrialProcess } from "./run-trial.js";
import type { TrialSpec } from "./trial-spec.js";

export interface ExecuteEvents {
  onTrialStart?(trial: TrialPlan, done: number, total: number): void;
  onTrialDone?(trial: TrialPlan, outcome: TrialResult, done: number, total: number): void;
  onCellDone?(cell: CellResult, done: number, total: number): void;
}

export interface ExecuteOptions {
  events?: ExecuteEvents;
  detectBlocking?: boolean;
  attributeBlocking?: boolean;
  /** Replaces the process runner (the benchmark of the harness drives trials in-process). */
  runTrial?: (spec: TrialSpec, cell: CellPlan) => Promise<TrialOutcome>;
  /** Decides when each trial may start (side-by-side runs take turns through `Turns`). */
  schedule?: <T>(start: () => Promise<T>) => Promise<T>;
}

/** A cell whose first trials all fail is not tried further: the same failure would repeat. */
const FAILURES_BEFORE_GIVING_UP = 2;

/**
 * Runs the plan's trials one at a time, in its interleaved order, each in a fresh process.
 * One failing scenario never stops the others; its cells carry the error.
 */
export async function executePlan(config: Config, plan: Plan, options: ExecuteOptions = {}): Promise<CellResult[]> {
  const results = new Map<string, CellResult>(
    plan.cells.map((cell) => [cell.id, emptyCell(cell)]),
  );
  const remaining = new Map(plan.cells.map((cell) => [cell.id, cell.scenario.trials]));
  const total = plan.trials.length;
  let done = 0;
  let cellsDone = 0;
  // A missing or too old Python fails its scenarios' trials with one clear message, without starting them.
  const pythonProblems = options.runTrial ? new Map<string, string>() : await checkPythonScenarios(plan.cells, config.root);
  const run =
    options.runTrial ??
    ((spec, cell) => {
      const problem = pythonProblems.get(cell.scenario.name);
      if (problem !== undefined) return Promise.resolve(failedTrial(spec, "error", { message: problem }));
      return runTrialProcess(spec, { timeoutMs: cell.scenario.timeoutMs, python: cell.scenario.python });
    });

  const finishCell = (cell: CellResult) => {
    cell.trials.sort((a, b) => a.index - b.index);
    const summary = summarizeCell(cell);
    if (summary) cell.summary = summary;
    if (!summary) {
      const first = cell.trials.find((t) => t.message)?.message ?? "no trial completed";
      cell.error = cell.trials.length < cellTrials(plan, cell.id) ? `${first} (gave up after ${cell.trials.length} failed trials)` : first;
    }
    cellsDone++;
    options.events?.onCellDone?.(cell, cellsDone, plan.cells.length);
  };

  for (const trial of plan.trials) {
    const cell = results.get(trial.cell.id)!;
    const left = remaining.get(trial.cell.id)!;
    if (left === 0) continue;
    if (cell.trials.length >= FAILURES_BEFORE_GIVING_UP && cell.trials.every((t) => t.status !== "ok")) {
      done += left;
      remaining.set(trial.cell.id, 0);
      finishCell(cell);
      continue;
    }
    options.events?.onTrialStart?.(trial, done, total);
    const spec = specFor(config, trial, options);
    const outcome = await (options.schedule ? options.schedule(() => run(spec, trial.cell)) : run(spec, trial.cell));
    const result: TrialResult = { index: trial.index, order: trial.order, ...outcome };
    cell.trials.push(result);
    done++;
    remaining.set(trial.cell.id, left - 1);
    options.events?.onTrialDone?.(trial, result, done, total);
    if (left - 1 === 0) finishCell(cell);
  }
  return [...results.values()];
}

function cellTrials(plan: Plan, id: string): number {
  return plan.cells.find((c) => c.id === id)?.scenario.trials ?? 0;
}

export function specFor(config: Config, trial: TrialPlan, options: Pick<ExecuteOptions, "detectBlocking" | "attributeBlocking"> = {}): TrialSpec {
  const { cell } = trial;
  return {
    scenario: cell.scenario.name,
    file: cell.scenario.path,
    root: config.root,
    runtime: cell.scenario.runtime,
    model: cell.model,
    concurrency: cell.concurrency,
    poolSize: cell.poolSize,
    inFlightPerWorker: cell.inFlightPerWorker,
    warmupMs: cell.scenario.warmupMs,
    durationMs: cell.scenario.durationMs,
    blockMs: cell.scenario.blockMs,
    trial: trial.index,
    ...(options.detectBlocking !== undefined && { detectBlocking: options.detectBlocking }),
    ...(options.attributeBlocking !== undefined && { attributeBlocking: options.attributeBlocking }),
  };
}

function emptyCell(cell: CellPlan): CellResult {
  return {
    id: cell.id,
    scenario: cell.scenario.name,
    runtime: cell.scenario.runtime,
    kind: cell.scenario.kind,
    model: cell.model,
    concurrency: cell.concurrency,
    poolSize: cell.poolSize,
    inFlightPerWorker: cell.inFlightPerWorker,
    trials: [],
  };
}
