import { writeFileSync } from "node:fs";
import path from "node:path";
import type { CompareSettings, Config } from "../config/types.js";
import type { LoadedBaseline } from "../pipeline/baseline.js";
import { checkOutBaseCommit } from "../pipeline/base-commit.js";
import { measureRun } from "../pipeline/run.js";
import type { RunnerIO } from "../publish/runner-io.js";
import { costDoneLine, costStartLine } from "../report/cost-text.js";
import { progressReporter } from "../report/progress.js";
import type { ResultsFile } from "../results/types.js";
import { readResultsFile } from "../results/read-results.js";
import type { ActionInputs } from "./inputs.js";
import type { ModeDecision } from "./mode.js";
import { ensureValgrind } from "./valgrind-step.js";
import { mergedShardResults } from "./shards-step.js";
import { adaptiveDesign, withTrials } from "../config/trials-mode.js";

export interface MeasureStep {
  inputs: ActionInputs;
  decision: ModeDecision;
  config: Config;
  workspace: string;
  /** Where results.json (and base-results.json) go. */
  resultsFile: string;
  alpha: number;
  /** The settings the run is judged by (an adaptive run's looks use them). */
  settings?: CompareSettings;
  io: RunnerIO;
  notes: string[];
  /** Reads the stored baseline (once) for an adaptive run's looks when no base is measured here. */
  storedBaseline?: () => Promise<{ baseline?: LoadedBaseline; history?: ResultsFile[] }>;
  progress: NodeJS.WriteStream;
}

/**
 * The action's measuring step: read the results a follow-up job reports on, or measure here, with
 * the PR's base commit side by side when `against: base-commit` can have it (else the stored
 * baseline is used, and the report says why).
 */
export async function measureStep(step: MeasureStep): Promise<{ results: ResultsFile; base?: LoadedBaseline; warnings?: string[] }> {
  const { inputs, decision, io, notes } = step;
  if (inputs.shards !== undefined) return mergedShardResults(path.resolve(step.workspace, inputs.shards), step.resultsFile, io, notes);
  if (inputs.results !== undefined) {
    notes.push(`results read from ${inputs.results} (measured by another job) instead of measured here`);
    if (inputs.timeBudgetMs !== undefined) io.info("time-budget is ignored: nothing is measured when results is given");
    return { results: await reportedResults(path.resolve(step.workspace, inputs.results), step.resultsFile, io) };
  }
  const baseSha = inputs.against === "base-commit" && decision.mode === "check" ? decision.pullRequest?.baseSha : undefined;
  if (inputs.against === "base-commit" && !baseSha && decision.mode !== "run") {
    io.info("against: base-commit applies to pull request checks; this run uses the stored baseline");
  }
  const checkout = baseSha
    ? await checkOutBaseCommit(baseSha, step.config.file, { cwd: step.workspace, ...(decision.pullRequest?.baseRef && { branch: decision.pullRequest.baseRef }), log: (m) => io.info(m) })
    : undefined;
  if (checkout && "error" in checkout) {
    const message = `against: base-commit: could not check out the base commit ${baseSha!.slice(0, 12)} (${checkout.error}); compared with the stored baseline instead`;
    io.warning(message);
    notes.push(message);
  }
  const tree = checkout && "tree" in checkout ? checkout.tree : undefined;
  return io.group("Measure", async () => {
    try {
      const valgrind = await ensureValgrind(step.config, inputs.cost, io, notes);
      const trials = inputs.trials ?? (inputs.timeBudgetMs !== undefined ? ("adaptive" as const) : undefined);
      const stored = !tree && step.storedBaseline && adaptiveDesign(withTrials(step.config, trials)) ? await step.storedBaseline() : undefined;
      const run = await measureRun({
        config: step.config,
        cwd: step.workspace,
        out: step.resultsFile,
        alpha: step.alpha,
        onWarning: (message) => io.warning(message),
        // A time budget without a trial count: adaptive, so the budget goes to the undecided cells.
        ...(trials !== undefined && { trials }),
        ...(stored?.baseline && { baseline: stored.baseline.results }),
        ...(stored?.history && { history: stored.history }),
        ...(step.settings && { settings: step.settings }),
        ...(inputs.durationMs !== undefined && { durationMs: inputs.durationMs }),
        ...(inputs.timeBudgetMs !== undefined && { timeBudgetMs: inputs.timeBudgetMs }),
        ...(inputs.cost !== undefined && { cost: inputs.cost }),
        ...(inputs.shard && { shard: inputs.shard }),
        ...(valgrind && { valgrind }),
        costEvents: {
          onStart: (scenarios, counts, parallel) => step.progress.write(`concurrency-guard: ${costStartLine(scenarios, counts, parallel)}\n`),
          onDone: (cost, arm) => step.progress.write(`concurrency-guard: ${costDoneLine(cost, arm)}\n`),
        },
        ...(tree && { base: { config: tree.config, git: tree.git, out: path.join(path.dirname(step.resultsFile), "base-results.json") } }),
        events: (plan) => {
          step.progress.write(`concurrency-guard: ${plan.cells.length} cells, ${plan.trials.length} trials, about ${Math.ceil(plan.estimatedMs / 1000)}s\n`);
          return progressReporter(step.progress, plan.estimatedMs);
        },
      });
      for (const note of run.notes) io.info(note);
      notes.push(...run.notes.filter((n) => !n.endsWith("nothing trimmed")));
      if (!run.base || !tree) {
        io.info(`results written to ${run.out}`);
        return { results: run.results, warnings: run.warnings };
      }
      io.info(`results written to ${run.out}, the base commit's to ${run.base.out}`);
      const sha = tree.git.sha.slice(0, 12);
      notes.push(`compared with the base commit ${sha}, measured in this job with its trials taking turns with the PR's`);
      return { results: run.results, base: { results: run.base.results, source: `base commit ${sha}, measured side by side in this job` }, warnings: run.warnings };
    } finally {
      await tree?.remove();
    }
  });
}

/** Reads the results a follow-up job reports on (validated: the file came from the PR's run) and keeps a copy with the outputs. */
async function reportedResults(file: string, copy: string, io: RunnerIO): Promise<ResultsFile> {
  const results = await readResultsFile(file, `input "results" (${file})`);
  writeFileSync(copy, `${JSON.stringify(results, null, 2)}\n`);
  io.info(`reporting on ${file} (${results.cells.length} cells) instead of measuring`);
  return results;
}
