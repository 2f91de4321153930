import type { Kind, Model } from "../config/types.js";
import type { CellResult } from "../execute/types.js";
import type { ScenarioCost } from "../execute/cost/types.js";
import type { ShardRecord } from "../plan/shard.js";

export type { Percentiles, LoopStats, Stall, StallSite, TrialStatus, TrialResult, CellResult, StopReason, BlockingSite, CellSummary, CellError, ErrorKind, ErrorSite } from "../execute/types.js";
export type { CostCount, ScenarioCost } from "../execute/cost/types.js";
export type { ShardRecord } from "../plan/shard.js";

export const RESULTS_SCHEMA = "concurrency-guard/results@1";

export interface EnvInfo {
  os: string;
  arch: string;
  cpus: number;
  cpuModel: string;
  memoryMb: number;
  node: string;
  python?: string;
  /** Stable hash of what makes numbers comparable: cpu model, cores, memory, os, arch. */
  fingerprint: string;
}

export interface ResultsFile {
  schema: typeof RESULTS_SCHEMA;
  tool: { name: string; version: string };
  createdAt: string;
  env: EnvInfo;
  git?: { sha: string; ref?: string };
  /**
   * Set on the two results files of one side-by-side run (`run --against`, the action's
   * `against: base-commit`): the same id on both, and which side this is. Two files with the same
   * id were measured in the same minutes of the same machine, so no run-to-run drift lies between them.
   */
  pairing?: { id: string; arm: "base" | "current" };
  /** The resolved config (defaults filled in), as the run used it. */
  config: unknown;
  cells: CellResult[];
  /** Per scenario analysis filled by the results stage (best model, measured kind, ...). */
  scenarios?: ScenarioAnalysis[];
  /** CPU cost per scenario (instructions per operation), or why it was not counted; absent with `cost: off`. */
  costs?: ScenarioCost[];
  /** Set by an adaptive run (`trials: adaptive`): its design, from which `compare` replays the looks. */
  sequential?: SequentialRecord;
  /** Set by a sharded run (`--shard K/N`): which shard this is, and the whole plan's split. */
  shard?: ShardRecord;
  /** Set by `merge`: the shards merged into this file, each with its machine, and those missing. */
  shards?: ShardsRecord;
}

/**
 * The shards a merged results file was made of. Each shard's cells were measured on that shard's
 * machine only (both sides of a side-by-side run too), so each cell's comparison stays on one runner.
 */
export interface ShardsRecord {
  count: number;
  fingerprint: string;
  configHash: string;
  seed: number;
  merged: { index: number; cells: number; createdAt: string; env: EnvInfo; pairing?: { id: string; arm: "base" | "current" } }[];
  /** Shards whose results were not there (`merge --allow-missing`): their cells were not measured. */
  missing: { index: number; cells: string[] }[];
}

/**
 * An adaptive run's group-sequential design and how it went: the first round's trials, the cap,
 * the trials each later round adds, the planned looks and the spending function; the rounds run
 * and the time they took (and the budget they had).
 */
export interface SequentialRecord {
  min: number;
  max: number;
  step: number;
  looks: number;
  spending: "obrien-fleming";
  /** The alpha the run's looks were taken at (compare replays them at its own). */
  alpha: number;
  rounds: number;
  elapsedMs: number;
  budgetMs?: number;
  /**
   * The last round that ran for only some of the cells open before it (the time left held only
   * their part of it): its number, the cells it ran, and the cells that were open.
   */
  partial?: PartialRound;
}

/** A round the time budget let run for `cells` of the `open` cells only. */
export interface PartialRound {
  round: number;
  cells: number;
  open: number;
}

export interface ScenarioAnalysis {
  scenario: string;
  declaredKind: Kind;
  /** From CPU time per op vs wall time per op at concurrency 1 (or the lowest level). */
  measuredKind?: Kind;
  cpuShare?: number;
  kindWarning?: string;
  /** Which model gave the best median throughput at each level, and by how much over the next. */
  best: { concurrency: number; model: Model; throughput: number; ratioOverNext?: number }[];
}
