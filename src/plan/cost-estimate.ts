import type { ScenarioConfig } from "../config/types.js";

/**
 * Rough wall time of one run's CPU cost counts, for the time budget: per counted scenario a native
 * sizing run, then four counts under valgrind shared among the cores. A Node count is dominated by
 * Node's own start-up under valgrind (about a billion instructions), a Python count by the work.
 */
export const COST_COUNT_MS = { node: 12_000, python: 6_000 } as const;
const SIZING_MS = 1_500;
const COUNTS_PER_SCENARIO = 4;

export function estimateCostMs(scenarios: readonly ScenarioConfig[], cores: number): number {
  const counted = scenarios.filter((s) => s.cost !== "off");
  const countMs = counted.reduce((sum, s) => sum + COUNTS_PER_SCENARIO * COST_COUNT_MS[s.runtime], 0);
  return counted.length * SIZING_MS + countMs / Math.max(1, cores);
}
