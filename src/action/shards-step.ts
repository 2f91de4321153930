import { readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { LoadedBaseline } from "../pipeline/baseline.js";
import type { RunnerIO } from "../publish/runner-io.js";
import { shardNotes } from "../report/shard-text.js";
import { mergeShards, missingShards, type ShardFile } from "../results/merge-shards.js";
import { readResultsFile } from "../results/read-results.js";
import type { ResultsFile } from "../results/types.js";
import { InputError } from "../shared/input-error.js";

/** The names a shard job writes (`results.json`, and `base-results.json` side by side), as its artifact holds them. */
const CURRENT = "results.json";
const BASE = "base-results.json";
/** Files looked at in the folder: two per shard at the most. */
const MAX_FILES = 10_000;

/**
 * The report job of a sharded matrix: every shard's results found under `dir` (where the shard
 * jobs' artifacts were downloaded), each checked by the results validator, merged into one run of
 * the whole plan (and the base's files, side by side, into one base). A missing shard does not stop
 * the report: its cells are named as not measured, and the step fails after publishing.
 */
export async function mergedShardResults(dir: string, copy: string, io: RunnerIO, notes: string[]): Promise<{ results: ResultsFile; base?: LoadedBaseline }> {
  const found = shardFiles(dir);
  if (found.current.length === 0) {
    throw new InputError(`input "shards" (${dir}): no ${CURRENT} found: download the shard jobs' artifacts there (actions/download-artifact with a pattern) before this step`);
  }
  const read = async (files: string[]): Promise<ShardFile[]> => {
    const out: ShardFile[] = [];
    for (const file of files) out.push({ label: path.relative(path.dirname(dir), file) || file, results: await readResultsFile(file, `input "shards": ${file}`) });
    return out;
  };
  const current = await read(found.current);
  const results = mergeShards(current, { allowMissing: true });
  writeFileSync(copy, `${JSON.stringify(results, null, 2)}\n`);
  io.info(`merged ${current.length} shard results (${results.cells.length} cells) from ${dir}`);
  notes.push(...shardNotes(results));
  const missing = missingShards(results);
  if (missing) {
    io.warning(missing);
    notes.push(missing);
  }
  if (found.base.length === 0) return { results };
  const baseFiles = await read(found.base);
  const indexes = (files: ShardFile[]) => files.map((f) => f.results.shard?.index ?? 0).sort((a, b) => a - b).join(", ");
  if (indexes(baseFiles) !== indexes(current)) {
    throw new InputError(`input "shards" (${dir}): base results for shards ${indexes(baseFiles)} but current results for shards ${indexes(current)}: each side-by-side shard writes both`);
  }
  const base = mergeShards(baseFiles, { allowMissing: true });
  writeFileSync(path.join(path.dirname(copy), BASE), `${JSON.stringify(base, null, 2)}\n`);
  const sha = base.git?.sha.slice(0, 12) ?? "the base commit";
  notes.push(`compared with the base commit ${sha}, measured in each shard's job with its trials taking turns with the PR's`);
  return { results, base: { results: base, source: `base commit ${sha}, measured side by side in each shard's job` } };
}

/** Every results.json and base-results.json under `dir`, in a stable order. */
function shardFiles(dir: string): { current: string[]; base: string[] } {
  let entries: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new InputError(`input "shards" (${dir}): expected a folder holding the shard jobs' artifacts, got a file`);
    entries = readdirSync(dir, { recursive: true, encoding: "utf8" });
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`input "shards" (${dir}): cannot read the folder (${(error as Error).message}): download the shard jobs' artifacts there first`);
  }
  const files = entries.sort().map((e) => path.join(dir, e));
  const named = (name: string) => files.filter((f) => path.basename(f) === name);
  const current = named(CURRENT);
  const base = named(BASE);
  if (current.length + base.length > MAX_FILES) throw new InputError(`input "shards" (${dir}): ${current.length + base.length} results files, more than ${MAX_FILES}`);
  return { current, base };
}
