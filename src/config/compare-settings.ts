import { BUDGET_KEYS, parseCellBudgets, type ResolvedBudgets } from "./budgets.js";
import { MODELS, type BudgetSpec, type CompareSettings, type Model } from "./types.js";
import { InputError } from "../shared/input-error.js";

/** The one set of compare defaults: a config without `compare:` and a results file without it both get these. */
export const DEFAULT_COMPARE: CompareSettings = {
  alpha: 0.01,
  thresholds: { throughput: 0.05, p99: 0.1, errors: 0.01, errorsRelative: 0.5, instructions: 0.01 },
  gateAcrossEnvironments: false,
};

/** Budgets of one scenario as the config holds them, plus where they came from for messages. */
export interface ScenarioBudgets {
  budgets?: BudgetSpec;
  modelBudgets?: Partial<Record<Model, BudgetSpec>>;
}

export interface BudgetTable {
  defaults: ScenarioBudgets;
  scenarios: Record<string, ScenarioBudgets>;
}

/**
 * Reads compare settings and budgets out of a resolved config (the `config`
 * field of a results file, or a freshly loaded config). The config is typed
 * `unknown` in results files written by any version, so each field is checked
 * and a wrong one is named rather than silently defaulted.
 */
export function readCompareConfig(config: unknown, source: string): { settings: CompareSettings; budgets: BudgetTable } {
  const root = isObject(config) ? config : {};
  const settings = readSettings(root.compare, `${source}: compare`);
  const defaults = isObject(root.defaults) ? readScenarioBudgets(root.defaults, `${source}: defaults`) : {};
  const scenarios: Record<string, ScenarioBudgets> = {};
  if (Array.isArray(root.scenarios)) {
    root.scenarios.forEach((s: unknown, i) => {
      if (!isObject(s) || typeof s.name !== "string") return;
      scenarios[s.name] = readScenarioBudgets(s, `${source}: scenarios[${i}]`);
    });
  }
  const budgets = { defaults, scenarios };
  // Every budget string is parsed now, so a bad one fails when the config is read, named as the
  // compare stage names it; the compare stage then only looks them up.
  for (const name of Object.keys(scenarios)) for (const model of MODELS) parseCellBudgets(budgetsFor(budgets, name, model, source));
  return { settings, budgets };
}

function readSettings(value: unknown, path: string): CompareSettings {
  if (value === undefined) return structuredClone(DEFAULT_COMPARE);
  if (!isObject(value)) throw new InputError(`${path}: expected an object, got ${JSON.stringify(value)}`);
  const d = DEFAULT_COMPARE;
  const alpha = value.alpha ?? d.alpha;
  if (typeof alpha !== "number" || !(alpha > 0 && alpha < 1)) {
    throw new InputError(`${path}.alpha: expected a number between 0 and 1, got ${JSON.stringify(alpha)}`);
  }
  const t = value.thresholds === undefined ? {} : value.thresholds;
  if (!isObject(t)) throw new InputError(`${path}.thresholds: expected an object, got ${JSON.stringify(t)}`);
  const thresholds = {
    throughput: readFraction(t.throughput ?? d.thresholds.throughput, `${path}.thresholds.throughput`),
    p99: readFraction(t.p99 ?? d.thresholds.p99, `${path}.thresholds.p99`),
    errors: readFraction(t.errors ?? d.thresholds.errors, `${path}.thresholds.errors`),
    errorsRelative: readRelative(t.errorsRelative ?? d.thresholds.errorsRelative, `${path}.thresholds.errorsRelative`),
    instructions: readFraction(t.instructions ?? d.thresholds.instructions, `${path}.thresholds.instructions`),
  };
  const gate = value.gateAcrossEnvironments ?? d.gateAcrossEnvironments;
  if (typeof gate !== "boolean") {
    throw new InputError(`${path}.gateAcrossEnvironments: expected true or false, got ${JSON.stringify(gate)}`);
  }
  return { alpha, thresholds, gateAcrossEnvironments: gate };
}

function readFraction(v: unknown, path: string): number {
  if (typeof v !== "number" || !(v >= 0 && v < 1)) {
    throw new InputError(`${path}: expected a fraction such as 0.05 (for 5%), got ${JSON.stringify(v)}`);
  }
  return v;
}

/** A relative rise may exceed 100% (a doubled error rate is a +100% rise). */
function readRelative(v: unknown, path: string): number {
  if (typeof v !== "number" || !(v >= 0 && Number.isFinite(v))) {
    throw new InputError(`${path}: expected a fraction such as 0.5 (for 50%), got ${JSON.stringify(v)}`);
  }
  return v;
}

function readScenarioBudgets(s: Record<string, unknown>, path: string): ScenarioBudgets {
  const out: ScenarioBudgets = {};
  if (s.budgets !== undefined) out.budgets = readBudgetSpec(s.budgets, `${path}.budgets`);
  if (s.modelBudgets !== undefined) {
    if (!isObject(s.modelBudgets)) throw new InputError(`${path}.modelBudgets: expected an object keyed by model`);
    const mb: Partial<Record<Model, BudgetSpec>> = {};
    for (const [model, spec] of Object.entries(s.modelBudgets)) {
      if (!MODELS.includes(model as Model)) {
        throw new InputError(`${path}.modelBudgets.${model}: expected one of ${MODELS.join(", ")}`);
      }
      mb[model as Model] = readBudgetSpec(spec, `${path}.modelBudgets.${model}`);
    }
    out.modelBudgets = mb;
  }
  return out;
}

function readBudgetSpec(v: unknown, path: string): BudgetSpec {
  if (!isObject(v)) throw new InputError(`${path}: expected an object of budgets, got ${JSON.stringify(v)}`);
  const spec: BudgetSpec = {};
  for (const [key, value] of Object.entries(v)) {
    if (!BUDGET_KEYS.includes(key as keyof BudgetSpec)) {
      throw new InputError(`${path}.${key}: unknown budget; expected one of ${BUDGET_KEYS.join(", ")}`);
    }
    if (typeof value !== "string") {
      throw new InputError(`${path}.${key}: expected a string such as ">= 2000/s", got ${JSON.stringify(value)}`);
    }
    spec[key as keyof BudgetSpec] = value;
  }
  return spec;
}

/**
 * Budgets that apply to one cell: defaults, then the scenario's, then the
 * per-model ones, each later layer overriding single keys. Paths are carried
 * along so a broken budget string is reported where it was written.
 */
export function budgetsFor(table: BudgetTable, scenario: string, model: Model, source = "config"): ResolvedBudgets {
  const out: ResolvedBudgets = {};
  const layers: [BudgetSpec | undefined, string][] = [];
  const s = table.scenarios[scenario];
  layers.push([table.defaults.budgets, `${source}: defaults.budgets`]);
  layers.push([s?.budgets, `${source}: scenario ${scenario} budgets`]);
  layers.push([table.defaults.modelBudgets?.[model], `${source}: defaults.modelBudgets.${model}`]);
  layers.push([s?.modelBudgets?.[model], `${source}: scenario ${scenario} modelBudgets.${model}`]);
  for (const [spec, path] of layers) {
    if (!spec) continue;
    for (const key of BUDGET_KEYS) {
      const value = spec[key];
      if (value !== undefined) out[key] = { spec: value, path: `${path}.${key}` };
    }
  }
  return out;
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
