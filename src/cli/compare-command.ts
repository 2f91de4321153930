import { resolve } from "node:path";
import type { Command } from "commander";
import { compareResults } from "../compare/compare.js";
import { renderMarkdown } from "../report/comparison-markdown.js";
import { renderText } from "../report/comparison-text.js";
import { comparisonDocument } from "../report/comparison-document.js";
import { readCompareConfig } from "../config/compare-settings.js";
import { loadConfig } from "../config/load-config.js";
import { parseStore } from "../store/parse-store.js";
import { readResultsFile } from "../store/results-file.js";
import { guarded, processIo, writeFileAtomic, type CommandIo } from "./command-io.js";
import { InputError } from "../shared/input-error.js";

export interface CompareCommandOptions {
  baseline: string;
  current: string;
  commit?: string;
  config?: string;
  markdown?: string;
  json?: string;
}

/**
 * `concurrency-guard compare`: exit 0 when the gate passes, 1 when it fails,
 * 2 on bad input. Outputs are written only after the comparison succeeded,
 * so a bad input never overwrites the previous report.
 */
export function registerCompare(program: Command, io: CommandIo = processIo()): void {
  program
    .command("compare")
    .description("compare a results file with a baseline; exit 1 when the gate fails, 2 on bad input")
    .requiredOption("-b, --baseline <store>", "baseline: file:PATH, branch:NAME, or a results file path")
    .option("--current <file>", "current results file", "concurrency-guard-results.json")
    .option("--commit <sha>", "use the baseline of this commit instead of the latest")
    .option("-c, --config <file>", "take budgets and compare settings from this config instead of the current results")
    .option("--markdown <file>", "also write a markdown report")
    .option("--json <file>", "also write the comparison JSON (schema concurrency-guard/comparison@1)")
    .action((opts: CompareCommandOptions) => guarded(io, () => runCompare(opts, io)));
}

export async function runCompare(opts: CompareCommandOptions, io: CommandIo): Promise<number> {
  const current = await readResultsFile(resolve(io.cwd, opts.current), opts.current);
  const store = parseStore(opts.baseline, { cwd: io.cwd });
  const baseline = opts.commit
    ? await store.loadByCommit(opts.commit)
    : await store.loadLatest({ fingerprint: current.env.fingerprint });
  if (!baseline) {
    throw new InputError(
      opts.commit
        ? `${store.description}: no baseline for commit ${opts.commit}`
        : `${store.description}: no baseline found (save one with: concurrency-guard baseline save --store ${opts.baseline})`,
    );
  }
  const source = opts.config ?? `${opts.current} (recorded config)`;
  const config = opts.config ? loadConfig(opts.config, io.cwd) : current.config;
  const { settings, budgets } = readCompareConfig(config, source);
  const comparison = compareResults(baseline, current, {
    settings,
    budgets,
    budgetSource: source,
    baselineSource: store.description,
    currentSource: opts.current,
  });
  io.stdout(renderText(comparison));
  if (opts.json) {
    await writeFileAtomic(resolve(io.cwd, opts.json), JSON.stringify(comparisonDocument(comparison), null, 2) + "\n");
    io.stderr(`comparison written to ${opts.json}\n`);
  }
  if (opts.markdown) {
    await writeFileAtomic(resolve(io.cwd, opts.markdown), renderMarkdown(comparison));
    io.stderr(`markdown report written to ${opts.markdown}\n`);
  }
  return comparison.verdict === "pass" ? 0 : 1;
}
