import { availableParallelism } from "node:os";
import type { Config } from "../config/types.js";
import { measureCosts, type CostOptions } from "../execute/cost/measure-costs.js";
import { probeValgrind, type ValgrindProbe } from "../execute/cost/valgrind.js";
import type { Plan } from "../plan/plan.js";
import type { ScenarioCost } from "../results/types.js";
import { InputError } from "../shared/input-error.js";

/**
 * Before any trial: whether valgrind can count here (asked once, and only when some scenario wants
 * counts). A scenario that asks for `cost: instructions` where it cannot is an input error, so the
 * run stops before minutes of trials rather than silently leaving the counts out.
 */
export async function costPreflight(configs: readonly Config[], probe: () => Promise<ValgrindProbe> = () => probeValgrind()): Promise<ValgrindProbe | undefined> {
  const scenarios = configs.flatMap((c) => c.scenarios).filter((s) => s.cost !== "off");
  if (scenarios.length === 0) return undefined;
  const valgrind = await probe();
  const explicit = scenarios.find((s) => s.cost === "instructions");
  if (!valgrind.ok && explicit) {
    throw new InputError(
      `cost: instructions (scenario ${explicit.name}) needs valgrind to count instructions, but ${valgrind.reason}. ` +
        "Install valgrind, or use cost: auto (counts where valgrind is available) or --cost off",
    );
  }
  return valgrind;
}

/** One run whose scenarios are counted: side by side, the base and the current code. */
export interface CostArm {
  arm: string;
  config: Config;
  plan: Plan;
}

/**
 * Counts the planned scenarios of every arm in one pool, after the trials (never during them).
 * Returns each arm's costs, in its config's scenario order.
 */
export async function countCosts(
  arms: readonly CostArm[],
  valgrind: ValgrindProbe | undefined,
  options: Pick<CostOptions, "events" | "countTimeoutMs"> = {},
): Promise<ScenarioCost[][]> {
  if (!valgrind) return arms.map(() => []);
  const targets = arms.flatMap(({ arm, config, plan }) => {
    // A shard counts only the scenarios given to it: each scenario is counted once over all shards.
    const planned = new Set(plan.counted ?? plan.cells.map((c) => c.scenario.name));
    return config.scenarios.filter((s) => planned.has(s.name)).map((scenario) => ({ arm, scenario, root: config.root, profile: config.hotspots !== false }));
  });
  const costs = await measureCosts(targets, { ...options, valgrind, parallel: availableParallelism() });
  return arms.map(({ arm }) => costs.filter((c, i): c is ScenarioCost => c !== undefined && targets[i]!.arm === arm));
}
