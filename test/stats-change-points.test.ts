// Covers src/stats/e-divisive.ts (energy statistic, permutation test over whole runs) and src/stats/trend.ts (Mann-Kendall, Theil-Sen, step vs line, median interval).
import { describe, expect, it } from "vitest";
import { bestSplit, blockDistances, eDivisiveTest, runsNeeded, ScalarSplits } from "../src/stats/e-divisive.js";
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

  it("the O(runs log runs) path gives the Q of the definition and of the block matrix, to 1e-9, for fixed orders", () => {
    // The definition, summed from scratch for every split of the values in `order`.
    const direct = (x: number[], minSize: number) => {
      let best = { tau: 0, q: -Infinity };
      const qs: number[] = [];
      for (let tau = minSize; tau <= x.length - minSize; tau++) {
        const a = x.slice(0, tau);
        const b = x.slice(tau);
        let between = 0;
        let wa = 0;
        let wb = 0;
        for (const u of a) for (const v of b) between += Math.abs(u - v);
        a.forEach((u, i) => a.slice(i + 1).forEach((v) => (wa += Math.abs(u - v))));
        b.forEach((u, i) => b.slice(i + 1).forEach((v) => (wb += Math.abs(u - v))));
        const [n, m] = [a.length, b.length];
        const e = (2 * between) / (n * m) - (n > 1 ? wa / ((n * (n - 1)) / 2) : 0) - (m > 1 ? wb / ((m * (m - 1)) / 2) : 0);
        const q = ((n * m) / (n + m)) * e;
        qs[tau] = q;
        if (q > best.q) best = { tau, q };
      }
      return { ...best, qs };
    };
    const rnd = mulberry32(11);
    for (let c = 0; c < 40; c++) {
      const n = 6 + (c % 9);
      // Every fourth case rounded to one decimal: ties between runs.
      const values = Array.from({ length: n }, () => (c % 4 === 0 ? Math.round(rnd() * 10) / 10 : Math.log(50 + 100 * rnd())));
      const order = values.map((_, i) => i).sort(() => rnd() - 0.5);
      const minSize = 1 + (c % 3);
      const fast = new ScalarSplits(values).best(order, minSize)!;
      const want = direct(order.map((i) => values[i]!), minSize);
      const block = bestSplit(blockDistances(values.map((v) => [v])), order, minSize)!;
      // Ties between splits (rounded values) may pick another split of the same Q.
      expect(Math.abs(want.qs[fast.tau]! - want.q)).toBeLessThan(1e-9);
      expect(Math.abs(fast.q - want.q)).toBeLessThan(1e-9);
      expect(Math.abs(fast.q - block.q)).toBeLessThan(1e-9);
    }
  });

  it("stops a clear change once the decision is made: 1 / level draws with no shuffle reaching it, p = 1 / (L + 1)", () => {
    const rnd = mulberry32(7);
    const runs = Array.from({ length: 30 }, (_, i) => [(i >= 18 ? 0.2 : 0) + (rnd() - 0.5) * 0.05]);
    // level 0.001: L = ceil(1000.000001) - 1 = 1000 draws, p = 1/1001 <= 0.001.
    const t = eDivisiveTest(runs, { minSize: 3, random: mulberry32(42), maxPermutations: 19_999, exceedances: 10, decisiveLevel: 0.001 })!;
    expect(t.tau).toBe(18);
    expect(t.permutations).toBe(1000);
    expect(t.p).toBeCloseTo(1 / 1001, 15);
    // A level R draws cannot reach: no stop, no surcharge.
    const u = eDivisiveTest(runs, { minSize: 3, random: mulberry32(42), maxPermutations: 999, exceedances: 10, decisiveLevel: 0.0001 })!;
    expect(u.permutations).toBe(999);
    expect(u.p).toBeCloseTo(1 / 1000, 15);
  });

  it("keeps p-values valid with the decisive stop: a test that goes on pays 1 / (L + 1); under no change P(p <= u) <= u", () => {
    const rnd = mulberry32(5);
    const options = (seed: number) => ({ minSize: 2, random: mulberry32(seed), maxPermutations: 399, exceedances: 10, decisiveLevel: 0.02 });
    // A null series stops by Besag-Clifford: p = 10 / l + 1/51 (L = ceil(50.00000005) - 1 = 50).
    const one = eDivisiveTest(Array.from({ length: 12 }, () => [rnd()]), options(1))!;
    expect(one.p).toBeCloseTo(10 / one.permutations + 1 / 51, 15);
    const ps = Array.from({ length: 2000 }, (_, s) => eDivisiveTest(Array.from({ length: 12 }, () => [rnd()]), options(s + 2))!.p);
    for (const u of [0.02, 0.05, 0.1, 0.3]) {
      const rate = ps.filter((p) => p <= u).length / ps.length;
      // Binomial(2000, u): three standard errors above u.
      expect(rate).toBeLessThanOrEqual(u + 3 * Math.sqrt((u * (1 - u)) / ps.length));
    }
    // And the stop is reached about as often as it should be: P(no hit in 50 draws) = 1/51.
    expect(ps.filter((p) => p <= 0.02).length / ps.length).toBeGreaterThan(0.005);
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
