// Sharding a plan: the K/N reader, the balanced split by expected time, each shard's cells and trials, and merged shards compared as one Holm family.
import { describe, expect, it } from "vitest";
import { compareResults } from "../src/compare/compare.js";
import { DEFAULT_COMPARE } from "../src/config/compare-settings.js";
import { DEFAULT_SETTINGS } from "../src/config/load-config.js";
import type { Config, ScenarioConfig } from "../src/config/types.js";
import { makePlan } from "../src/plan/plan.js";
import { readShard, shardPlan, splitCells } from "../src/plan/shard.js";
import { mergeShards } from "../src/results/merge-shards.js";
import type { ResultsFile, ShardRecord } from "../src/results/types.js";
import { holmAdjust } from "../src/stats/holm.js";
import { cell, grid, results, seeded } from "./support/results-fixture.js";

function config(scenarios: Partial<ScenarioConfig>[], root = "/repo"): Config {
  return {
    version: 1,
    file: `${root}/concurrency-guard.yml`,
    root,
    defaults: DEFAULT_SETTINGS,
    compare: DEFAULT_COMPARE,
    budgets: { defaults: {}, scenarios: {} },
    scenarios: scenarios.map((s, i) => ({ ...DEFAULT_SETTINGS, name: `s${i}`, file: `s${i}.mjs`, path: `${root}/s${i}.mjs`, runtime: "node", kind: "io", cost: "off", models: ["async"], warmupMs: 200, durationMs: 500, ...s })),
  };
}

describe("readShard", () => {
  it("reads K/N and refuses everything else with the expected form", () => {
    expect(readShard("2/4")).toEqual({ index: 2, count: 4 });
    expect(readShard(" 1 / 1 ")).toEqual({ index: 1, count: 1 });
    for (const bad of ["0/2", "3/2", "1/0", "a/b", "2", "1/2/3", "-1/2", "1.5/2", "", "1/5001"]) {
      expect(readShard(bad), bad).toEqual({ expected: "K/N, this shard's number K of N shards, 1 <= K <= N <= 5000 (such as 2/4)" });
    }
  });
});

describe("splitCells", () => {
  // s0: 6 trials x (200 + 500 + 300 start-up) = 6000 ms per cell; s1: 2 trials x 1000 = 2000 ms per cell.
  const plan = makePlan(config([{ trials: 6, concurrency: [1, 8] }, { trials: 2, concurrency: [1, 8] }]), { seed: 1, cores: 2 });

  it("balances by expected time, longest cells first, each to the least loaded shard", () => {
    const two = splitCells(plan.cells, 2);
    expect(Object.fromEntries(two.shardOf)).toEqual({ "s0/async/1": 1, "s0/async/8": 2, "s1/async/1": 1, "s1/async/8": 2 });
    expect(two.loadMs).toEqual([8000, 8000]);
    const three = splitCells(plan.cells, 3);
    expect(Object.fromEntries(three.shardOf)).toEqual({ "s0/async/1": 1, "s0/async/8": 2, "s1/async/1": 3, "s1/async/8": 3 });
    expect(three.loadMs).toEqual([6000, 6000, 4000]);
  });

  it("weighs a scenario's cost counts on its first cell, and gives them to that cell's shard only", () => {
    // s1 counted: 1500 ms sizing + 4 counts x 12000 ms over 2 cores = 25500 ms on s1/async/1, now the longest.
    const counted = makePlan(config([{ trials: 6, concurrency: [1, 8] }, { trials: 2, concurrency: [1, 8], cost: "auto" }]), { seed: 1, cores: 2 });
    const split = splitCells(counted.cells, 2);
    expect(Object.fromEntries(split.shardOf)).toEqual({ "s1/async/1": 1, "s0/async/1": 2, "s0/async/8": 2, "s1/async/8": 2 });
    expect(split.loadMs).toEqual([27500, 14000]);
    expect(Object.fromEntries(split.countedBy)).toEqual({ s0: 2, s1: 1 });
    expect(shardPlan(counted, { index: 1, count: 2 }).counted).toEqual(["s1"]);
    expect(shardPlan(counted, { index: 2, count: 2 }).counted).toEqual(["s0"]);
  });
});

describe("shardPlan", () => {
  const cfg = config([{ trials: 3, concurrency: [1, 2, 8] }, { trials: 2, concurrency: [1, 4], models: ["async", "threads"] }]);
  const whole = makePlan(cfg, { seed: 99, cores: 2 });

  it("gives every cell to exactly one shard, with all its trials, in the whole plan's order", () => {
    for (const count of [1, 2, 3, 7]) {
      const shards = Array.from({ length: count }, (_, i) => shardPlan(whole, { index: i + 1, count }));
      const ids = shards.flatMap((s) => s.cells.map((c) => c.id));
      expect(ids.sort()).toEqual(whole.cells.map((c) => c.id).sort());
      expect(new Set(ids).size).toBe(ids.length);
      for (const s of shards) {
        const mine = new Set(s.cells.map((c) => c.id));
        const expected = whole.trials.filter((t) => mine.has(t.cell.id)).map((t) => `${t.cell.id}#${t.index}`);
        expect(s.trials.map((t) => `${t.cell.id}#${t.index}`)).toEqual(expected);
        expect(s.trials.map((t) => t.order)).toEqual(s.trials.map((_, i) => i));
        expect(s.shard.cells.filter((c) => c.shard === s.shard.index).map((c) => c.id)).toEqual(s.cells.map((c) => c.id));
      }
      expect(new Set(shards.map((s) => s.shard.fingerprint)).size).toBe(1);
    }
  });

  it("leaves the extra shards empty when there are more shards than cells", () => {
    const count = whole.cells.length + 2;
    const last = shardPlan(whole, { index: count, count });
    expect(last.cells).toEqual([]);
    expect(last.trials).toEqual([]);
    expect(last.shard.cells).toHaveLength(whole.cells.length);
  });

  it("fingerprints the plan: the same on any machine, different for another seed or other trials", () => {
    const fp = (c: Config, seed: number, cores: number, count = 2) => shardPlan(makePlan(c, { seed, cores }), { index: 1, count }).shard;
    const here = fp(cfg, 99, 2);
    const elsewhere = fp(config([{ trials: 3, concurrency: [1, 2, 8] }, { trials: 2, concurrency: [1, 4], models: ["async", "threads"] }], "/other/checkout"), 99, 16);
    expect(elsewhere.fingerprint).toBe(here.fingerprint);
    expect(elsewhere.cells).toEqual(here.cells);
    expect(fp(cfg, 100, 2).fingerprint).not.toBe(here.fingerprint);
    expect(fp(cfg, 99, 2, 3).fingerprint).not.toBe(here.fingerprint);
    expect(fp(config([{ trials: 4, concurrency: [1, 2, 8] }, { trials: 2, concurrency: [1, 4], models: ["async", "threads"] }]), 99, 2).configHash).not.toBe(here.configHash);
  });
});

describe("merged shards compare as one family", () => {
  // 18 cells, three of them slower by 6-8%: small enough that the size of the Holm family decides.
  const random = seeded(7);
  const specs = grid();
  const slower = new Map([["io-read/async/8", 0.93], ["cpu-hash/threads/64", 0.94], ["io-read/processes/1", 0.92]]);
  const id = (s: (typeof specs)[number]) => `${s.scenario}/${s.model}/${s.concurrency}`;
  const baseCells = specs.map((s) => cell({ ...s, trials: 12, noise: 0.01 }, random));
  const curCells = specs.map((s) => cell({ ...s, trials: 12, noise: 0.01, factor: slower.get(id(s)) ?? 1 }, random));
  const count = 3;
  const record = (index: number): ShardRecord => ({
    index,
    count,
    configHash: "0123456789abcdef",
    seed: 5,
    fingerprint: "fedcba9876543210",
    cells: specs.map((s, i) => ({ id: id(s), shard: (i % count) + 1 })),
  });
  const shardFile = (cells: typeof baseCells, index: number, arm: "base" | "current"): ResultsFile => ({
    ...results(cells.filter((_, i) => (i % count) + 1 === index)),
    pairing: { id: `pair-${index}`, arm },
    shard: record(index),
  });
  const settings = { settings: DEFAULT_COMPARE };

  it("gives each gated metric the Holm-adjusted p of all shards' raw p together", () => {
    const shards = [1, 2, 3].map((k) => ({ base: shardFile(baseCells, k, "base"), current: shardFile(curCells, k, "current") }));
    const base = mergeShards(shards.map((s, i) => ({ label: `base-${i + 1}.json`, results: s.base })));
    const current = mergeShards(shards.map((s, i) => ({ label: `current-${i + 1}.json`, results: s.current })));
    expect(base.pairing!.id).toBe(current.pairing!.id);
    const merged = compareResults(base, current, settings);
    expect(merged.mode).toBe("side-by-side");

    // Per shard: raw p of every gated metric, then one Holm correction over all of them.
    const raw: { key: string; p: number; perShard: number }[] = [];
    for (const s of shards) {
      for (const c of compareResults(s.base, s.current, settings).cells) {
        for (const m of c.metrics) if (m.gated && m.p !== null) raw.push({ key: `${c.id} ${m.metric}`, p: m.p, perShard: m.pAdjusted! });
      }
    }
    const joint = holmAdjust(raw.map((r) => r.p));
    const mergedAdjusted = new Map<string, number | null>(merged.cells.flatMap((c) => c.metrics.filter((m) => m.gated && m.p !== null).map((m) => [`${c.id} ${m.metric}`, m.pAdjusted] as const)));
    expect(mergedAdjusted.size).toBe(36);
    raw.forEach((r, i) => expect(mergedAdjusted.get(r.key)).toBeCloseTo(joint[i]!, 12));
    // Correcting each shard alone would be a smaller family: smaller adjusted p, a different answer.
    expect(raw.some((r, i) => r.perShard < joint[i]! - 1e-9)).toBe(true);
    // The verdicts follow the joint family: every slower cell is judged, and nothing else regressed.
    const regressions = merged.cells.filter((c) => c.metrics.some((m) => m.gated && m.verdict === "regression")).map((c) => c.id);
    expect(regressions.every((r) => slower.has(r))).toBe(true);
  });
});
