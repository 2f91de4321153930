import path from "node:path";
import { InvalidArgumentError, type Command } from "commander";
import { parseDuration } from "../config/duration.js";
import { measure } from "../measure.js";
import { renderResultsTable } from "../report/cli-table.js";
import { progressReporter } from "../report/progress.js";

export function registerRun(program: Command): void {
  program
    .command("run")
    .description("run every scenario under each concurrency model and write the results JSON")
    .option("-c, --config <file>", "config file (default: concurrency-guard.yml found from here up to the repository root)")
    .option("-o, --out <file>", "results file to write", "concurrency-guard-results.json")
    .option("--only <filter...>", "only SCENARIO[/MODEL[/CONCURRENCY]] (repeatable)")
    .option("--trials <n>", "trials per cell, overriding the config", positiveInt)
    .option("--duration <d>", "measured time per trial, e.g. 500ms, overriding the config", duration)
    .option("--seed <n>", "seed of the interleaved trial order, to reproduce a run", positiveInt)
    .option("--no-blocking", "turn the event-loop blocking detector off")
    .action(async (opts: { config?: string; out: string; only?: string[]; trials?: number; duration?: number; seed?: number; blocking: boolean }) => {
      const progress: { end(): void }[] = [];
      const { results, out } = await measure({
        ...(opts.config !== undefined && { config: opts.config }),
        out: opts.out,
        ...(opts.only && { only: opts.only }),
        ...(opts.trials !== undefined && { trials: opts.trials }),
        ...(opts.duration !== undefined && { durationMs: opts.duration }),
        ...(opts.seed !== undefined && { seed: opts.seed }),
        ...(opts.blocking === false && { detectBlocking: false }),
        events: (plan) => {
          process.stderr.write(`concurrency-guard: ${plan.cells.length} cells, ${plan.trials.length} trials, about ${Math.ceil(plan.estimatedMs / 1000)}s\n`);
          const reporter = progressReporter(process.stderr, plan.estimatedMs);
          progress.push(reporter);
          return reporter;
        },
      });
      progress.forEach((p) => p.end());
      process.stdout.write(`\n${renderResultsTable(results)}`);
      process.stdout.write(`results written to ${path.relative(process.cwd(), out) || out}\n`);
    });
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
