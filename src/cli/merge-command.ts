import { resolve } from "node:path";
import type { Command } from "commander";
import { readResultsFile } from "../results/read-results.js";
import { mergeShards, missingShards } from "../results/merge-shards.js";
import { shardNotes } from "../report/shard-text.js";
import { guarded, processIo, writeFileAtomic, type CommandIo } from "./command-io.js";

interface MergeCommandOptions {
  out: string;
  allowMissing?: boolean;
}

/**
 * `concurrency-guard merge`: the shards' results of one plan (`run --shard K/N` on N machines) into
 * one results file, which `compare` and `baseline save` take like any run's. Exit 2, naming the
 * files, on what cannot be one plan; missing shards are refused unless `--allow-missing`.
 */
export function registerMerge(program: Command, io: CommandIo = processIo()): void {
  program
    .command("merge")
    .description("merge the results of a plan's shards (run --shard K/N) into one results file; exit 2 on files that are not one plan")
    .argument("<files...>", "the shards' results files (the base's files of side-by-side shards merge the same way, separately)")
    .requiredOption("-o, --out <file>", "merged results file to write")
    .option("--allow-missing", "merge what there is when shards are missing; their cells are marked not measured (compare then fails)")
    .action((files: string[], opts: MergeCommandOptions) => guarded(io, () => runMerge(files, opts, io)));
}

export async function runMerge(files: string[], opts: MergeCommandOptions, io: CommandIo): Promise<number> {
  const shards = [];
  for (const file of files) shards.push({ label: file, results: await readResultsFile(resolve(io.cwd, file), file) });
  const merged = mergeShards(shards, { allowMissing: opts.allowMissing === true });
  await writeFileAtomic(resolve(io.cwd, opts.out), `${JSON.stringify(merged, null, 2)}\n`);
  for (const note of shardNotes(merged)) io.stderr(`concurrency-guard: ${note}\n`);
  const missing = missingShards(merged);
  if (missing) io.stderr(`concurrency-guard: warning: ${missing}\n`);
  io.stdout(`merged ${merged.shards!.merged.length} shard results (${merged.cells.length} cells) into ${opts.out}\n`);
  return 0;
}
