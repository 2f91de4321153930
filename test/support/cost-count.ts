// Counting a configured scenario's instructions under real valgrind, for the cost tests of each runtime.
import { expect } from "vitest";
import type { Config, ScenarioConfig } from "../../src/config/types.js";
import { measureCosts } from "../../src/execute/cost/measure-costs.js";
import { probeValgrind, type ValgrindProbe } from "../../src/execute/cost/valgrind.js";
import type { ScenarioCost } from "../../src/results/types.js";

/** The valgrind on PATH; these tests count with it, so its absence fails them. */
export async function requireValgrind(): Promise<ValgrindProbe> {
  const valgrind = await probeValgrind();
  if (!valgrind.ok) throw new Error(`these tests count with valgrind: ${valgrind.reason}`);
  return valgrind;
}

function scenario(config: Config, name: string): ScenarioConfig {
  const s = config.scenarios.find((x) => x.name === name);
  if (!s) throw new Error(`no scenario ${name}`);
  return { ...s, cost: "instructions" };
}

/** The scenario's cost as the current side counts it (at the given op counts, as a side-by-side run's second side does); it must count. */
export async function countScenario(valgrind: ValgrindProbe, config: Config, name: string, ops?: [number, number]): Promise<ScenarioCost> {
  const [cost] = await measureCosts([{ arm: "current", scenario: scenario(config, name), root: config.root, ...(ops && { ops }) }], { valgrind });
  expect(cost?.status, cost?.reason).toBe("ok");
  return cost!;
}

/** The two repetitions of each op count agree to within `bound` of the count (Node: about 1e-5 seen, up to 4e-5). */
export function expectRepeatable(cost: ScenarioCost, bound: number): void {
  expect(cost.counts).toHaveLength(2);
  for (const c of cost.counts!) {
    expect(c.instructions).toHaveLength(2);
    const [a, b] = c.instructions as [number, number];
    expect(Math.abs(a - b) / a, `${c.ops} ops: ${a} and ${b}`).toBeLessThan(bound);
  }
}
