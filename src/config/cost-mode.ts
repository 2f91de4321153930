import type { Read } from "./option-values.js";
import type { Config, CostMode } from "./types.js";

/** The values of `cost:` (config), `run --cost` and the action's `cost` input. */
export const COST_MODES: readonly CostMode[] = ["auto", "instructions", "off"];

export function readCostMode(text: string): Read<CostMode> {
  const value = text.trim();
  if ((COST_MODES as readonly string[]).includes(value)) return value as CostMode;
  return { expected: `one of ${COST_MODES.join(", ")}` };
}

/** The config with every scenario's `cost` set to what a door asked for (`run --cost off`). */
export function withCostMode(config: Config, mode: CostMode | undefined): Config {
  if (mode === undefined) return config;
  return {
    ...config,
    defaults: { ...config.defaults, cost: mode },
    scenarios: config.scenarios.map((s) => ({ ...s, cost: mode })),
  };
}
