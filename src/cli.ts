#!/usr/bin/env node
import { Command, CommanderError } from "commander";
import { registerBaseline } from "./cli/baseline-command.js";
import { registerCompare } from "./cli/compare-command.js";
import { registerMerge } from "./cli/merge-command.js";
import { registerHistory } from "./cli/history-command.js";
import { registerInit } from "./cli/init-command.js";
import { registerRun } from "./cli/run-command.js";
import { toolVersion } from "./results/build-results.js";
import { InputError } from "./shared/input-error.js";

/** Exit codes: 0 done (a failed scenario is reported, not fatal), 1 unexpected failure or failed gate, 2 bad input. */
export async function cli(argv: string[]): Promise<number> {
  const program = new Command()
    .name("concurrency-guard")
    .description("Run scenarios under async, threads and processes; compare with baselines; catch concurrency regressions.")
    .version(toolVersion())
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  registerRun(program);
  registerCompare(program);
  registerMerge(program);
  registerBaseline(program);
  registerHistory(program);
  registerInit(program);
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof InputError) {
      process.stderr.write(`concurrency-guard: ${error.message}\n`);
      return 2;
    }
    process.stderr.write(`concurrency-guard: unexpected failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 1;
  }
}

process.on("unhandledRejection", (reason) => {
  process.stderr.write(`concurrency-guard: unhandled rejection: ${String(reason)}\n`);
  process.exit(1);
});
process.exitCode = await cli(process.argv);
