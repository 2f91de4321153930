import { isBad, readTrials, type Read } from "./option-values.js";
import { ADAPTIVE_STEP, DEFAULT_ADAPTIVE, type Config, type ScenarioConfig } from "./types.js";

/** What a door may ask for trials: a fixed count per cell, or rounds (`adaptive`). */
export type TrialsRequest = number | "adaptive";

/** `run --trials`, the action's `trials`: an integer of at least MIN_TRIALS, or `adaptive`. */
export function readTrialsRequest(text: string): Read<TrialsRequest> {
  if (text.trim() === "adaptive") return "adaptive";
  const value = readTrials(text.trim());
  return isBad(value) ? { expected: `${value.expected}, or adaptive` } : value;
}

/**
 * The config with a door's trials applied: a number makes every scenario fixed at that count;
 * `adaptive` makes every scenario adaptive (its own bounds, else the defaults); none keeps the config's.
 */
export function withTrials(config: Config, request: TrialsRequest | undefined): Config {
  if (request === undefined) return config;
  const apply = <T extends Omit<ScenarioConfig, "name" | "file" | "path" | "runtime" | "kind">>(s: T): T => {
    if (request === "adaptive") {
      const adaptive = s.adaptive ?? config.defaults.adaptive ?? DEFAULT_ADAPTIVE;
      return { ...s, trials: adaptive.min, adaptive };
    }
    const { adaptive: _off, ...fixed } = s;
    return { ...fixed, trials: request } as T;
  };
  return { ...config, defaults: apply(config.defaults), scenarios: config.scenarios.map(apply) };
}

/** The run's sequential design: the smallest first round and the largest cap of its adaptive scenarios. */
export function adaptiveDesign(config: Config): { min: number; max: number; step: number } | undefined {
  const bounds = config.scenarios.flatMap((s) => (s.adaptive ? [s.adaptive] : []));
  if (bounds.length === 0) return undefined;
  return { min: Math.min(...bounds.map((b) => b.min)), max: Math.max(...bounds.map((b) => b.max)), step: ADAPTIVE_STEP };
}

/**
 * The base's config in a side-by-side run, its trials made the current config's: scenario by
 * scenario (a scenario new to one side keeps the defaults'), so both sides grow alike each round.
 */
export function withTrialsOf(config: Config, from: Config): Config {
  const pick = (source: Pick<ScenarioConfig, "trials" | "adaptive">) => ({ trials: source.trials, ...(source.adaptive && { adaptive: source.adaptive }) });
  const strip = <T extends { adaptive?: unknown }>(s: T): Omit<T, "adaptive"> => {
    const { adaptive: _a, ...rest } = s;
    return rest;
  };
  return {
    ...config,
    defaults: { ...strip(config.defaults), ...pick(from.defaults) },
    scenarios: config.scenarios.map((s) => ({ ...strip(s), ...pick(from.scenarios.find((f) => f.name === s.name) ?? from.defaults) })),
  };
}
