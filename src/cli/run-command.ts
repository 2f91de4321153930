import path from "node:path";
import { Option, type Command } from "commander";
import { readCostMode } from "../config/cost-mode.js";
import { loadConfig } from "../config/load-config.js";
import type { CostMode } from "../config/types.js";
import { readDuration, readPositiveInteger } from "../config/option-values.js";
import { LIMITS } from "../config/limits.js";
import { adaptiveDesign, readTrialsRequest, withTrials, type TrialsRequest } from "../config/trials-mode.js";
import { checkOutBase } from "../git/worktree.js";
import { measureRun } from "../pipeline/run.js";
import type { Plan } from "../plan/plan.js";
import { readShard, type Shard } from "../plan/shard.js";
import { renderResultsTable } from "../report/cli-table.js";
import { costDoneLine, costStartLine } from "../report/cost-text.js";
import { shardLine } from "../report/shard-text.js";
import { progressReporter } from "../report/progress.js";
import { nothingMeasured } from "../results/nothing-measured.js";
import { InputError } from "../shared/input-error.js";
import { flag } from "./command-io.js";
import { runBaseline } from "./run-baseline.js";

interface RunOptions {
  config?: string;
  out: string;
  only?: string[];
  trials?: TrialsRequest;
  duration?: number;
  timeBudget?: number;
  seed?: number;
  blocking: boolean;
  attribution: boolean;
  against?: string;
  baseConfig?: string;
  baseOut?: string;
  baseline?: string;
  cost?: CostMode;
  shard?: Shard;
}

export function registerRun(program: Command): void {
  program
    .command("run")
    .description("run every scenario under each concurrency model and write the results JSON")
    .option("-c, --config <file>", "config file (default: concurrency-guard.yml found from here up to the repository root)")
    .option("-o, --out <file>", "results file to write", "concurrency-guard-results.json")
    .option("--only <filter...>", "only SCENARIO[/MODEL[/CONCURRENCY]] (repeatable)")
    .option("--trials <n>", "trials per cell, overriding the config; adaptive: rounds, more trials only where the verdict is open", flag(readTrialsRequest))
    .option("--duration <d>", "measured time per trial, e.g. 500ms, overriding the config", flag(readDuration))
    .option("--time-budget <d>", "fit the run into this time (e.g. 10m) by trimming trials, then trial length, as the action's time-budget", flag((t) => readDuration(t, "10m or 90s", LIMITS.timeoutMs)))
    .option("--seed <n>", "seed of the interleaved trial order, to reproduce a run", flag(readPositiveInteger))
    .option("--no-blocking", "turn the event-loop blocking detector off")
    .option("--no-attribution", "time stalls but do not name their lines (no profiler, no sync-call hooks)")
    .addOption(
      new Option("--cost <mode>", "CPU cost, instructions per operation under valgrind: auto (where valgrind is available), instructions (required: exit 2 without valgrind) or off; overrides the config")
        .env("CONCURRENCY_GUARD_COST")
        .argParser(flag(readCostMode)),
    )
    .option("--against <rev>", "also measure this commit (a git worktree), its trials taking turns with the current code's")
    .option("--base-config <file>", "also measure the scenarios of this config (a base outside git), taking turns")
    .option("--base-out <file>", "with --against or --base-config: the base's results file (default: OUT with .base.json)")
    .option("--shard <K/N>", "measure only shard K of N of the plan (cells split by expected time, a cell's trials never split); merge the shards' results with: concurrency-guard merge", flag(readShard))
    .option("--baseline <store>", "adaptive runs without a base: judge the looks against this baseline (a results file of an earlier run, file:PATH or branch:NAME), so decided cells stop early")
    .action(async (opts: RunOptions) => {
      if (opts.against !== undefined && opts.baseConfig !== undefined) throw new InputError("--against and --base-config: give one base, not both");
      if (opts.baseline !== undefined && (opts.against !== undefined || opts.baseConfig !== undefined)) {
        throw new InputError(`--baseline and ${opts.against !== undefined ? "--against" : "--base-config"}: a run measured side by side is judged against its base; give one or the other`);
      }
      const config = loadConfig(opts.config);
      if (opts.baseline !== undefined && !adaptiveDesign(withTrials(config, opts.trials))) {
        throw new InputError("--baseline: only an adaptive run (--trials adaptive, or trials: adaptive in the config) looks at a baseline while it measures; compare a finished run with: concurrency-guard compare --baseline FILE");
      }
      const baselineNotes: string[] = [];
      const stored = opts.baseline === undefined ? undefined : await runBaseline(opts.baseline, process.cwd(), baselineNotes);
      for (const note of baselineNotes) process.stderr.write(`concurrency-guard: ${note}\n`);
      const progress: { end(): void }[] = [];
      const tree = opts.against === undefined ? undefined : await checkOutBase(opts.against, config.file);
      const baseConfig = tree?.config ?? opts.baseConfig;
      try {
        const run = await measureRun({
          config,
          out: opts.out,
          alpha: config.compare.alpha,
          onWarning: (message) => process.stderr.write(`concurrency-guard: warning: ${message}\n`),
          ...(opts.only && { only: opts.only }),
          ...(opts.trials !== undefined && { trials: opts.trials }),
          ...(opts.duration !== undefined && { durationMs: opts.duration }),
          ...(opts.timeBudget !== undefined && { timeBudgetMs: opts.timeBudget }),
          ...(opts.seed !== undefined && { seed: opts.seed }),
          ...(opts.blocking === false && { detectBlocking: false }),
          ...(opts.attribution === false && { attributeBlocking: false }),
          ...(opts.cost !== undefined && { cost: opts.cost }),
          ...(opts.shard && { shard: opts.shard }),
          ...(stored && { baseline: stored.baseline, history: stored.history }),
          costEvents: {
            onStart: (scenarios, counts, parallel) => process.stderr.write(`concurrency-guard: ${costStartLine(scenarios, counts, parallel)}\n`),
            onDone: (cost, arm) => process.stderr.write(`concurrency-guard: ${costDoneLine(cost, arm)}\n`),
          },
          ...(baseConfig !== undefined && { base: { config: baseConfig, ...(tree && { git: tree.git }), ...(opts.baseOut !== undefined && { out: opts.baseOut }) } }),
          events: (plan: Plan) => {
            process.stderr.write(`concurrency-guard: ${plan.cells.length} cells, ${plan.trials.length} trials, about ${Math.ceil(plan.estimatedMs / 1000)}s\n`);
            const reporter = progressReporter(process.stderr, plan.estimatedMs);
            progress.push(reporter);
            return reporter;
          },
        });
        progress.forEach((p) => p.end());
        for (const note of run.notes) process.stderr.write(`concurrency-guard: ${note}\n`);
        if (run.results.shard) process.stderr.write(`concurrency-guard: ${shardLine(run.results.shard, run.results.cells.length)}\n`);
        const shown = (file: string) => path.relative(process.cwd(), file) || file;
        process.stdout.write(`\n${renderResultsTable(run.results)}`);
        const empty = nothingMeasured(run.results);
        if (empty) {
          process.stderr.write(`concurrency-guard: ${empty}\n`);
          process.exitCode = 1;
        }
        if (!run.base) {
          process.stdout.write(`results written to ${shown(run.out)}\n`);
          if (opts.baseline !== undefined) process.stdout.write(`compare them: concurrency-guard compare --baseline ${opts.baseline} --current ${shown(run.out)}\n`);
          return;
        }
        process.stdout.write(`results written to ${shown(run.out)}, the base's (${opts.against ?? shown(path.resolve(baseConfig!))}) to ${shown(run.base.out)}\n`);
        process.stdout.write(`compare them: concurrency-guard compare --baseline ${shown(run.base.out)} --current ${shown(run.out)}\n`);
      } finally {
        await tree?.remove();
      }
    });
}
