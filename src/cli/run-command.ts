import path from "node:path";
import { InvalidArgumentError, type Command } from "commander";
import { checkOutBase } from "../git/worktree.js";
import { parseDuration } from "../config/duration.js";
import { MIN_TRIALS } from "../config/types.js";
import { configFile } from "../config/load-config.js";
import { measure, measureSideBySide, type MeasureOptions } from "../pipeline/measure.js";
import type { Plan } from "../plan/plan.js";
import { renderResultsTable } from "../report/cli-table.js";
import { progressReporter } from "../report/progress.js";
import { InputError } from "../shared/input-error.js";

interface RunOptions {
  config?: string;
  out: string;
  only?: string[];
  trials?: number;
  duration?: number;
  seed?: number;
  blocking: boolean;
  attribution: boolean;
  against?: string;
  baseConfig?: string;
  baseOut?: string;
}

export function registerRun(program: Command): void {
  program
    .command("run")
    .description("run every scenario under each concurrency model and write the results JSON")
    .option("-c, --config <file>", "config file (default: concurrency-guard.yml found from here up to the repository root)")
    .option("-o, --out <file>", "results file to write", "concurrency-guard-results.json")
    .option("--only <filter...>", "only SCENARIO[/MODEL[/CONCURRENCY]] (repeatable)")
    .option("--trials <n>", `trials per cell (at least ${MIN_TRIALS}), overriding the config`, trialCount)
    .option("--duration <d>", "measured time per trial, e.g. 500ms, overriding the config", duration)
    .option("--seed <n>", "seed of the interleaved trial order, to reproduce a run", positiveInt)
    .option("--no-blocking", "turn the event-loop blocking detector off")
    .option("--no-attribution", "time stalls but do not name their lines (no profiler, no sync-call hooks)")
    .option("--against <rev>", "also measure this commit (a git worktree), its trials taking turns with the current code's")
    .option("--base-config <file>", "also measure the scenarios of this config (a base outside git), taking turns")
    .option("--base-out <file>", "with --against or --base-config: the base's results file (default: OUT with .base.json)")
    .action(async (opts: RunOptions) => {
      const progress: { end(): void }[] = [];
      const common: MeasureOptions = {
        ...(opts.config !== undefined && { config: opts.config }),
        out: opts.out,
        ...(opts.only && { only: opts.only }),
        ...(opts.trials !== undefined && { trials: opts.trials }),
        ...(opts.duration !== undefined && { durationMs: opts.duration }),
        ...(opts.seed !== undefined && { seed: opts.seed }),
        ...(opts.blocking === false && { detectBlocking: false }),
        ...(opts.attribution === false && { attributeBlocking: false }),
        events: (plan: Plan) => {
          process.stderr.write(`concurrency-guard: ${plan.cells.length} cells, ${plan.trials.length} trials, about ${Math.ceil(plan.estimatedMs / 1000)}s\n`);
          const reporter = progressReporter(process.stderr, plan.estimatedMs);
          progress.push(reporter);
          return reporter;
        },
      };
      const shown = (file: string) => path.relative(process.cwd(), file) || file;
      if (opts.against === undefined && opts.baseConfig === undefined) {
        const { results, out } = await measure(common);
        progress.forEach((p) => p.end());
        process.stdout.write(`\n${renderResultsTable(results)}`);
        process.stdout.write(`results written to ${shown(out)}\n`);
        return;
      }
      if (opts.against !== undefined && opts.baseConfig !== undefined) throw new InputError("--against and --base-config: give one base, not both");
      const base = opts.against === undefined ? undefined : await checkOutBase(opts.against, configFile(opts.config));
      try {
        const measured = await measureSideBySide({
          ...common,
          baseConfig: base?.config ?? opts.baseConfig!,
          ...(opts.baseOut !== undefined && { baseOut: opts.baseOut }),
          ...(base && { baseGit: base.git }),
        });
        progress.forEach((p) => p.end());
        process.stdout.write(`\n${renderResultsTable(measured.results)}`);
        process.stdout.write(`results written to ${shown(measured.out)}, the base's (${opts.against ?? shown(measured.base.config.file)}) to ${shown(measured.base.out)}\n`);
        process.stdout.write(`compare them: concurrency-guard compare --baseline ${shown(measured.base.out)} --current ${shown(measured.out)}\n`);
      } finally {
        await base?.remove();
      }
    });
}

function trialCount(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < MIN_TRIALS) throw new InvalidArgumentError(`expected an integer of at least ${MIN_TRIALS} (trials are the unit the statistics compare), got "${value}"`);
  return Number(value);
}

function positiveInt(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError(`expected a positive integer, got "${value}"`);
  return Number(value);
}

function duration(value: string): number {
  const ms = parseDuration(value);
  if (ms === undefined || ms <= 0) throw new InvalidArgumentError(`expected a duration such as 500ms, 1s or 2m, got "${value}"`);
  return ms;
}
