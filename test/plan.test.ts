// Planning: cells per scenario x model x level, pool spread, interleaved reproducible order, --only.
import { describe, expect, it } from "vitest";
import { DEFAULT_COMPARE } from "../src/config/compare-settings.js";
import { DEFAULT_SETTINGS } from "../src/config/load-config.js";
import type { Config, ScenarioConfig } from "../src/config/types.js";
import { makePlan, spread } from "../src/plan/plan.js";

function config(scenarios: Partial<ScenarioConfig>[]): Config {
  return {
    version: 1,
    file: "/repo/concurrency-guard.yml",
    root: "/repo",
    defaults: DEFAULT_SETTINGS,
    compare: DEFAULT_COMPARE,
    budgets: { defaults: {}, scenarios: {} },
    scenarios: scenarios.map((s, i) => ({ ...DEFAULT_SETTINGS, name: `s${i}`, file: `s${i}.mjs`, path: `/repo/s${i}.mjs`, runtime: "node", kind: "io", ...s })),
  };
}

describe("spread", () => {
  it("spreads operations evenly, larger shares first, summing to the total", () => {
    expect(spread(64, 2)).toEqual([32, 32]);
    expect(spread(7, 3)).toEqual([3, 2, 2]);
    expect(spread(1, 1)).toEqual([1]);
  });
});

describe("makePlan", () => {
  it("makes one cell per scenario, model and level, with pool sizes", () => {
    const plan = makePlan(config([{ trials: 3 }, { runtime: "python", models: ["threads"], concurrency: [1000] }]), { cores: 2, seed: 1 });
    expect(plan.cells.map((c) => c.id)).toEqual([
      "s0/async/1", "s0/async/8", "s0/async/64",
      "s0/threads/1", "s0/threads/8", "s0/threads/64",
      "s0/processes/1", "s0/processes/8", "s0/processes/64",
      "s1/threads/1000",
    ]);
    const byId = new Map(plan.cells.map((c) => [c.id, c]));
    expect(byId.get("s0/async/64")).toMatchObject({ poolSize: 1, inFlightPerWorker: [64] });
    expect(byId.get("s0/threads/64")).toMatchObject({ poolSize: 2, inFlightPerWorker: [32, 32] });
    expect(byId.get("s0/processes/1")).toMatchObject({ poolSize: 1, inFlightPerWorker: [1] });
    // Python's thread model: one thread per operation in flight.
    expect(byId.get("s1/threads/1000")!.poolSize).toBe(1000);
    expect(plan.trials).toHaveLength(9 * 3 + 10);
  });

  it("interleaves trials of all cells in an order fixed by the seed", () => {
    const a = makePlan(config([{ trials: 5 }]), { seed: 42, cores: 2 });
    const b = makePlan(config([{ trials: 5 }]), { seed: 42, cores: 2 });
    const c = makePlan(config([{ trials: 5 }]), { seed: 43, cores: 2 });
    const order = (p: typeof a) => p.trials.map((t) => `${t.cell.id}#${t.index}`);
    expect(order(a)).toEqual(order(b));
    expect(order(a)).not.toEqual(order(c));
    expect(a.trials.map((t) => t.order)).toEqual(a.trials.map((_, i) => i));
    // Interleaved: the first ten trials are not all one cell's.
    expect(new Set(a.trials.slice(0, 10).map((t) => t.cell.id)).size).toBeGreaterThan(3);
  });

  it("filters with --only and overrides trials and duration", () => {
    const plan = makePlan(config([{}, {}]), { only: ["s1/threads", "s0/async/8"], trials: 2, durationMs: 300, cores: 2 });
    expect(plan.cells.map((c) => c.id)).toEqual(["s0/async/8", "s1/threads/1", "s1/threads/8", "s1/threads/64"]);
    expect(plan.cells.every((c) => c.scenario.trials === 2 && c.scenario.durationMs === 300)).toBe(true);
    expect(() => makePlan(config([{}]), { only: ["nothing"] })).toThrow(/matches no scenario/);
    expect(() => makePlan(config([{}]), { only: ["s0/fibers"] })).toThrow(/expected a model/);
  });
});
