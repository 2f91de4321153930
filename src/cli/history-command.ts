import { resolve } from "node:path";
import type { Command } from "commander";
import { readAlpha, readPositiveInteger } from "../config/option-values.js";
import { historyOf } from "../pipeline/history.js";
import { historyDocument } from "../report/history-document.js";
import { renderHistoryMarkdown } from "../report/history-markdown.js";
import { historyText } from "../report/history-text.js";
import { logText } from "../shared/log-text.js";
import { parseStore } from "../store/parse-store.js";
import { flag, guarded, processIo, writeFileAtomic, type CommandIo } from "./command-io.js";

export interface HistoryCommandOptions {
  store: string;
  only?: string[];
  json?: string;
  markdown?: string;
  alpha?: number;
  seed?: number;
  window?: number;
  branch?: string;
  ref?: string;
}

/**
 * `concurrency-guard history`: change points and slow drifts in the stored baselines. It reports,
 * it never gates: exit 0 whatever it finds (too few baselines included), 2 on bad input.
 */
export function registerHistory(program: Command, io: CommandIo = processIo()): void {
  program
    .command("history")
    .description("find change points and slow drifts in the stored baselines, per cell and metric")
    .requiredOption("-s, --store <store>", "branch:NAME (default branch concurrency-guard-baselines), file:PATH, or a path")
    .option("--only <filter...>", "only SCENARIO[/MODEL[/CONCURRENCY]] (repeatable)")
    .option("--json <file>", "also write the history JSON (schema concurrency-guard/history@1)")
    .option("--markdown <file>", "also write markdown with a trend chart per changed cell")
    .option("--alpha <p>", "chance of any false change point across every cell and metric (default 0.01)", flag(readAlpha))
    .option("--seed <n>", "seed of the permutation tests (default 1)", flag(readPositiveInteger))
    .option("--window <k>", "the last K baselines a slow drift is looked for in (default 12)", flag(readPositiveInteger))
    .option("--branch <rev>", "the default branch whose commit order orders the baselines (default origin/HEAD, else HEAD)")
    .option("--ref <ref>", "only baselines made on this branch ref, e.g. refs/heads/main (default: all)")
    .action((opts: HistoryCommandOptions) => guarded(io, () => runHistory(opts, io)));
}

export async function runHistory(opts: HistoryCommandOptions, io: CommandIo): Promise<number> {
  const store = parseStore(opts.store, { cwd: io.cwd });
  const result = await historyOf(store, {
    cwd: io.cwd,
    revisions: opts.branch ? [opts.branch] : ["origin/HEAD", "HEAD"],
    ...(opts.ref && { ref: opts.ref }),
    ...(opts.only && { only: opts.only }),
    settings: {
      ...(opts.alpha !== undefined && { alpha: opts.alpha }),
      ...(opts.seed !== undefined && { seed: opts.seed }),
      ...(opts.window !== undefined && { driftWindow: Math.max(3, opts.window) }),
    },
  });
  for (const s of result.skipped) io.stderr(`concurrency-guard: warning: skipped ${logText(s.file)}: ${logText(s.reason)}\n`);
  io.stdout(logText(historyText(result)));
  const server = io.env.GITHUB_SERVER_URL || "https://github.com";
  const repo = io.env.GITHUB_REPOSITORY;
  if (opts.markdown) await writeFileAtomic(resolve(io.cwd, opts.markdown), renderHistoryMarkdown(result, repo ? { repoUrl: `${server}/${repo}` } : {}));
  if (opts.json) await writeFileAtomic(resolve(io.cwd, opts.json), `${JSON.stringify(historyDocument(result), null, 2)}\n`);
  return 0;
}
