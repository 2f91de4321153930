import { resolve } from "node:path";
import type { Command } from "commander";
import { parseFailOn } from "../compare/fail-on.js";
import { FAIL_ON, type FailOn } from "../compare/gate.js";
import { readCompareConfig, type BudgetTable } from "../config/compare-settings.js";
import { loadConfig } from "../config/load-config.js";
import { readAlpha, readThreshold } from "../config/option-values.js";
import type { CompareSettings, Config } from "../config/types.js";
import { loadBaseline, loadHistory } from "../pipeline/baseline.js";
import { check, withOverrides } from "../pipeline/check.js";
import { comparisonDocument } from "../report/comparison-document.js";
import { renderMarkdown } from "../report/comparison-markdown.js";
import { renderText } from "../report/comparison-text.js";
import { adviceEnabled, runAdvice } from "../report/advice.js";
import { compareHotspots } from "../compare/hotspots.js";
import { explainText } from "../report/hotspot-text.js";
import { logLine, logText } from "../shared/log-text.js";
import { InputError } from "../shared/input-error.js";
import { parseStore } from "../store/parse-store.js";
import { readResultsFile } from "../results/read-results.js";
import { missingShards } from "../results/merge-shards.js";
import { shardNotes } from "../report/shard-text.js";
import { checkSha } from "../store/store.js";
import { flag, guarded, processIo, writeFileAtomic, type CommandIo } from "./command-io.js";

export interface CompareCommandOptions {
  baseline: string;
  current: string;
  commit?: string;
  config?: string;
  markdown?: string;
  json?: string;
  failOn?: FailOn[];
  alpha?: number;
  threshold?: number;
  explain?: boolean;
}

/**
 * `concurrency-guard compare`: exit 0 when the gate passes, 1 when it fails,
 * 2 on bad input. Outputs are written only after the comparison succeeded,
 * so a bad input never overwrites the previous report. The verdict comes from
 * the same core as the action's, `fail-on` included.
 */
export function registerCompare(program: Command, io: CommandIo = processIo()): void {
  program
    .command("compare")
    .description("compare a results file with a baseline; exit 1 when the gate fails, 2 on bad input")
    .requiredOption("-b, --baseline <store>", "baseline: file:PATH, branch:NAME, or a results file path")
    .option("--current <file>", "current results file", "concurrency-guard-results.json")
    .option("--commit <sha>", "use the baseline of this commit instead of the latest")
    .option("-c, --config <file>", "take budgets and compare settings from this config instead of the current results")
    .option("--fail-on <classes>", `what fails the gate: ${FAIL_ON.join(",")} (default) or none, as the action's fail-on`, flag(parseFailOn))
    .option("--alpha <p>", "significance level of the gate, overriding the config", flag(readAlpha))
    .option("--threshold <pct>", "throughput change that counts as real, e.g. 5%, overriding the config", flag(readThreshold))
    .option("--markdown <file>", "also write a markdown report")
    .option("--json <file>", "also write the comparison JSON (schema concurrency-guard/comparison@1)")
    .option("--explain", "also print every counted scenario's per-function table: own cost per operation, baseline and current")
    .action((opts: CompareCommandOptions) => guarded(io, () => runCompare(opts, io)));
}

export async function runCompare(opts: CompareCommandOptions, io: CommandIo): Promise<number> {
  if (opts.commit !== undefined) checkSha(opts.commit, "--commit");
  const current = await readResultsFile(resolve(io.cwd, opts.current), opts.current);
  const store = parseStore(opts.baseline, { cwd: io.cwd });
  const baseline = await loadBaseline(store, { ...(opts.commit && { commit: opts.commit }), exact: true, fingerprint: current.env.fingerprint });
  if (!baseline) {
    throw new InputError(`${store.description}: no baseline found (save one with: concurrency-guard baseline save --store ${opts.baseline})`);
  }
  const source = opts.config ?? `${opts.current} (recorded config)`;
  const config = opts.config ? loadConfig(opts.config, io.cwd) : undefined;
  const { settings, budgets } = config ? compareConfigOf(config) : readCompareConfig(current.config, source);
  // A stored baseline: the store's history tells how far runs drift (one file: the default allowance).
  const history = await loadHistory(store, current.env.fingerprint);
  const { comparison, gate } = check({
    history,
    current,
    baseline,
    settings: withOverrides(settings, opts),
    budgets,
    budgetSource: source,
    currentSource: opts.current,
    failOn: opts.failOn ?? FAIL_ON,
  });
  if (!comparison) throw new Error("a baseline was loaded but nothing was compared");
  // Advice reads the current run (never the baseline) and never touches the verdict above.
  const advice = runAdvice(current, { enabled: config ? config.advice !== false : adviceEnabled(current.config) });
  io.stdout(renderText(comparison, gate, advice));
  if (opts.explain) {
    const tables = compareHotspots(baseline.results, current, comparison.cells, comparison.costs ?? [], true);
    io.stdout(logText(explainText(tables).map(logLine).join("\n")) + "\n");
  }
  for (const note of shardNotes(current)) io.stderr(`concurrency-guard: ${note}\n`);
  if (opts.json) {
    await writeFileAtomic(resolve(io.cwd, opts.json), JSON.stringify(comparisonDocument(comparison), null, 2) + "\n");
    io.stderr(`comparison written to ${opts.json}\n`);
  }
  if (opts.markdown) {
    await writeFileAtomic(resolve(io.cwd, opts.markdown), renderMarkdown(comparison, advice));
    io.stderr(`markdown report written to ${opts.markdown}\n`);
  }
  // Merged results with shards missing: their cells were never checked, so the check fails.
  const missing = missingShards(current);
  if (missing) io.stderr(`concurrency-guard: ${missing}\n`);
  return gate.verdict === "fail" || missing ? 1 : 0;
}

function compareConfigOf(config: Config): { settings: CompareSettings; budgets: BudgetTable } {
  return { settings: config.compare, budgets: config.budgets };
}
