import { createHash } from "node:crypto";
import { InputError } from "../shared/input-error.js";
import { summarizeCells } from "./summarize-cells.js";
import { analyzeScenarios } from "./summarize.js";
import type { EnvInfo, ResultsFile, ShardRecord, ShardsRecord } from "./types.js";

/** A shard's results as read (and validated) from a file, with the name to use in messages. */
export interface ShardFile {
  label: string;
  results: ResultsFile;
}

export interface MergeOptions {
  /** Merge what there is when shards are missing, their cells marked as not measured; else refuse. */
  allowMissing?: boolean;
}

/**
 * Puts the results of a plan's shards together into one results file of the whole plan, as if one
 * machine had measured every cell (each cell still measured by one runner, both its sides too), so
 * `compare` on it is one family: Holm over every gated comparison of every shard. Refuses, naming
 * the files, what cannot be one plan: files of different plans or commits, one shard twice, a
 * cell in two files or in the wrong shard, base and current sides mixed.
 */
export function mergeShards(files: readonly ShardFile[], options: MergeOptions = {}): ResultsFile {
  if (files.length === 0) throw new InputError("merge: no results files given");
  for (const f of files) {
    if (!f.results.shard) throw new InputError(`${f.label}: not a shard's results (it has no "shard" field: it was written by run without --shard${f.results.shards ? ", or merged already" : ""})`);
    if (f.results.sequential) throw new InputError(`${f.label}: an adaptive run's results cannot be merged (sharded runs have a fixed number of trials)`);
  }
  const first = files[0]!;
  const plan = first.results.shard!;
  for (const f of files.slice(1)) {
    const s = f.results.shard!;
    if (s.fingerprint !== plan.fingerprint || s.count !== plan.count || s.configHash !== plan.configHash || s.seed !== plan.seed) {
      throw new InputError(`${first.label} and ${f.label}: shards of different plans (${planText(plan)} vs ${planText(s)}): merge only the shards of one run of one config`);
    }
    if ((f.results.git?.sha ?? "") !== (first.results.git?.sha ?? "")) {
      throw new InputError(`${first.label} and ${f.label}: results of different commits (${first.results.git?.sha ?? "none"} vs ${f.results.git?.sha ?? "none"})`);
    }
    if (f.results.pairing?.arm !== first.results.pairing?.arm) {
      throw new InputError(`${first.label} and ${f.label}: ${armText(first.results)} and ${armText(f.results)} mixed: merge the base's files and the current code's files separately`);
    }
  }

  const byIndex = new Map<number, ShardFile>();
  for (const f of files) {
    const index = f.results.shard!.index;
    const twice = byIndex.get(index);
    if (twice) throw new InputError(`${twice.label} and ${f.label}: shard ${index}/${plan.count} twice`);
    byIndex.set(index, f);
  }
  const assigned = new Map(plan.cells.map((c) => [c.id, c.shard]));
  const seenIn = new Map<string, string>();
  for (const f of files) {
    for (const cell of f.results.cells) {
      const other = seenIn.get(cell.id);
      if (other !== undefined) throw new InputError(`${other} and ${f.label}: cell ${cell.id} in both (overlapping shards)`);
      seenIn.set(cell.id, f.label);
      const shard = assigned.get(cell.id);
      if (shard !== f.results.shard!.index) {
        throw new InputError(`${f.label}: cell ${cell.id} ${shard === undefined ? "is not in the plan" : `belongs to shard ${shard}`}, not to shard ${f.results.shard!.index}/${plan.count}`);
      }
    }
  }

  const present = [...byIndex.keys()].sort((a, b) => a - b);
  // A shard the plan gave no cells (more shards than cells) loses nothing when its file is absent.
  const owning = new Set(plan.cells.map((c) => c.shard));
  const missing = Array.from({ length: plan.count }, (_, i) => i + 1).filter((i) => !byIndex.has(i) && owning.has(i));
  const missingCells = missing.map((index) => ({ index, cells: plan.cells.filter((c) => c.shard === index).map((c) => c.id) }));
  if (missing.length > 0 && !options.allowMissing) {
    const cells = missingCells.reduce((n, m) => n + m.cells.length, 0);
    throw new InputError(
      `${missingText(missing, plan.count)} (merged: ${files.map((f) => f.label).join(", ")}): their ${cells} cell${cells === 1 ? "" : "s"} would not be measured; ` +
        "give every shard's results, or pass --allow-missing to merge what there is",
    );
  }

  const ordered = present.map((i) => structuredClone(byIndex.get(i)!.results));
  const order = new Map(plan.cells.map((c, i) => [c.id, i]));
  const cells = ordered.flatMap((r) => r.cells).sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  // Error kinds name the levels they occurred at, across the cells of a scenario and model: again over all shards.
  summarizeCells(cells);
  const head = ordered[0]!;
  const shards: ShardsRecord = {
    count: plan.count,
    fingerprint: plan.fingerprint,
    configHash: plan.configHash,
    seed: plan.seed,
    merged: ordered.map((r) => ({ index: r.shard!.index, cells: r.cells.length, createdAt: r.createdAt, env: r.env, ...(r.pairing && { pairing: r.pairing }) })),
    missing: missingCells,
  };
  const costs = ordered.flatMap((r) => r.costs ?? []);
  const { shard: _one, costs: _counted, ...rest } = head;
  return {
    ...rest,
    createdAt: ordered.map((r) => r.createdAt).sort()[0]!,
    env: mergedEnv(ordered.map((r) => r.env)),
    ...(head.pairing && { pairing: { id: sha256(ordered.map((r) => r.pairing!.id).join("\n")).slice(0, 32), arm: head.pairing.arm } }),
    cells,
    scenarios: analyzeScenarios(cells),
    ...(costs.length > 0 && { costs }),
    shards,
  };
}

/**
 * One machine: its own environment. Several: a combined fingerprint, so a stored baseline from
 * other hardware is not gated on timing, while the two merged sides of a side-by-side run (each
 * shard's base and current on one runner) match each other.
 */
function mergedEnv(envs: EnvInfo[]): EnvInfo {
  const head = envs[0]!;
  const prints = [...new Set(envs.map((e) => e.fingerprint))].sort();
  if (prints.length === 1) return head;
  const models = [...new Set(envs.map((e) => `${e.cpus} x ${e.cpuModel}`))];
  return { ...head, cpuModel: `${prints.length} machines: ${models.join("; ")}`.slice(0, 200), fingerprint: `shards-${sha256(prints.join("\n")).slice(0, 16)}` };
}

/** "shard 3 of 4 missing", "shards 2, 4 of 4 missing". */
export function missingText(missing: readonly number[], count: number): string {
  const shown = missing.slice(0, 20).join(", ") + (missing.length > 20 ? ` and ${missing.length - 20} more` : "");
  return `shard${missing.length === 1 ? "" : "s"} ${shown} of ${count} missing`;
}

/**
 * Why merged results are incomplete (shards were missing), or undefined: both doors fail on it after
 * reporting, since the cells of a missing shard were never checked.
 */
export function missingShards(results: ResultsFile): string | undefined {
  const missing = results.shards?.missing ?? [];
  if (missing.length === 0) return undefined;
  const cells = missing.flatMap((m) => m.cells);
  const shown = cells.slice(0, 5).join(", ") + (cells.length > 5 ? `, and ${cells.length - 5} more` : "");
  return `${missingText(missing.map((m) => m.index), results.shards!.count)}: ${cells.length} cell${cells.length === 1 ? "" : "s"} not measured (${shown || "none"}); a missing shard fails the check`;
}

function planText(s: ShardRecord): string {
  return `shard ${s.index}/${s.count}, plan ${s.fingerprint}`;
}

function armText(r: ResultsFile): string {
  return r.pairing ? `the ${r.pairing.arm} side of a side-by-side run` : "a run without a base";
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/**
 * A baseline is the whole plan: one shard's results, or a merge with shards missing, would leave
 * cells without a baseline that every later pull request is judged against. Called by every store's save.
 */
export function assertWholePlan(results: ResultsFile, label: string): void {
  if (results.shard) {
    throw new InputError(`${label}: these are the results of shard ${results.shard.index}/${results.shard.count}, a part of the plan: merge every shard's results (concurrency-guard merge) and store the merged file`);
  }
  const missing = missingShards(results);
  if (missing) throw new InputError(`${label}: ${missing}; a baseline must hold the whole plan`);
}
