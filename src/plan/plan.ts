import { poolSize, poolSpec } from "../config/load-config.js";
import { MODELS, type Config, type Model, type ScenarioConfig } from "../config/types.js";
import { InputError } from "../shared/input-error.js";
import type { ShardRecord } from "./shard.js";

/** One scenario under one model at one concurrency level: the unit that gets compared. */
export interface CellPlan {
  id: string;
  scenario: ScenarioConfig;
  model: Model;
  concurrency: number;
  poolSize: number;
  /** Operations in flight on each loop of the pool (sums to `concurrency`). */
  inFlightPerWorker: number[];
}

/** One trial of one cell; `order` is its place in the run's interleaved sequence. */
export interface TrialPlan {
  cell: CellPlan;
  index: number;
  order: number;
}

export interface Plan {
  cells: CellPlan[];
  trials: TrialPlan[];
  seed: number;
  /** Rough wall time of the run, for progress and time budgets. */
  estimatedMs: number;
  /** A shard of a bigger plan (`--shard K/N`): which one, and the whole plan's split. */
  shard?: ShardRecord;
  /** A shard: the scenarios whose cost counts it takes (each scenario is counted by one shard). */
  counted?: string[];
}

export interface PlanOptions {
  /** `SCENARIO[/MODEL[/CONCURRENCY]]` filters; a cell is kept when any matches. */
  only?: string[];
  trials?: number;
  durationMs?: number;
  seed?: number;
  cores?: number;
}

/** Rough cost of starting a trial process and its pool, for estimates only. */
export const TRIAL_OVERHEAD_MS = 300;

/** Planned wall time of one of the cell's trials: warm-up, measured window and start-up. */
export function plannedTrialMs(cell: CellPlan): number {
  return cell.scenario.warmupMs + cell.scenario.durationMs + TRIAL_OVERHEAD_MS;
}

/**
 * Expands scenarios into cells and trials, and shuffles trials of all cells together
 * (randomized multiple interleaved trials) so that a slow minute of the machine spreads
 * over every cell instead of landing on one.
 */
export function makePlan(config: Config, options: PlanOptions = {}): Plan {
  const filters = (options.only ?? []).map(parseOnly);
  const cells: CellPlan[] = [];
  for (const scenario of config.scenarios) {
    for (const model of scenario.models) {
      for (const concurrency of scenario.concurrency) {
        if (filters.length > 0 && !filters.some((f) => f.matches(scenario.name, model, concurrency))) continue;
        const size = model === "async" ? 1 : poolSize(poolSpec(scenario, model), concurrency, options.cores);
        cells.push({
          id: `${scenario.name}/${model}/${concurrency}`,
          scenario: {
            ...scenario,
            ...(options.trials !== undefined && { trials: options.trials }),
            ...(options.durationMs !== undefined && { durationMs: options.durationMs }),
          },
          model,
          concurrency,
          poolSize: size,
          inFlightPerWorker: spread(concurrency, size),
        });
      }
    }
  }
  if (cells.length === 0) {
    throw new InputError(`--only ${options.only?.join(",")}: matches no scenario/model/concurrency in ${config.file}`);
  }
  const seed = options.seed ?? Math.floor(Math.random() * 2 ** 31);
  const trials = interleave(cells, seed);
  const estimatedMs = trials.reduce((sum, t) => sum + plannedTrialMs(t.cell), 0);
  return { cells, trials, seed, estimatedMs };
}

/** Every trial of the cells in the seeded, randomized interleaved order (a shard keeps its part of it). */
export function interleave(cells: readonly CellPlan[], seed: number): TrialPlan[] {
  const trials: TrialPlan[] = cells.flatMap((cell) => Array.from({ length: cell.scenario.trials }, (_, index) => ({ cell, index, order: 0 })));
  shuffle(trials, mulberry32(seed));
  trials.forEach((t, order) => (t.order = order));
  return trials;
}

/** Spreads `total` operations over `workers` as evenly as possible, larger shares first. */
export function spread(total: number, workers: number): number[] {
  const base = Math.floor(total / workers);
  const extra = total % workers;
  return Array.from({ length: workers }, (_, i) => base + (i < extra ? 1 : 0));
}

/** One `--only` filter, SCENARIO[/MODEL[/CONCURRENCY]]: for a plan, and for the history of stored runs. */
export function parseOnly(filter: string) {
  const [scenario, model, level] = filter.split("/");
  if (level !== undefined && !/^\d+$/.test(level)) throw new InputError(`--only ${filter}: expected SCENARIO[/MODEL[/CONCURRENCY]], got concurrency "${level}"`);
  if (model !== undefined && model !== "" && !(MODELS as readonly string[]).includes(model)) {
    throw new InputError(`--only ${filter}: expected a model ${MODELS.join(", ")}, got "${model}"`);
  }
  return {
    matches: (name: string, m: Model, c: number) =>
      (scenario === undefined || scenario === "" || scenario === name) &&
      (model === undefined || model === "" || model === m) &&
      (level === undefined || Number(level) === c),
    /** A figure per scenario (instructions per op) is kept when a filter names its scenario. */
    matchesScenario: (name: string) => scenario === undefined || scenario === "" || scenario === name,
  };
}

/** Small seeded generator so a run's order can be reproduced from its recorded seed. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher-Yates with the seeded generator: the interleaved order of a plan (or of one round). */
export function shuffle<T>(items: T[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
}
