import { isBad, readAlpha, readDuration, readPositiveInteger, readThreshold, type Read } from "../config/option-values.js";
import { LIMITS } from "../config/limits.js";
import { parseFailOn } from "../compare/fail-on.js";
import { readCostMode } from "../config/cost-mode.js";
import { readTrialsRequest, type TrialsRequest } from "../config/trials-mode.js";
import type { CostMode } from "../config/types.js";
import { FAIL_ON, type FailOn } from "../compare/gate.js";
import { InputError } from "../shared/input-error.js";
import { readShard, type Shard } from "../plan/shard.js";

export type RequestedMode = "auto" | "check" | "update-baseline" | "run";
export type CommentMode = "auto" | "always" | "on-change" | "never";
export type Against = "baseline" | "base-commit";
export type StoreErrors = "fail" | "warn";

const MODES: readonly RequestedMode[] = ["auto", "check", "update-baseline", "run"];
const COMMENT_MODES: readonly CommentMode[] = ["auto", "always", "on-change", "never"];
const AGAINST: readonly Against[] = ["baseline", "base-commit"];
const STORE_ERRORS: readonly StoreErrors[] = ["fail", "warn"];

export const DEFAULT_STORE = "branch:concurrency-guard-baselines";

/** Every input of `action.yml`, read once and checked, with defaults filled in. */
export interface ActionInputs {
  /** Config path relative to the workspace; undefined: found at the repository root. */
  config?: string;
  mode: RequestedMode;
  /** Baseline store, `branch:NAME` or `file:PATH`. */
  baseline: string;
  /**
   * What a pull request is compared with: the stored baseline, or its base commit measured in the
   * same job, side by side (its trials taking turns with the PR's).
   */
  against: Against;
  /**
   * What a baseline store that cannot be read does (a corrupt index, a failed fetch): `fail` the
   * step with verdict `error` (the default: a gate that cannot see its baseline must not pass), or
   * `warn` and go on without a baseline. A store with no baseline yet is neither.
   */
  storeErrors: StoreErrors;
  /** Empty when none was given: then nothing is posted, the summary still is. */
  githubToken: string;
  comment: CommentMode;
  failOn: FailOn[];
  alpha?: number;
  /** Throughput threshold as a fraction (0.05 = 5%). */
  threshold?: number;
  /** A fixed count, or `adaptive`; unset with a time budget: adaptive. */
  trials?: TrialsRequest;
  durationMs?: number;
  timeBudgetMs?: number;
  /** Overrides every scenario's `cost` (instructions per operation under valgrind). */
  cost?: CostMode;
  /**
   * A results file to report on instead of measuring: the workflow_run follow-up job passes the
   * artifact of the pull request's run, so code from the PR never runs next to a write token.
   */
  results?: string;
  /** A measuring job of a sharded matrix (`shard: 2/4`): measure this shard only, compare nothing, post nothing. */
  shard?: Shard;
  /**
   * The report job of a sharded matrix: the folder the shard jobs' artifacts were downloaded to,
   * searched for their `results.json` (and `base-results.json`); merged, compared, posted once.
   */
  shards?: string;
  /**
   * On baseline runs, after storing: open or update one issue when the history analysis finds a new
   * change point (`history-issue: false` turns it off; the job summary shows the charts either way).
   */
  historyIssue: boolean;
  /** Baselines a branch store keeps, oldest pruned first. */
  baselineHistory?: number;
}

/**
 * Reads each input once through `read` (the runner's `INPUT_*` variables in production, a plain
 * map in tests) and reports every bad value at once, each message naming the input and the form
 * it expects, so one failed run is enough to fix a workflow.
 */
export function readInputs(read: (name: string) => string): ActionInputs {
  const problems: string[] = [];
  const get = (name: string) => read(name).trim();
  const bad = (name: string, expected: string, got: string) => problems.push(`input "${name}": expected ${expected}, got "${got}"`);

  const choice = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const value = get(name);
    if (value === "") return fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    bad(name, `one of ${allowed.join(", ")}`, value);
    return fallback;
  };

  const inputs: ActionInputs = {
    mode: choice("mode", MODES, "auto"),
    baseline: get("baseline") || DEFAULT_STORE,
    against: choice("against", AGAINST, "base-commit"),
    storeErrors: choice("store-errors", STORE_ERRORS, "fail"),
    githubToken: get("github-token"),
    comment: choice("comment", COMMENT_MODES, "auto"),
    failOn: [...FAIL_ON],
    historyIssue: choice("history-issue", ["true", "false"] as const, "true") === "true",
  };

  const config = get("config");
  if (config !== "") inputs.config = config;
  const results = get("results");
  if (results !== "") inputs.results = results;

  if (!/^(branch:|file:)/.test(inputs.baseline)) bad("baseline", "a store such as branch:concurrency-guard-baselines or file:PATH", inputs.baseline);
  else if (/^file:\s*$/.test(inputs.baseline)) bad("baseline", "a path after file:", inputs.baseline);

  const optional = <T>(name: string, reader: (text: string) => Read<T>, set: (value: T) => void) => {
    const text = get(name);
    if (text === "") return;
    const value = reader(text);
    if (isBad(value)) bad(name, value.expected, text);
    else set(value);
  };
  optional("fail-on", parseFailOn, (v) => (inputs.failOn = v));
  optional("alpha", readAlpha, (v) => (inputs.alpha = v));
  optional("threshold", readThreshold, (v) => (inputs.threshold = v));
  optional("trials", readTrialsRequest, (v) => (inputs.trials = v));
  optional("duration", readDuration, (v) => (inputs.durationMs = v));
  optional("time-budget", (t) => readDuration(t, "10m or 90s", LIMITS.timeoutMs), (v) => (inputs.timeBudgetMs = v));
  optional("cost", readCostMode, (v) => (inputs.cost = v));
  optional("shard", readShard, (v) => (inputs.shard = v));
  const shards = get("shards");
  if (shards !== "") inputs.shards = shards;
  const given = (["shard", "shards", "results"] as const).filter((name) => get(name) !== "");
  if (given.length > 1) problems.push(`inputs ${given.map((n) => `"${n}"`).join(" and ")}: give one: shard on the measuring jobs of a matrix, shards on its report job, results on a follow-up job`);
  optional("baseline-history", readPositiveInteger, (v) => (inputs.baselineHistory = v));

  if (problems.length > 0) throw new InputError(problems.join("\n"));
  return inputs;
}

/**
 * The runner's way of passing inputs (`INPUT_<NAME>`, upper-cased, spaces as underscores, hyphens
 * kept), for callers that run outside the Actions toolkit such as the local-action script.
 */
export function envInputReader(env: NodeJS.ProcessEnv): (name: string) => string {
  return (name) => {
    const value = env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "";
    // As for the CLI's --cost: the environment's CONCURRENCY_GUARD_COST when the input is not given.
    return name === "cost" && value === "" ? (env.CONCURRENCY_GUARD_COST ?? "") : value;
  };
}
