// Covers src/stats/e-divisive.ts (energy statistic, permutation test over whole runs) and src/stats/trend.ts (Mann-Kendall, Theil-Sen, step vs line, median interval).
import { describe, expect, it } from "vitest";
import { bestSplit, blockDistances, eDivisiveTest, runsNeeded } from "../src/stats/e-divisive.js";
import { lineSse, mannKendall, medianInterval, stepSse, theilSen } from "../src/stats/trend.js";
import { mulberry32 } from "../src/plan/plan.js";

describe("energy statistic", () => {
  it("pins Q for two runs of two trials by hand", () => {
    // X = {1, 2}, Y = {3, 5}: between = |1-3|+|1-5|+|2-3|+|2-5| = 10, within X = 1, within Y = 2.
    // E = 2*10/(2*2) - 1/1 - 2/1 = 2; Q = (2*2/(2+2)) * 2 = 2.
    const d = blockDistances([[1, 2], [3, 5]]);
    expect(Array.from(d.between)).toEqual([1, 10, 10, 2]);
    expect(bestSplit(d, [0, 1], 1)).toEqual({ tau: 1, q: 2 });
  });

  it("pins the best split of 0,0,1,1 and its exact permutation p = 8/24", () => {
    // tau=2: X = 4 pairs at distance 1 -> E = 2*4/4 = 2, Q = 1 * 2 = 2.
    // tau=1: left {0}, right {0,1,1}: between 2, within right 2 -> E = 4/3 - 2/3, Q = 3/4 * 2/3 = 0.5 (tau=3 the same).
    // Of the 24 orders only the 2!*2!*2 = 8 that keep the zeros together reach Q = 2
    // (0,1,0,1 and 0,1,1,0 peak at 0.5), so p = 8/24.
    const blocks = [[0], [0], [1], [1]];
    const t = eDivisiveTest(blocks, { minSize: 1, random: mulberry32(1), maxPermutations: 1000, exceedances: 10 })!;
    expect(t.tau).toBe(2);
    expect(t.q).toBeCloseTo(2, 12);
    expect(t.exact).toBe(true);
    expect(t.permutations).toBe(24);
    expect(t.p).toBeCloseTo(8 / 24, 12);
  });

  it("finds a clear step in sampled mode, reproducibly with the same seed", () => {
    const rnd = mulberry32(7);
    const blocks = Array.from({ length: 30 }, (_, i) => Array.from({ length: 5 }, () => (i >= 18 ? 0.2 : 0) + (rnd() - 0.5) * 0.05));
    const run = () => eDivisiveTest(blocks, { minSize: 3, random: mulberry32(42), maxPermutations: 999, exceedances: 10 })!;
    const a = run();
    expect(a.tau).toBe(18);
    expect(a.exact).toBe(false);
    // No order of shuffled runs reaches it: p = (0 + 1) / (999 + 1).
    expect(a.p).toBeCloseTo(1 / 1000, 12);
    expect(run()).toEqual(a);
  });

  it("stops early on a series with no change (Besag-Clifford) and gives a large p", () => {
    const rnd = mulberry32(3);
    const blocks = Array.from({ length: 30 }, () => Array.from({ length: 5 }, () => rnd()));
    const t = eDivisiveTest(blocks, { minSize: 3, random: mulberry32(5), maxPermutations: 4999, exceedances: 10 })!;
    expect(t.permutations).toBeLessThan(200);
    expect(t.p).toBeGreaterThan(0.05);
  });

  it("pins the runs a family needs: the smallest n with 2 / C(n, n/2) <= level", () => {
    // python: min(n for n in range(6, 99) if 2 / math.comb(n, n // 2) <= level)
    expect(runsNeeded(0.05, 3)).toBe(8); // 2/C(8,4) = 2/70 = 0.029; 2/C(7,3) = 2/35 = 0.057
    expect(runsNeeded(0.01 / 12, 3)).toBe(14); // 2/C(14,7) = 2/3432; 2/C(13,6) = 2/1716 > 0.00083
    expect(runsNeeded(0.01 / 144, 3)).toBe(18); // 2/C(18,9) = 2/48620; 2/C(17,8) = 2/24310 > 0.000069
    expect(runsNeeded(0.5, 3)).toBe(6); // never fewer than two sides of minSize
  });

  it("needs two sides of minSize runs", () => {
    expect(eDivisiveTest([[1], [2], [3], [4], [5]], { minSize: 3, random: mulberry32(1), maxPermutations: 10, exceedances: 1 })).toBeUndefined();
  });
});

describe("trend", () => {
  it("pins Mann-Kendall on 1..5: S = 10, Var = 5*4*15/18, p = erfc(9/sqrt(16.667)/sqrt 2)", () => {
    // python: from math import erfc, sqrt; erfc(((10-1)/sqrt(50/3))/sqrt(2)) = 0.027486336111510353
    const mk = mannKendall([1, 2, 3, 4, 5]);
    expect(mk.s).toBe(10);
    expect(mk.variance).toBeCloseTo(50 / 3, 12);
    expect(mk.p).toBeCloseTo(0.027486336111510353, 7);
  });

  it("pins Mann-Kendall with ties: 0,0,1,1,2,2 gives S = 12, Var = (510 - 54)/18", () => {
    // python: erfc(((12-1)/sqrt(456/18))/sqrt(2)) = 0.02885378879334772
    const mk = mannKendall([0, 0, 1, 1, 2, 2]);
    expect(mk.s).toBe(12);
    expect(mk.variance).toBeCloseTo(456 / 18, 12);
    expect(mk.p).toBeCloseTo(0.02885378879334772, 7);
    expect(mannKendall([3, 3, 3]).p).toBe(1);
  });

  it("pins Theil-Sen and the line / step residuals of 0,0,1,1,2,2", () => {
    expect(theilSen([0, 0, 1, 1, 2, 2])).toBe(0.5);
    // Least squares: slope 12/35... residual SS = 12/35; best step (0,0,1,1 | 2,2) leaves 1.
    expect(lineSse([0, 0, 1, 1, 2, 2])).toBeCloseTo(12 / 35, 12);
    expect(stepSse([0, 0, 1, 1, 2, 2])).toBeCloseTo(1, 12);
    // A step is better fitted by a step than by a line.
    expect(stepSse([0, 0, 0, 1, 1, 1])).toBe(0);
    expect(lineSse([0, 0, 0, 1, 1, 1])).toBeGreaterThan(0);
  });

  it("pins the order-statistic interval of a median", () => {
    // k = 6: P(Bin(6,.5) = 0) = 1/64 <= 0.025 < 7/64 -> [x(1), x(6)], coverage 1 - 2/64.
    expect(medianInterval([6, 1, 5, 2, 4, 3], 0.95)).toEqual({ median: 3.5, lower: 1, upper: 6, achieved: 1 - 2 / 64 });
    // k = 10: P(<= 1) = 11/1024 <= 0.025 < 56/1024 -> [x(2), x(9)], coverage 1 - 22/1024.
    expect(medianInterval([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.95)).toEqual({ median: 5.5, lower: 2, upper: 9, achieved: 1 - 22 / 1024 });
    // k = 3: too few for 95%: the range, covering 1 - 2/8.
    expect(medianInterval([3, 1, 2], 0.95)).toEqual({ median: 2, lower: 1, upper: 3, achieved: 0.75 });
  });
});
