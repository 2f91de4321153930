import { resolve } from "node:path";
import type { Command } from "commander";
import { median } from "simple-statistics";
import { formatValue } from "../report/number-format.js";
import { alignTable } from "../report/text-table.js";
import { parseStore } from "../store/parse-store.js";
import { readResultsFile } from "../results/read-results.js";
import { checkSha } from "../store/store.js";
import type { ResultsFile } from "../results/types.js";
import { guarded, positiveInteger, processIo, type CommandIo } from "./command-io.js";
import { InputError } from "../shared/input-error.js";

interface SaveOptions {
  store: string;
  results: string;
  commit?: string;
  history?: string;
  trusted?: boolean;
}

interface ShowOptions {
  store: string;
  commit?: string;
  json?: boolean;
}

/**
 * `concurrency-guard baseline save|show`. Saving is the one write in the
 * tool that can change what later pull requests are judged against, so on a
 * pull_request event it refuses unless `--trusted` says the run is vetted.
 */
export function registerBaseline(program: Command, io: CommandIo = processIo()): void {
  const baseline = program.command("baseline").description("save or show stored baselines");
  baseline
    .command("save")
    .description("store a results file as the baseline of its commit")
    .requiredOption("-s, --store <store>", "file:PATH, branch:NAME (default branch concurrency-guard-baselines), or a path")
    .option("-r, --results <file>", "results file to store", "concurrency-guard-results.json")
    .option("--commit <sha>", "commit to file it under (default: git.sha in the results)")
    .option("--history <n>", "baselines a branch store keeps, oldest pruned first (default 100)")
    .option("--trusted", "allow saving from a pull_request event (only for vetted runs)")
    .action((opts: SaveOptions) => guarded(io, () => runBaselineSave(opts, io)));
  baseline
    .command("show")
    .description("list stored baselines, or summarize one")
    .requiredOption("-s, --store <store>", "file:PATH, branch:NAME, or a path")
    .option("--commit <sha>", "summarize the baseline of this commit")
    .option("--json", "print JSON instead of a table")
    .action((opts: ShowOptions) => guarded(io, () => runBaselineShow(opts, io)));
}

export async function runBaselineSave(opts: SaveOptions, io: CommandIo): Promise<number> {
  const event = io.env.GITHUB_EVENT_NAME ?? "";
  if (event.startsWith("pull_request") && !opts.trusted) {
    throw new InputError(
      `refusing to save a baseline from a ${event} event: a pull request must not set what others are compared against (pass --trusted only for vetted runs)`,
    );
  }
  if (opts.commit !== undefined) checkSha(opts.commit, "--commit");
  const results = await readResultsFile(resolve(io.cwd, opts.results), opts.results);
  const history = opts.history === undefined ? undefined : positiveInteger(opts.history);
  const store = parseStore(opts.store, { cwd: io.cwd, ...(history !== undefined && { history }) });
  const entry = await store.save(results, { trusted: true, ...(opts.commit && { sha: opts.commit }) });
  io.stdout(`saved baseline ${entry.sha.slice(0, 12)} (${entry.cells} cells, ${entry.cpus} x ${entry.cpuModel}) to ${store.description}\n`);
  return 0;
}

export async function runBaselineShow(opts: ShowOptions, io: CommandIo): Promise<number> {
  if (opts.commit !== undefined) checkSha(opts.commit, "--commit");
  const store = parseStore(opts.store, { cwd: io.cwd });
  if (opts.commit) {
    const r = await store.loadByCommit(opts.commit);
    if (!r) throw new InputError(`${store.description}: no baseline for commit ${opts.commit}`);
    io.stdout(opts.json ? JSON.stringify(r, null, 2) + "\n" : summarize(r));
    return 0;
  }
  const entries = await store.list();
  if (opts.json) {
    io.stdout(JSON.stringify(entries, null, 2) + "\n");
    return 0;
  }
  if (entries.length === 0) {
    io.stdout(`${store.description}: no baselines stored yet\n`);
    return 0;
  }
  const rows = entries.map((e) => [e.sha.slice(0, 12), e.ref ?? "-", e.createdAt, e.savedAt, `${e.cpus} x ${e.cpuModel}`, String(e.cells)]);
  io.stdout(`${store.description}: ${entries.length} baseline(s), newest first\n`);
  io.stdout(alignTable(["commit", "ref", "measured", "saved", "machine", "cells"], rows, [false, false, false, false, false, true]).join("\n") + "\n");
  return 0;
}

function summarize(r: ResultsFile): string {
  const rows = r.cells.map((c) => {
    const ok = c.trials.filter((t) => t.status === "ok");
    const med = (xs: number[]) => (xs.length > 0 ? median(xs) : null);
    return [
      c.id,
      String(ok.length),
      formatValue(med(ok.map((t) => t.throughput)), "/s"),
      formatValue(med(ok.map((t) => t.latencyMs.p99)), "ms"),
      formatValue(med(ok.map((t) => t.loopDelayMs.max)), "ms"),
    ];
  });
  const head = `baseline ${r.git?.sha.slice(0, 12) ?? "(no commit)"} measured ${r.createdAt} on ${r.env.cpus} x ${r.env.cpuModel}\n`;
  return head + alignTable(["cell", "ok trials", "throughput", "p99", "max loop delay"], rows, [false, true, true, true, true]).join("\n") + "\n";
}
