import { existsSync, readFileSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { LineCounter, parseDocument } from "yaml";
import { parseDuration } from "./duration.js";
import type { AdaptiveTrials, BudgetSpec, CompareSettings, Config, CostMode, Kind, Model, PoolSpec, Runtime, ScenarioConfig, Settings } from "./types.js";
import { DEFAULT_ADAPTIVE, MODELS } from "./types.js";
import { DEFAULT_COMPARE, readCompareConfig } from "./compare-settings.js";
import { formatPath, validateConfig } from "./validate.js";
import { durationProblems, poolProblems } from "./limits.js";
import { InputError } from "../shared/input-error.js";

export const CONFIG_NAMES = ["concurrency-guard.yml", "concurrency-guard.yaml", "concurrency-guard.json"];

export const DEFAULT_SETTINGS: Settings = {
  models: [...MODELS],
  concurrency: [1, 8, 64],
  trials: 10,
  durationMs: 1000,
  warmupMs: 250,
  timeoutMs: 30_000,
  blockMs: 20,
  pool: {},
  python: "python3",
  cost: "auto",
};

/** Finds the config in `dir` or the nearest parent up to the repository root. */
export function findConfig(dir: string): string | undefined {
  let current = path.resolve(dir);
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const candidate = path.join(current, name);
      if (existsSync(candidate)) return candidate;
    }
    const parent = path.dirname(current);
    if (existsSync(path.join(current, ".git")) || parent === current) return undefined;
    current = parent;
  }
}

/** The config file a run uses: the one given, else the nearest one found from `cwd` up. */
export function configFile(configPath: string | undefined, cwd = process.cwd()): string {
  const file = configPath ? path.resolve(cwd, configPath) : findConfig(cwd);
  if (!file) {
    throw new InputError(`no ${CONFIG_NAMES.join(" / ")} found in ${cwd} or its parents up to the repository root; pass --config FILE`);
  }
  return file;
}

/** Reads, validates and resolves a config; every problem is reported at once, naming file, field and expectation. */
export function loadConfig(configPath: string | undefined, cwd = process.cwd()): Config {
  const file = configFile(configPath, cwd);
  const shown = path.relative(cwd, file) || file;
  if (!existsSync(file) || !statSync(file).isFile()) throw new InputError(`${shown}: config file not found (tried ${file})`);

  const text = readFileSync(file, "utf8");
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const lines = doc.errors.map((e) => {
      const pos = e.linePos?.[0];
      return `${shown}${pos ? `:${pos.line}:${pos.col}` : ""}: ${e.message.split("\n")[0]}`;
    });
    throw new InputError(lines.join("\n"));
  }
  const data: unknown = doc.toJS();

  const problems = validateConfig(data);
  if (problems.length > 0) {
    const lines = problems.map((p) => {
      const node = doc.getIn(p.segments, true) as { range?: [number, number, number] } | undefined;
      const parentNode = doc.getIn(p.segments.slice(0, -1), true) as { range?: [number, number, number] } | undefined;
      const offset = node?.range?.[0] ?? parentNode?.range?.[0];
      const line = offset === undefined ? "" : ` (line ${lineCounter.linePos(offset).line})`;
      return `${shown}: ${p.path}${line}: ${p.message}`;
    });
    throw new InputError(lines.join("\n"));
  }
  return resolveConfig(data as RawConfig, file, shown);
}

interface RawSettings {
  models?: Model[];
  concurrency?: number[];
  trials?: number | "adaptive";
  adaptive?: Partial<AdaptiveTrials>;
  duration?: string;
  warmup?: string;
  timeout?: string;
  block?: string;
  pool?: { threads?: PoolSpec; processes?: PoolSpec };
  python?: string;
  cost?: CostMode;
  budgets?: BudgetSpec & Partial<Record<Model, BudgetSpec>>;
}
interface RawScenario extends RawSettings {
  name: string;
  file: string;
  kind: Kind;
}
interface RawConfig {
  version: 1;
  defaults?: RawSettings;
  compare?: { alpha?: number; threshold?: { throughput?: string; p99?: string; errors?: string; errorsRelative?: string; instructions?: string }; gateAcrossEnvironments?: boolean };
  scenarios: RawScenario[];
  advice?: boolean;
  hotspots?: boolean;
}

function resolveConfig(raw: RawConfig, file: string, shown: string): Config {
  const root = path.dirname(file);
  const capped = [
    ...durationProblems(["defaults"], raw.defaults ?? {}, shown),
    ...raw.scenarios.flatMap((s, i) => durationProblems(["scenarios", i], s, shown)),
  ];
  if (capped.length > 0) throw new InputError(capped.join("\n"));
  const errors: string[] = [];
  const defaults = mergeSettings(DEFAULT_SETTINGS, raw.defaults ?? {}, (m) => errors.push(`${shown}: defaults.${m}`));
  const seen = new Map<string, number>();
  const scenarios: ScenarioConfig[] = raw.scenarios.map((s, i) => {
    const earlier = seen.get(s.name);
    if (earlier !== undefined) errors.push(`${shown}: scenarios[${i}].name: expected a unique name, "${s.name}" is also scenarios[${earlier}]`);
    seen.set(s.name, i);
    const scenarioPath = path.resolve(root, s.file);
    if (!existsSync(scenarioPath)) errors.push(`${shown}: scenarios[${i}].file: scenario file not found (tried ${scenarioPath})`);
    return {
      ...mergeSettings(defaults, s, (m) => errors.push(`${shown}: scenarios[${i}].${m}`)),
      name: s.name,
      file: s.file,
      path: scenarioPath,
      runtime: runtimeOf(s.file),
      kind: s.kind,
    };
  });
  for (const [i, s] of scenarios.entries()) {
    for (const model of ["threads", "processes"] as const) {
      const written = { scenario: raw.scenarios[i]?.pool?.[model] !== undefined, defaults: raw.defaults?.pool?.[model] !== undefined };
      errors.push(...poolProblems(s, i, written, model, poolSpec(s, model), (spec, c) => poolSize(spec, c), shown));
    }
    if (s.warmupMs + s.durationMs >= s.timeoutMs) {
      errors.push(`${shown}: ${formatPath(["scenarios", i, "timeout"])}: expected a timeout longer than warmup + duration (${s.warmupMs + s.durationMs}ms), got ${s.timeoutMs}ms`);
    }
  }
  if (errors.length > 0) throw new InputError(errors.join("\n"));
  const compare: CompareSettings = {
    alpha: raw.compare?.alpha ?? DEFAULT_COMPARE.alpha,
    thresholds: {
      throughput: percent(raw.compare?.threshold?.throughput) ?? DEFAULT_COMPARE.thresholds.throughput,
      p99: percent(raw.compare?.threshold?.p99) ?? DEFAULT_COMPARE.thresholds.p99,
      errors: percent(raw.compare?.threshold?.errors) ?? DEFAULT_COMPARE.thresholds.errors!,
      errorsRelative: percent(raw.compare?.threshold?.errorsRelative) ?? DEFAULT_COMPARE.thresholds.errorsRelative!,
      instructions: percent(raw.compare?.threshold?.instructions) ?? DEFAULT_COMPARE.thresholds.instructions,
    },
    gateAcrossEnvironments: raw.compare?.gateAcrossEnvironments ?? DEFAULT_COMPARE.gateAcrossEnvironments,
  };
  // Budget strings are parsed now, so a bad one stops the run before any trial, naming where it is.
  const { budgets } = readCompareConfig({ defaults, scenarios }, shown);
  return { version: 1, file, root, defaults, scenarios, compare, budgets, ...(raw.advice === false && { advice: false }), ...(raw.hotspots === false && { hotspots: false }) };
}

function mergeSettings(base: Settings, raw: RawSettings, problem: (message: string) => void): Settings {
  const adaptive = adaptiveOf(base, raw, problem);
  const { async: a, threads: t, processes: p, ...plain } = raw.budgets ?? {};
  const modelBudgets = { ...base.modelBudgets, ...(a && { async: a }), ...(t && { threads: t }), ...(p && { processes: p }) };
  const budgets = { ...base.budgets, ...plain };
  return {
    models: raw.models ?? base.models,
    concurrency: raw.concurrency ?? base.concurrency,
    trials: adaptive?.min ?? (typeof raw.trials === "number" ? raw.trials : base.trials),
    ...(adaptive && { adaptive }),
    durationMs: ms(raw.duration) ?? base.durationMs,
    warmupMs: ms(raw.warmup) ?? base.warmupMs,
    timeoutMs: ms(raw.timeout) ?? base.timeoutMs,
    blockMs: ms(raw.block) ?? base.blockMs,
    pool: { ...base.pool, ...raw.pool },
    python: raw.python ?? base.python,
    cost: raw.cost ?? base.cost,
    ...(Object.keys(budgets).length > 0 && { budgets }),
    ...(Object.keys(modelBudgets).length > 0 && { modelBudgets }),
  };
}

/** `trials: adaptive` turns rounds on (bounds beside it, else inherited, else the defaults); a number turns them off. */
function adaptiveOf(base: Settings, raw: RawSettings, problem: (message: string) => void): AdaptiveTrials | undefined {
  if (typeof raw.trials === "number") {
    if (raw.adaptive) problem(`adaptive: set beside trials: adaptive, but trials is ${raw.trials}`);
    return undefined;
  }
  if (raw.trials !== "adaptive" && !base.adaptive) {
    if (raw.adaptive) problem(`adaptive: set beside trials: adaptive, but trials is ${base.trials} (inherited)`);
    return undefined;
  }
  const bounds = { ...DEFAULT_ADAPTIVE, ...base.adaptive, ...raw.adaptive };
  if (bounds.max < bounds.min) problem(`adaptive.max: expected at least adaptive.min (${bounds.min}), got ${bounds.max}`);
  return bounds;
}

function ms(text: string | undefined): number | undefined {
  return text === undefined ? undefined : parseDuration(text);
}

function percent(text: string | undefined): number | undefined {
  return text === undefined ? undefined : Number(text.replace("%", "")) / 100;
}

function runtimeOf(file: string): Runtime {
  return file.endsWith(".py") ? "python" : "node";
}

/** Node runs one worker per core by default; Python's thread model is one thread per operation in flight. */
export function poolSpec(scenario: ScenarioConfig, model: "threads" | "processes"): PoolSpec {
  const configured = scenario.pool[model];
  if (configured !== undefined) return configured;
  return scenario.runtime === "python" && model === "threads" ? "concurrency" : "cores";
}

/** Resolves a pool spec to a worker count for one concurrency level. */
export function poolSize(spec: PoolSpec, concurrency: number, cores = availableParallelism()): number {
  const size = spec === "cores" ? cores : spec === "concurrency" ? concurrency : spec;
  return Math.max(1, Math.min(size, concurrency));
}
