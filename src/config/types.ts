import type { BudgetTable } from "./compare-settings.js";

/** The three ways a scenario's operations can be run concurrently. */
export type Model = "async" | "threads" | "processes";
/** The one list of models, in the order tables show them. */
export const MODELS: readonly Model[] = ["async", "threads", "processes"];

/**
 * The fewest trials a cell may have, everywhere (config, `--trials`, the action's input, the time
 * budget's trimming): trials are the unit the statistics compare, and one trial has no spread.
 * The schema's `trials.minimum` says the same (a test holds them equal).
 */
export const MIN_TRIALS = 2;

/**
 * `trials: adaptive` without bounds: 6 trials a side in the first round (enough for a later look to
 * reach alpha), at most 30 per cell. Rounds add `ADAPTIVE_STEP` trials to each undecided cell.
 */
export const DEFAULT_ADAPTIVE: AdaptiveTrials = { min: 6, max: 30 };
export const ADAPTIVE_STEP = 4;

/** Bounds of a sequential (adaptive) run: trials in the first round, and the most a cell may get. */
export interface AdaptiveTrials {
  min: number;
  max: number;
}

export type Runtime = "node" | "python";
/**
 * Whether a scenario's CPU cost (instructions per operation, counted under valgrind) is measured:
 * `auto` where valgrind is available, `instructions` always (a run without valgrind is an input
 * error), `off` never.
 */
export type CostMode = "auto" | "instructions" | "off";
export type Kind = "io" | "cpu";

/**
 * How many workers a pool model starts: a fixed count, one per core, or one per
 * operation in flight (the classic thread-per-request shape).
 */
export type PoolSpec = number | "cores" | "concurrency";

/** Budgets as written in the config; parsed and checked by the compare stage. */
export interface BudgetSpec {
  throughput?: string;
  p99?: string;
  maxBlock?: string;
  regression?: string;
  /** Highest median error rate (failed / started operations), e.g. "<= 0.1%". */
  errors?: string;
  /** Most instructions per operation, e.g. "<= 3M" (the scenario's CPU cost, not per cell). */
  instructions?: string;
}

/** Settings every scenario inherits unless it overrides them. Durations in ms. */
export interface Settings {
  models: Model[];
  concurrency: number[];
  /** Fixed trials per cell; with `adaptive`, the first round's (`adaptive.min`). */
  trials: number;
  /** Set by `trials: adaptive`: measured in rounds, more trials only where the verdict is open. */
  adaptive?: AdaptiveTrials;
  durationMs: number;
  warmupMs: number;
  timeoutMs: number;
  /** Loop stall threshold: a loop that cannot run callbacks for longer is stalled. */
  blockMs: number;
  /** Unset means the runtime's default: Node uses one worker per core; Python threads one per operation in flight. */
  pool: { threads?: PoolSpec; processes?: PoolSpec };
  /** Python interpreter for `.py` scenarios. */
  python: string;
  /** Count the scenario's instructions per operation (see `CostMode`). */
  cost: CostMode;
  budgets?: BudgetSpec;
  /** Per-model budget overrides, e.g. budgets for `async` only. */
  modelBudgets?: Partial<Record<Model, BudgetSpec>>;
}

export interface ScenarioConfig extends Settings {
  name: string;
  /** As written in the config, relative to the config's folder. */
  file: string;
  /** Absolute path of the scenario module. */
  path: string;
  runtime: Runtime;
  kind: Kind;
}

/** A validated config with every default filled in. */
export interface Config {
  version: 1;
  /** Absolute path of the config file. */
  file: string;
  /** Folder that scenario paths and reported source lines are relative to. */
  root: string;
  defaults: Settings;
  scenarios: ScenarioConfig[];
  /** Comparison settings, defaults filled in. */
  compare: CompareSettings;
  /** Budgets per scenario and model, each string already checked; the compare stage reads them from here. */
  budgets: BudgetTable;
  /** `advice: false` in the config: reports show no advice. Unset means on. */
  advice?: boolean;
  /** `hotspots: false` in the config: counted scenarios are not profiled per function. Unset means on. */
  hotspots?: boolean;
}

export interface CompareSettings {
  alpha: number;
  /** Relative change that counts as real, per metric, as a fraction (0.05 = 5%). */
  thresholds: {
    throughput: number;
    p99: number;
    /** Error rate: the absolute rise that counts as real, in rate points (0.01 = 1 point); default 0.01. */
    errors?: number;
    /** Error rate: the rise relative to the baseline's median rate that counts as real; default 0.5. */
    errorsRelative?: number;
    /** Instructions per operation: the relative rise that counts as real; default 0.01. */
    instructions: number;
  };
  /** Gate on throughput even when the baseline came from different hardware. */
  gateAcrossEnvironments: boolean;
}
