import { createHash } from "node:crypto";
import type { Read } from "../config/option-values.js";
import { estimateCostMs } from "./cost-estimate.js";
import { interleave, plannedTrialMs, type CellPlan, type Plan } from "./plan.js";

/** One of N machines a plan is split over (`--shard 2/4`, the action's `shard: 2/4`); `index` counts from 1. */
export interface Shard {
  index: number;
  count: number;
}

/** Most shards a plan may be split into: one cell each at the most, as a results file holds at most 5000 cells. */
export const MAX_SHARDS = 5000;

/**
 * Cores assumed when a scenario's cost counts are weighed: the same on every runner, so that every
 * shard of a matrix computes the same split whatever machine it landed on.
 */
const WEIGHING_CORES = 2;

/** What a shard's results file says about the plan it is part of, so `merge` can check it has all of one plan. */
export interface ShardRecord {
  index: number;
  count: number;
  /** Hash of the planned cells' scenario settings (trials, durations, pools: everything but paths). */
  configHash: string;
  /** The seed of the interleaved order, the same on every shard. */
  seed: number;
  /** Hash of config hash, seed and shard count: equal on every shard of one plan. */
  fingerprint: string;
  /** Every cell of the whole plan and the shard that measures it, in plan order. */
  cells: { id: string; shard: number }[];
}

/** `K/N` with 1 <= K <= N: both doors read a shard this way. */
export function readShard(text: string): Read<Shard> {
  const expected = { expected: `K/N, this shard's number K of N shards, 1 <= K <= N <= ${MAX_SHARDS} (such as 2/4)` };
  const m = /^\s*(\d{1,6})\s*\/\s*(\d{1,6})\s*$/.exec(text);
  if (!m) return expected;
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || count > MAX_SHARDS || index < 1 || index > count) return expected;
  return { index, count };
}

/** Expected wall time of a cell's trials: trials x (warm-up + measured time + start-up). */
export function cellExpectedMs(cell: CellPlan): number {
  return cell.scenario.trials * plannedTrialMs(cell);
}

/**
 * Splits the plan's cells over `count` shards, balanced by expected time and never splitting a cell:
 * the trials of one cell must share a machine, or a comparison would mix hardware. Longest first,
 * each to the least loaded shard (ties: the lower number), cells ordered by time then id, so every
 * runner computes the same split from the same config. A scenario's cost counts (run once per
 * scenario) weigh on its first cell, and only that cell's shard counts them.
 */
export function splitCells(cells: readonly CellPlan[], count: number): { shardOf: Map<string, number>; countedBy: Map<string, number>; loadMs: number[] } {
  const costCell = new Map<string, string>();
  for (const cell of cells) if (!costCell.has(cell.scenario.name)) costCell.set(cell.scenario.name, cell.id);
  const weight = (cell: CellPlan) => cellExpectedMs(cell) + (costCell.get(cell.scenario.name) === cell.id && cell.scenario.cost !== "off" ? estimateCostMs([cell.scenario], WEIGHING_CORES) : 0);
  const weighed = cells.map((cell) => ({ cell, ms: weight(cell) })).sort((a, b) => b.ms - a.ms || (a.cell.id < b.cell.id ? -1 : a.cell.id > b.cell.id ? 1 : 0));
  const loadMs = Array.from({ length: count }, () => 0);
  const shardOf = new Map<string, number>();
  for (const { cell, ms } of weighed) {
    let least = 0;
    for (let i = 1; i < count; i++) if (loadMs[i]! < loadMs[least]!) least = i;
    loadMs[least]! += ms;
    shardOf.set(cell.id, least + 1);
  }
  const countedBy = new Map([...costCell].map(([scenario, id]) => [scenario, shardOf.get(id)!]));
  return { shardOf, countedBy, loadMs };
}

/** Hash of what the planned cells measure, without paths (which differ from runner to runner) or pool sizes (which follow its cores). */
export function configHash(plan: Plan): string {
  const cells = plan.cells.map((c) => {
    const { path: _machine, ...scenario } = c.scenario;
    return { id: c.id, scenario };
  });
  return sha256(JSON.stringify(cells)).slice(0, 16);
}

/**
 * The seed a sharded run takes when none is given: from the config's hash, so that every shard,
 * started on its own machine, interleaves with the same seed and records the same fingerprint.
 */
export function shardSeed(plan: Plan): number {
  return parseInt(configHash(plan).slice(0, 8), 16) % 2 ** 31;
}

/**
 * The part of the plan one shard measures: its cells and their trials, in the whole plan's
 * interleaved order (renumbered), and the record its results file carries. A shard may get no
 * cells (more shards than cells): it measures nothing and says so.
 */
export function shardPlan(plan: Plan, shard: Shard): Plan & { shard: ShardRecord; counted: string[] } {
  const { shardOf, countedBy } = splitCells(plan.cells, shard.count);
  const mine = (id: string) => shardOf.get(id) === shard.index;
  const cells = plan.cells.filter((c) => mine(c.id));
  const trials = interleave(plan.cells, plan.seed).filter((t) => mine(t.cell.id));
  trials.forEach((t, order) => (t.order = order));
  const hash = configHash(plan);
  const record: ShardRecord = {
    index: shard.index,
    count: shard.count,
    configHash: hash,
    seed: plan.seed,
    fingerprint: sha256(JSON.stringify([hash, plan.seed, shard.count])).slice(0, 16),
    cells: plan.cells.map((c) => ({ id: c.id, shard: shardOf.get(c.id)! })),
  };
  const counted = [...countedBy].filter(([, index]) => index === shard.index).map(([scenario]) => scenario);
  const estimatedMs = cells.reduce((sum, c) => sum + cellExpectedMs(c), 0);
  return { cells, trials, seed: plan.seed, estimatedMs, shard: record, counted };
}

/** The base's plan of a side-by-side shard: exactly the current shard's cells (a cell one side lacks is measured by neither). */
export function sameCells(basePlan: Plan, shard: Plan & { shard: ShardRecord; counted: string[] }): Plan & { shard: ShardRecord; counted: string[] } {
  const ids = new Set(shard.cells.map((c) => c.id));
  const cells = basePlan.cells.filter((c) => ids.has(c.id));
  const trials = interleave(basePlan.cells, basePlan.seed).filter((t) => ids.has(t.cell.id));
  trials.forEach((t, order) => (t.order = order));
  return { cells, trials, seed: basePlan.seed, estimatedMs: cells.reduce((sum, c) => sum + cellExpectedMs(c), 0), shard: shard.shard, counted: shard.counted };
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
