import { randomUUID } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { loadConfig } from "../config/load-config.js";
import { withCostMode } from "../config/cost-mode.js";
import { withTrialsOf } from "../config/trials-mode.js";
import type { Config, CostMode } from "../config/types.js";
import type { CostEvents } from "../execute/cost/measure-costs.js";
import type { ValgrindProbe } from "../execute/cost/valgrind.js";
import { executePlan, type ExecuteEvents } from "../execute/run-plan.js";
import { Turns } from "../execute/turns.js";
import { makePlan, type Plan, type PlanOptions } from "../plan/plan.js";
import { sameCells, shardPlan, shardSeed, type Shard } from "../plan/shard.js";
import { buildResults } from "../results/build-results.js";
import type { CellResult, ResultsFile, SequentialRecord } from "../results/types.js";
import { InputError } from "../shared/input-error.js";
import { costPreflight, countCosts } from "./cost.js";
import { runRounds, type AdaptiveOptions, type RoundArm } from "./rounds.js";

export interface MeasureOptions extends PlanOptions {
  /** A config file (found from `cwd` up when absent), or a config the caller loaded already. */
  config?: string | Config;
  cwd?: string;
  out?: string;
  events?: (plan: Plan) => ExecuteEvents;
  detectBlocking?: boolean;
  attributeBlocking?: boolean;
  /** Overrides every scenario's `cost` (`run --cost`, the action's `cost` input). */
  cost?: CostMode;
  costEvents?: CostEvents;
  /** How long one count under valgrind may take, instead of the limit scaled from the scenario's native speed (tests). */
  costCountTimeoutMs?: number;
  /** valgrind as already asked (by the time budget); asked here otherwise. */
  valgrind?: ValgrindProbe;
  /** Measure in rounds (`trials: adaptive`), giving more trials only to cells still undecided. */
  adaptive?: AdaptiveOptions;
  /** Measure only this shard's cells of the plan (`--shard K/N`); `merge` puts the shards together. */
  shard?: Shard;
}

export interface Measured {
  config: Config;
  plan: Plan;
  results: ResultsFile;
  out: string;
}

/**
 * config -> plan -> execute -> results: the part of the pipeline the CLI's `run` and the action
 * share. The results file is written even when scenarios failed; their cells carry the error.
 */
export async function measure(options: MeasureOptions = {}): Promise<Measured> {
  const cwd = options.cwd ?? process.cwd();
  const config = withCostMode(configOf(options.config, cwd), options.cost);
  const seed = seedOf(config, options);
  const whole = makePlan(config, { ...options, ...(seed !== undefined && { seed }) });
  const plan = options.shard ? shardPlan(whole, options.shard) : whole;
  const valgrind = await preflight([config], options);
  const out = resultsPath(cwd, options.out);
  const execute = (p: Plan) => executePlan(config, p, { ...(options.events && { events: options.events(p) }), ...blockingOptions(options) });
  let cells: CellResult[];
  let sequential: SequentialRecord | undefined;
  if (options.adaptive) {
    const rounds = await runRounds([{ name: "current", config, plan }], options.adaptive, plan.seed, async (plans) => new Map([["current", await execute(plans.get("current")!)]]));
    cells = rounds.cells.get("current")!;
    sequential = rounds.record;
  } else {
    cells = await execute(plan);
  }
  const [costs] = await countCosts([{ arm: "current", config, plan }], valgrind, costOptions(options));
  return { config, plan, out, results: write(out, buildResults(config, cells, { seed: plan.seed, ...(costs && { costs }), ...(sequential && { sequential }), ...(plan.shard && { shard: plan.shard }) })) };
}

export interface SideBySideOptions extends MeasureOptions {
  /** The base's config; its scenarios load from its own folder. */
  baseConfig: string;
  /** Where the base's results go (default: the results file's name with `.base.json`). */
  baseOut?: string;
  /** The base's commit, when the base is a checkout made for this run. */
  baseGit?: { sha: string; ref?: string };
}

/**
 * Measures the base and the current code in one run, their trials taking turns (see `Turns`):
 * both see the same minutes of the machine, so drift over the run cannot pass for a change.
 * Writes two ordinary results files, which `compare` takes like a stored baseline and a run.
 */
export async function measureSideBySide(options: SideBySideOptions): Promise<Measured & { base: Measured }> {
  const cwd = options.cwd ?? process.cwd();
  const config = withCostMode(configOf(options.config, cwd), options.cost);
  const loadedBase = withCostMode(loadConfig(options.baseConfig, cwd), options.cost);
  // An adaptive run grows both sides alike: the base takes the current config's trials.
  const baseConfig = options.adaptive ? withTrialsOf(loadedBase, config) : loadedBase;
  const seed = seedOf(config, options) ?? Math.floor(Math.random() * 2 ** 31);
  const whole = makePlan(config, { ...options, seed });
  const wholeBase = planOrNothing(baseConfig, { ...options, seed });
  // A shard measures its cells on both sides, so each cell's comparison stays on one runner.
  const plan = options.shard ? shardPlan(whole, options.shard) : whole;
  const basePlan = options.shard ? sameCells(wholeBase, shardPlan(whole, options.shard)) : wholeBase;
  const valgrind = await preflight([config, baseConfig], options);
  const out = resultsPath(cwd, options.out);
  const baseOut = options.baseOut ? resultsPath(cwd, options.baseOut) : out.replace(/(\.json)?$/, ".base.json");

  // Both sides' trials take turns; an adaptive run does so round by round, both sides growing.
  const both = async (roundBase: Plan, roundCurrent: Plan, turnSeed: number) => {
    const turns = new Turns(["base", "current"], turnSeed);
    const events = options.events?.({
      cells: [...roundBase.cells, ...roundCurrent.cells],
      trials: [...roundBase.trials, ...roundCurrent.trials],
      seed: turnSeed,
      estimatedMs: roundBase.estimatedMs + roundCurrent.estimatedMs,
    });
    const label = armEvents(events, roundBase, roundCurrent);
    const arm = (name: "base" | "current", armConfig: Config, armPlan: Plan): Promise<CellResult[]> =>
      executePlan(armConfig, armPlan, {
        ...(events && { events: label(name) }),
        schedule: (start) => turns.take(name, start),
        ...blockingOptions(options),
      }).finally(() => turns.leave(name));
    return Promise.all([arm("base", baseConfig, roundBase), arm("current", config, roundCurrent)]);
  };
  let baseCells: CellResult[];
  let cells: CellResult[];
  let sequential: SequentialRecord | undefined;
  if (options.adaptive) {
    const arms: RoundArm[] = [{ name: "base", config: baseConfig, plan: basePlan }, { name: "current", config, plan }];
    const rounds = await runRounds(arms, options.adaptive, seed, async (plans, round) => {
      const [b, c] = await both(plans.get("base")!, plans.get("current")!, (seed + round) >>> 0);
      return new Map([["base", b], ["current", c]]);
    });
    baseCells = rounds.cells.get("base")!;
    cells = rounds.cells.get("current")!;
    sequential = rounds.record;
  } else {
    [baseCells, cells] = await both(basePlan, plan, seed);
  }
  // Counted after both sides' trials, in one pool, with the current code's op counts for both.
  const [costs, baseCosts] = await countCosts(
    [
      { arm: "current", config, plan },
      { arm: "base", config: baseConfig, plan: basePlan },
    ],
    valgrind,
    costOptions(options),
  );

  const id = randomUUID();
  const shard = plan.shard && { shard: plan.shard };
  const baseResults = buildResults(baseConfig, baseCells, { seed, pairing: { id, arm: "base" }, ...(sequential && { sequential }), ...(options.baseGit && { git: options.baseGit }), ...(baseCosts && { costs: baseCosts }), ...shard });
  return {
    config,
    plan,
    out,
    results: write(out, buildResults(config, cells, { seed, pairing: { id, arm: "current" }, ...(costs && { costs }), ...(sequential && { sequential }), ...shard })),
    base: { config: baseConfig, plan: basePlan, out: baseOut, results: write(baseOut, baseResults) },
  };
}

/** The seed given, else a sharded run's (from its config, so every shard has the same), else none: random. */
function seedOf(config: Config, options: MeasureOptions): number | undefined {
  if (options.seed !== undefined || !options.shard) return options.seed;
  return shardSeed(makePlan(config, { ...options, seed: 0 }));
}

function configOf(config: string | Config | undefined, cwd: string): Config {
  return typeof config === "object" ? config : loadConfig(config, cwd);
}

/** The base may lack what --only picks (a scenario the change adds): then it measures nothing. */
function planOrNothing(config: Config, options: PlanOptions & { seed: number }): Plan {
  try {
    return makePlan(config, options);
  } catch (error) {
    if (!(error instanceof InputError) || options.only === undefined) throw error;
    return { cells: [], trials: [], seed: options.seed, estimatedMs: 0 };
  }
}

/** Progress of both arms as one run: counts add up, cells are named `base: ...` and `current: ...`. */
function armEvents(events: ExecuteEvents | undefined, basePlan: Plan, plan: Plan) {
  const trialsDone = { base: 0, current: 0 };
  const cellsDone = { base: 0, current: 0 };
  const trials = basePlan.trials.length + plan.trials.length;
  const cells = basePlan.cells.length + plan.cells.length;
  return (arm: "base" | "current"): ExecuteEvents => ({
    onTrialStart(trial, done) {
      trialsDone[arm] = done;
      events?.onTrialStart?.({ ...trial, cell: { ...trial.cell, id: `${arm}: ${trial.cell.id}` } }, trialsDone.base + trialsDone.current, trials);
    },
    onTrialDone(trial, outcome, done) {
      trialsDone[arm] = done;
      events?.onTrialDone?.(trial, outcome, trialsDone.base + trialsDone.current, trials);
    },
    onCellDone(cell, done) {
      cellsDone[arm] = done;
      events?.onCellDone?.({ ...cell, id: `${arm}: ${cell.id}` }, cellsDone.base + cellsDone.current, cells);
    },
  });
}

/** Asks valgrind once (unless the caller did); stops the run when `cost: instructions` cannot be counted. */
function preflight(configs: Config[], options: MeasureOptions) {
  const given = options.valgrind;
  return costPreflight(configs, given ? () => Promise.resolve(given) : undefined);
}

function costOptions(options: MeasureOptions) {
  return {
    ...(options.costEvents && { events: options.costEvents }),
    ...(options.costCountTimeoutMs !== undefined && { countTimeoutMs: options.costCountTimeoutMs }),
  };
}

function blockingOptions(options: MeasureOptions) {
  return {
    ...(options.detectBlocking !== undefined && { detectBlocking: options.detectBlocking }),
    ...(options.attributeBlocking !== undefined && { attributeBlocking: options.attributeBlocking }),
  };
}

/** Resolves the results path and creates its folder before minutes of measuring, not after. */
function resultsPath(cwd: string, out: string | undefined): string {
  const file = path.resolve(cwd, out ?? "concurrency-guard-results.json");
  mkdirSync(path.dirname(file), { recursive: true });
  return file;
}

function write(file: string, results: ResultsFile): ResultsFile {
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  return results;
}
