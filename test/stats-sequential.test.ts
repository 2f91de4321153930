// Covers src/stats/sequential.ts: the O'Brien-Fleming-like spending, the per-look levels and the replayed p.
import { describe, expect, it } from "vitest";
import { lookLevels, obrienFlemingSpent, plannedLooks, sequentialAdjusted, trialsAtLook } from "../src/stats/sequential.js";

// Independent values: 2 (1 - Phi(z_{0.995} / sqrt(n / 30))) to 30 digits (mpmath's ncdf, z solved by findroot).
const SPENT_001 = new Map([
  [6, 8.42488783701e-9],
  [10, 8.14003971578e-6],
  [14, 0.000162837249714],
  [18, 0.000882976787351],
  [22, 0.00263041861667],
  [26, 0.00565947993886],
]);
const LEVELS_001 = [8.42488783701e-9, 8.13161482794e-6, 0.000154697209998, 0.000720139537637, 0.00174744182932, 0.00302906132219, 0.00434052006114];

describe("sequential design", () => {
  it("plans the looks: min, then step more each look, capped at max", () => {
    const design = { min: 6, max: 30, step: 4 };
    expect(plannedLooks(design)).toBe(7);
    expect([1, 2, 7, 8].map((k) => trialsAtLook(design, k))).toEqual([6, 10, 30, 30]);
    expect(plannedLooks({ min: 6, max: 29, step: 4 })).toBe(7);
    expect(trialsAtLook({ min: 6, max: 29, step: 4 }, 7)).toBe(29);
    expect(plannedLooks({ min: 10, max: 10, step: 4 })).toBe(1);
  });

  it("spends alpha as 2 - 2 Phi(z / sqrt(t)), pinned to a 30-digit computation", () => {
    for (const [n, spent] of SPENT_001) expect(obrienFlemingSpent(0.01, n / 30) / spent).toBeCloseTo(1, 5);
    // alpha 0.05 at t = 0.5: 2 (1 - Phi(1.959964 / 0.7071068)) = 0.00557459668078
    expect(obrienFlemingSpent(0.05, 0.5) / 0.00557459668078).toBeCloseTo(1, 5);
    expect(obrienFlemingSpent(0.01, 1)).toBe(0.01);
    expect(obrienFlemingSpent(0.01, 0)).toBe(0);
  });

  it("gives each look its increment, summing to alpha", () => {
    const levels = lookLevels({ min: 6, max: 30, step: 4 }, 0.01);
    expect(levels).toHaveLength(7);
    levels.forEach((level, i) => expect(level / LEVELS_001[i]!).toBeCloseTo(1, 5));
    expect(levels.reduce((a, b) => a + b, 0)).toBeCloseTo(0.01, 15);
    expect(lookLevels({ min: 10, max: 10, step: 4 }, 0.01)).toEqual([0.01]);
  });

  it("replays: at or under alpha exactly when some look rejected at its level", () => {
    const levels = [0.001, 0.004, 0.005];
    // Holm-adjusted 0.0009 at look 1 (under 0.001): 0.0009 * 0.01 / 0.001 = 0.009.
    expect(sequentialAdjusted([0.0009, 0.5, 0.5], levels, 0.01)).toBeCloseTo(0.009, 12);
    // Never under a look's level: above alpha.
    expect(sequentialAdjusted([0.002, 0.0045, 0.006], levels, 0.01)).toBeGreaterThan(0.01);
    // Absent at a look (the cell had no data yet): that look is skipped.
    expect(sequentialAdjusted([undefined, 0.002], levels, 0.01)).toBeCloseTo(0.005, 12);
    expect(sequentialAdjusted([], levels, 0.01)).toBe(1);
  });
});
