// Covers src/compare/compare.ts and blocking.ts: verdicts, Holm family, environment mismatch, blocking sites, broken cells (worded by report/).
import { describe, expect, it } from "vitest";
import { compareResults } from "../src/compare/compare.js";
import { DEFAULT_COMPARE } from "../src/config/compare-settings.js";
import type { CompareSettings } from "../src/config/types.js";
import type { Stall } from "../src/results/types.js";
import { comparisonDocument } from "../src/report/comparison-document.js";
import { metricNote } from "../src/report/comparison-notes.js";
import { cell, grid, results, seeded, type CellSpec } from "./support/results-fixture.js";

const settings: CompareSettings = DEFAULT_COMPARE;
const now = () => new Date("2025-02-02T00:00:00Z");

function run(seed: number, tweak: (s: CellSpec) => Partial<CellSpec> = () => ({}), opts: Parameters<typeof results>[1] = {}) {
  const random = seeded(seed);
  return results(
    grid().map((g) => cell({ ...g, noise: 0.02, ...tweak({ ...g }) }, random)),
    opts,
  );
}

const target = (s: CellSpec) => s.scenario === "io-read" && s.model === "async" && s.concurrency === 64;

function metric(c: ReturnType<typeof compareResults>, id: string, name: string) {
  const m = c.cells.find((x) => x.id === id)?.metrics.find((x) => x.metric === name);
  if (!m) throw new Error(`no ${name} for ${id}`);
  return m;
}

describe("compareResults", () => {
  it("passes two runs of the same distribution (A/A) with no regression anywhere", () => {
    const c = compareResults(run(1), run(2), { settings, now });
    expect(comparisonDocument(c).schema).toBe("concurrency-guard/comparison@1");
    expect(c.verdict).toBe("pass");
    expect(comparisonDocument(c).reasons).toEqual([]);
    expect(c.cells).toHaveLength(18);
    const all = c.cells.flatMap((x) => x.metrics);
    expect(all.filter((m) => m.verdict === "regression")).toEqual([]);
    // 18 cells x (throughput + p99) in the Holm family.
    expect(c.gatedComparisons).toBe(36);
    for (const m of all) expect(m.pAdjusted!).toBeGreaterThanOrEqual(m.p!);
  });

  it("flags a 20% throughput drop in one cell as a regression and fails the gate", () => {
    const slow = (s: CellSpec) => (s.scenario === "cpu-hash" && s.model === "async" && s.concurrency === 8 ? { factor: 0.8 } : {});
    const c = compareResults(run(1), run(2, slow), { settings, now });
    expect(c.verdict).toBe("fail");
    const m = metric(c, "cpu-hash/async/8", "throughput");
    expect(m.verdict).toBe("regression");
    expect(m.change!).toBeGreaterThan(-0.25);
    expect(m.change!).toBeLessThan(-0.15);
    expect(m.interval!.upper!).toBeLessThan(-0.05);
    expect(m.pAdjusted!).toBeLessThanOrEqual(0.01);
    expect(m.test).toBe("exact");
    // p99 moved the other way by the same factor: a p99 regression too.
    expect(metric(c, "cpu-hash/async/8", "p99").verdict).toBe("regression");
    expect(comparisonDocument(c).reasons.some((r) => r.startsWith("cpu-hash/async/8: throughput -"))).toBe(true);
    // Other cells stay clean.
    expect(c.cells.flatMap((x) => x.metrics).filter((x) => x.verdict === "regression")).toHaveLength(2);
  });

  it("calls a small, real shift inside the threshold unchanged, not a regression", () => {
    const c = compareResults(run(3, () => ({ noise: 0.002 })), run(4, () => ({ noise: 0.002, factor: 0.97 })), { settings, now });
    const m = metric(c, "io-read/threads/64", "throughput");
    expect(m.pAdjusted!).toBeLessThan(0.01);
    expect(m.change!).toBeCloseTo(-0.03, 2);
    expect(m.verdict).toBe("unchanged");
    expect(c.verdict).toBe("pass");
  });

  it("says inconclusive on noisy data, with the smallest change it could have flagged", () => {
    // 8 trials: the smallest exact p (2/12870) still clears Holm's first step, 0.01/36.
    const noisy = () => ({ noise: 0.08, trials: 8 });
    const c = compareResults(run(5, noisy), run(6, () => ({ ...noisy(), factor: 0.93 })), { settings, now });
    const m = metric(c, "io-read/async/1", "throughput");
    expect(m.verdict).toBe("inconclusive");
    expect(m.minDetectableChange!).toBeGreaterThan(0.05);
    expect(metricNote(m)).toMatch(/smallest change this data could flag is \d/);
    expect(c.verdict).toBe("pass");
  });

  it("reports nothing detectable when there are too few trials for any p to reach alpha", () => {
    const c = compareResults(run(7, () => ({ trials: 3 })), run(8, () => ({ trials: 3, factor: 0.5 })), { settings, now });
    const m = metric(c, "cpu-hash/processes/1", "throughput");
    // With 3 vs 3 trials the smallest possible p is 0.1 > 0.01.
    expect(m.p).toBeCloseTo(0.1, 12);
    expect(m.verdict).toBe("inconclusive");
    expect(m.minDetectableChange).toBeNull();
    expect(metricNote(m)).toMatch(/too few trials/);
    expect(c.verdict).toBe("pass");
  });

  it("calls a large throughput gain an improvement and mirrors it when the runs are swapped", () => {
    const fast = (s: CellSpec) => (s.concurrency === 64 && s.model === "threads" ? { factor: 1.25 } : {});
    const a = run(9);
    const b = run(10, fast);
    const ab = compareResults(a, b, { settings, now });
    const ba = compareResults(b, a, { settings, now });
    const up = metric(ab, "cpu-hash/threads/64", "throughput");
    const down = metric(ba, "cpu-hash/threads/64", "throughput");
    expect(up.verdict).toBe("improvement");
    expect(down.verdict).toBe("regression");
    expect(Math.log1p(up.change!)).toBeCloseTo(-Math.log1p(down.change!), 12);
    expect(Math.log1p(up.interval!.lower!)).toBeCloseTo(-Math.log1p(down.interval!.upper!), 12);
    expect(up.p).toBeCloseTo(down.p!, 14);
    expect(ab.verdict).toBe("pass");
    expect(ba.verdict).toBe("fail");
  });

  it("gives p = 1 and zero change when a run is compared with itself", () => {
    const a = run(11);
    const c = compareResults(a, a, { settings, now });
    for (const m of c.cells.flatMap((x) => x.metrics)) {
      expect(m.p).toBe(1);
      expect(m.change).toBe(0);
      expect(m.verdict === "unchanged" || m.verdict === "inconclusive").toBe(true);
    }
    expect(c.verdict).toBe("pass");
  });

  it("does not gate timing across different hardware unless configured to", () => {
    const slow = (s: CellSpec) => (s.concurrency === 1 ? { factor: 0.7 } : {});
    const base = run(12, () => ({}), { fingerprint: "fp-a", cpuModel: "CPU A" });
    const cur = run(13, slow, { fingerprint: "fp-b", cpuModel: "CPU B" });
    const c = compareResults(base, cur, { settings, now });
    expect(c.environment.match).toBe(false);
    expect(c.environment.differences).toEqual(['cpuModel: "CPU A" -> "CPU B"']);
    expect(c.environment.timingGated).toBe(false);
    expect(metric(c, "io-read/async/1", "throughput").verdict).toBe("regression");
    expect(metric(c, "io-read/async/1", "throughput").gated).toBe(false);
    expect(c.gatedComparisons).toBe(0);
    expect(c.verdict).toBe("pass");
    expect(comparisonDocument(c).notes[0]).toMatch(/environment differs.*not gated/);

    const gatedAnyway = compareResults(base, cur, { settings: { ...settings, gateAcrossEnvironments: true }, now });
    expect(gatedAnyway.verdict).toBe("fail");
  });

  it("gates a new named blocking call on the most-trials/rare-in-baseline rule", () => {
    const site = { file: "bench/read-config.mjs", line: 12, function: "run", api: "readFileSync", via: "sync-api" as const };
    const stall = (ms: number, gc = false): Stall => ({ loop: "main", startMs: 100, durationMs: ms, site, ...(gc ? { gc } : {}) });
    const withSite = (seed: number, inTrials: number, gc = false) =>
      run(seed, (s) => (target(s) ? { stalls: (i: number) => (i < inTrials ? [stall(60, gc), stall(70, gc)] : undefined) } : {}));

    const c = compareResults(run(15), withSite(14, 6), { settings, now });
    expect(c.blocking).toHaveLength(1);
    const b = c.blocking[0]!;
    expect(b.cell).toBe("io-read/async/64");
    expect(b.current).toEqual({ trials: 6, of: 10, maxStallMs: 70 });
    expect(b.baseline).toEqual({ trials: 0, of: 10 });
    expect(b.needsTest).toBe(false);
    expect(b.gated).toBe(true);
    expect(comparisonDocument(c).blocking[0]!.message).toBe(
      "io-read/async/64: new blocking site bench/read-config.mjs:12 in run (readFileSync) stalled the loop in 6 of 10 trials (up to 70ms), 0 of 10 baseline trials",
    );
    expect(c.verdict).toBe("fail");
    expect(comparisonDocument(c).reasons).toContain(comparisonDocument(c).blocking[0]!.message);
    // Not in the Holm family: 36 metric comparisons only.
    expect(c.gatedComparisons).toBe(36);

    // In 5 of 10 trials is not "most"; in 2 of 10 baseline trials is not "rare"; GC stalls never count.
    expect(compareResults(run(15), withSite(14, 5), { settings, now }).blocking).toEqual([]);
    expect(compareResults(withSite(15, 2), withSite(14, 9), { settings, now }).blocking).toEqual([]);
    expect(compareResults(run(15), withSite(14, 10, true), { settings, now }).blocking).toEqual([]);
  });

  it("gates a sampled blocking site only when its excess over the baseline is significant after Holm", () => {
    const site = { file: "bench/handler.mjs", line: 30, function: "onRequest", via: "profiler" as const };
    const stall = (ms: number): Stall => ({ loop: "main", startMs: 100, durationMs: ms, site });
    const withSite = (seed: number, inTrials: number) =>
      run(seed, (s) => (target(s) ? { stalls: (i: number) => (i < inTrials ? [stall(45)] : undefined) } : {}));

    const c = compareResults(run(15), withSite(14, 9), { settings, now });
    const b = c.blocking[0]!;
    expect(b.needsTest).toBe(true);
    // One-sided Fisher: C(10,9) C(10,0) / C(20,9) = 10 / 167960; Holm over 36 metrics + this site.
    expect(b.p).toBeCloseTo(10 / 167960, 15);
    expect(c.gatedComparisons).toBe(37);
    expect(b.pAdjusted).toBeCloseTo((37 * 10) / 167960, 12);
    expect(b.gated).toBe(true);
    expect(comparisonDocument(c).blocking[0]!.message).toBe(
      "io-read/async/64: new blocking site bench/handler.mjs:30 in onRequest stalled the loop in 9 of 10 trials (up to 45ms), " +
        "0 of 10 baseline trials, p 0.0022 after Holm",
    );
    expect(c.verdict).toBe("fail");

    // 6 of 10 against 1 of 10 is what a loaded machine produces by chance (p = 0.029): reported, not gated.
    const chance = compareResults(withSite(15, 1), withSite(14, 6), { settings, now });
    expect(chance.blocking).toHaveLength(1);
    expect(chance.blocking[0]!.p).toBeCloseTo(0.028637770897832815, 12);
    expect(chance.blocking[0]!.gated).toBe(false);
    expect(comparisonDocument(chance).blocking[0]!.message).toMatch(/; not significant \(p 1\.0000 after Holm, needs <= 0\.01\)$/);
    expect(chance.verdict).toBe("pass");
  });

  it("fails on a cell the baseline measured but the current run could not, and lists new and missing cells", () => {
    const random = seeded(16);
    const g = grid();
    const base = results(g.slice(0, 3).map((s) => cell(s, random)));
    const cur = results([
      cell({ ...g[0]!, status: () => "timeout" }, random),
      cell(g[1]!, random),
      cell({ ...g[1]!, concurrency: 128 }, random),
    ]);
    const c = compareResults(base, cur, { settings, now });
    const byId = Object.fromEntries(c.cells.map((x) => [x.id, x.status]));
    expect(byId).toEqual({
      "io-read/async/1": "broken",
      "io-read/async/8": "compared",
      "io-read/async/128": "new",
      "io-read/async/64": "missing",
    });
    expect(c.verdict).toBe("fail");
    expect(comparisonDocument(c).reasons).toEqual(["io-read/async/1: no usable trial in the current run (timeout: trial timeout)"]);
    expect(comparisonDocument(c).notes).toContain("1 baseline cell(s) not in the current run");
  });
});
