// A partial last round of an adaptive run: which open cells the time left holds (src/plan/next-round.ts), their priority (regressionLean), runRounds on a fake clock, and the headline.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_COMPARE } from "../src/config/compare-settings.js";
import { loadConfig } from "../src/config/load-config.js";
import { adaptiveDesign } from "../src/config/trials-mode.js";
import { regressionLean } from "../src/compare/sequential.js";
import type { CellComparison, MetricComparison } from "../src/compare/types.js";
import { chooseCells, nextRoundCosts } from "../src/plan/next-round.js";
import { makePlan, plannedTrialMs, type Plan } from "../src/plan/plan.js";
import { runRounds, type ArmName } from "../src/pipeline/rounds.js";
import { adaptiveHeadline } from "../src/report/sequential-text.js";
import type { CellResult } from "../src/results/types.js";
import { gaussian, seeded, trial } from "./support/results-fixture.js";

describe("choosing the cells of a partial round", () => {
  const cells = [
    { id: "a", priority: 2, costMs: 6000 },
    { id: "b", priority: 6, costMs: 22_800 },
    { id: "c", priority: 4, costMs: 6000 },
    { id: "d", priority: 8, costMs: 6000 },
  ];

  it("takes every cell when the whole round fits, and none when no cell does", () => {
    expect(chooseCells(cells, 40_800)).toEqual(["a", "b", "c", "d"]);
    expect(chooseCells(cells, 5999)).toEqual([]);
  });

  it("goes down the priorities, each cell whole, letting a smaller cell use time a larger one could not", () => {
    // d (6000) leaves 14,000; b (22,800) does not fit; c (6000) leaves 8000; a (6000) leaves 2000.
    expect(chooseCells(cells, 20_000)).toEqual(["a", "c", "d"]);
    // d leaves 24,800; b leaves 2000; c and a do not fit.
    expect(chooseCells(cells, 30_800)).toEqual(["b", "d"]);
    expect(chooseCells(cells, 11_999)).toEqual(["d"]);
  });

  it("breaks ties by the order given, and ranks a cell without estimates last", () => {
    const tied = [
      { id: "x", priority: -Infinity, costMs: 10 },
      { id: "y", priority: 1, costMs: 10 },
      { id: "z", priority: 1, costMs: 10 },
      { id: "w", priority: Number.NaN, costMs: 10 },
    ];
    expect(chooseCells(tied, 10)).toEqual(["y"]);
    expect(chooseCells(tied, 20)).toEqual(["y", "z"]);
    expect(chooseCells(tied, 30)).toEqual(["x", "y", "z"]);
  });

  it("leans towards the metric furthest on its bad side, relative to its threshold", () => {
    const metric = (better: "higher" | "lower", change: number | null, threshold: number, gated = true) => ({ better, change, threshold, gated }) as MetricComparison;
    const cell = (...metrics: MetricComparison[]) => ({ metrics }) as CellComparison;
    // Throughput down 12% against 5%: 2.4; p99 up 5% against 10%: 0.5.
    expect(regressionLean(cell(metric("higher", -0.12, 0.05), metric("lower", 0.05, 0.1)))).toBeCloseTo(2.4, 12);
    // Both on the good side: the one nearest to its threshold's bad side, -0.2.
    expect(regressionLean(cell(metric("higher", 0.01, 0.05), metric("lower", -0.04, 0.1)))).toBeCloseTo(-0.2, 12);
    // A metric not gated, or without an estimate, does not count.
    expect(regressionLean(cell(metric("higher", -0.5, 0.05, false), metric("lower", null, 0.1)))).toBe(-Infinity);
  });
});

// Four cells, throughput down 10%, 30%, 20% and 40% on the current side; `b` has 1.5 s trials, the others 0.1 s.
const CONFIG = [
  "version: 1",
  "defaults: { models: [async], concurrency: [1], trials: adaptive, adaptive: { min: 6, max: 14 }, duration: 100ms, warmup: 100ms, cost: off }",
  "scenarios:",
  "  - { name: a, file: bench/s.mjs, kind: io }",
  "  - { name: b, file: bench/s.mjs, kind: io, duration: 1500ms }",
  "  - { name: c, file: bench/s.mjs, kind: io }",
  "  - { name: d, file: bench/s.mjs, kind: io }",
].join("\n");
const SLOWDOWN: Record<string, number> = { a: 0.9, b: 0.7, c: 0.8, d: 0.6 };

function config() {
  const dir = mkdtempSync(path.join(tmpdir(), "cg-partial-round-"));
  mkdirSync(path.join(dir, "bench"));
  writeFileSync(path.join(dir, "bench/s.mjs"), "export async function run() {}\n");
  writeFileSync(path.join(dir, "concurrency-guard.yml"), CONFIG);
  return loadConfig(undefined, dir);
}

/**
 * Stands in for the trials of a round: real-shaped cells whose throughput is 1000 ops/s (times the
 * cell's slowdown on the current side) with 2% seeded noise, and a clock that moves by 1.5 times
 * each trial's planned length, as if every trial took half as long again as planned.
 */
function fakeRounds(clock: { ms: number }) {
  const calls: { round: number; trials: Record<string, Record<string, number>> }[] = [];
  const runRound = async (plans: Map<ArmName, Plan>, round: number) => {
    const out = new Map<ArmName, CellResult[]>();
    const seen: Record<string, Record<string, number>> = {};
    for (const [arm, plan] of plans) {
      const random = seeded(round * 10 + (arm === "base" ? 1 : 2));
      seen[arm] = {};
      out.set(
        arm,
        plan.cells.map((cell) => {
          const trials = plan.trials.filter((t) => t.cell.id === cell.id);
          seen[arm]![cell.scenario.name] = trials.length;
          const factor = arm === "current" ? SLOWDOWN[cell.scenario.name]! : 1;
          return {
            id: cell.id,
            scenario: cell.scenario.name,
            runtime: "node",
            kind: "io",
            model: cell.model,
            concurrency: cell.concurrency,
            poolSize: 1,
            inFlightPerWorker: [1],
            trials: trials.map((t) => ({ ...trial(t.index, { throughput: 1000 * factor * Math.exp(0.02 * gaussian(random)), p99: 10 * Math.exp(0.02 * gaussian(random)) }), order: t.order })),
          };
        }),
      );
      clock.ms += plan.trials.reduce((sum, t) => sum + 1.5 * plannedTrialMs(t.cell), 0);
    }
    calls.push({ round, trials: seen });
    return out;
  };
  return { calls, runRound };
}

describe("runRounds with a partial round", () => {
  it("runs the next round for the open cells that fit, highest lean first, each on the planned grid; the others stop as time", async () => {
    const current = config();
    const design = adaptiveDesign(current)!;
    expect(design).toEqual({ min: 6, max: 14, step: 4 });
    const plan = makePlan(current, { seed: 7 });
    const clock = { ms: 0 };
    const { calls, runRound } = fakeRounds(clock);
    // Round 1: 6 trials x 2 sides x 1.5 x (3 x 500 ms + 1900 ms) = 61,200 ms. The budget leaves
    // 20,000 ms; round 2 would take 4 x 2 x 1.5 x 500 = 6000 ms for a, c or d and 22,800 ms for b.
    // By lean (d 8, b 6, c 4, a 2): d, not b, then c and a. Timed per trial alike (1275 ms each,
    // 10,200 ms a cell), the round would have held d alone.
    const { cells, record } = await runRounds(
      [
        { name: "base", config: current, plan },
        { name: "current", config: current, plan },
      ],
      { design, settings: { ...DEFAULT_COMPARE, alpha: 0.05 }, budgetMs: 81_200, timeBudgetMs: 120_000, now: () => clock.ms },
      7,
      runRound,
    );
    expect(calls.map((c) => c.round)).toEqual([1, 2]);
    expect(calls[0]!.trials).toEqual({ base: { a: 6, b: 6, c: 6, d: 6 }, current: { a: 6, b: 6, c: 6, d: 6 } });
    expect(calls[1]!.trials).toEqual({ base: { a: 4, c: 4, d: 4 }, current: { a: 4, c: 4, d: 4 } });
    expect(record).toMatchObject({ rounds: 2, elapsedMs: 79_200, budgetMs: 120_000, partial: { round: 2, cells: 3, open: 4 } });

    for (const arm of ["base", "current"] as const) {
      const byName = Object.fromEntries(cells.get(arm)!.map((c) => [c.scenario, c]));
      expect(byName.b!.stop).toEqual({ reason: "time", round: 1 });
      expect(byName.b!.trials.map((t) => t.index)).toEqual([0, 1, 2, 3, 4, 5]);
      for (const name of ["a", "c", "d"]) {
        const cell = byName[name]!;
        expect(cell.trials.map((t) => t.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
        expect(cell.trials.map((t) => t.round)).toEqual([1, 1, 1, 1, 1, 1, 2, 2, 2, 2]);
        // 10 trials a side separate a 10-40% slowdown with 2% noise: decided at look 2; had it
        // stayed open, round 3's 6000 ms would not fit the 2000 ms left.
        expect(cell.stop).toEqual({ reason: "changed", round: 2 });
      }
    }
    expect(adaptiveHeadline(cells.get("current")!.map((c) => ({ id: c.id, trials: c.trials.length, ...(c.stop && { stop: c.stop }) })), record)).toBe(
      "adaptive: 3 of 4 cells decided (3 after 10 trials), 1 stopped by the time budget; 2 rounds (round 2 for 3 of 4 open cells), 1m19s of a 2m budget",
    );
  });

  it("stops every open cell as time when no cell's round fits, and runs the full round when it all fits", async () => {
    const current = config();
    const design = adaptiveDesign(current)!;
    const plan = makePlan(current, { seed: 7 });
    const arms = [
      { name: "base" as const, config: current, plan },
      { name: "current" as const, config: current, plan },
    ];
    const settings = { ...DEFAULT_COMPARE, alpha: 0.05 };
    const tight = { ms: 0 };
    const few = fakeRounds(tight);
    const stopped = await runRounds(arms, { design, settings, budgetMs: 67_199, now: () => tight.ms }, 7, few.runRound);
    expect(few.calls.map((c) => c.round)).toEqual([1]);
    expect(stopped.record.partial).toBeUndefined();
    expect(stopped.cells.get("current")!.map((c) => c.stop)).toEqual([1, 2, 3, 4].map(() => ({ reason: "time", round: 1 })));

    const roomy = { ms: 0 };
    const all = fakeRounds(roomy);
    const full = await runRounds(arms, { design, settings, budgetMs: 102_000, now: () => roomy.ms }, 7, all.runRound);
    expect(all.calls[1]!.trials.current).toEqual({ a: 4, b: 4, c: 4, d: 4 });
    expect(full.record.partial).toBeUndefined();
  });
});

describe("the cost of a cell's next round", () => {
  it("scales each arm's planned trials by their planned length", () => {
    const plan = makePlan(config(), { seed: 1 });
    const costs = nextRoundCosts([plan.cells, plan.cells.slice(1, 2)], 4, 2, 1.5);
    // a: 4 trials x 500 ms x 1.5 on one arm; b: 4 x 1900 x 1.5 on each of two arms.
    expect(Object.fromEntries(costs)).toEqual({ "a/async/1": 3000, "b/async/1": 22_800, "c/async/1": 3000, "d/async/1": 3000 });
    // The first round: 6 trials.
    expect(nextRoundCosts([plan.cells.slice(0, 1)], 4, 1, 1).get("a/async/1")).toBe(3000);
  });
});
