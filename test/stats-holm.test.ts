// Covers src/stats/holm.ts (Holm step-down), detectable-change.ts and fisher.ts (one-sided Fisher exact test).
import { describe, expect, it } from "vitest";
import { holmAdjust } from "../src/stats/holm.js";
import { minimumDetectableShift } from "../src/stats/detectable-change.js";
import { fisherGreater } from "../src/stats/fisher.js";

describe("holmAdjust", () => {
  it("matches R's p.adjust(c(.01,.02,.03,.04,.05), 'holm')", () => {
    const adj = holmAdjust([0.01, 0.02, 0.03, 0.04, 0.05]);
    [0.05, 0.08, 0.09, 0.09, 0.09].forEach((v, i) => expect(adj[i]).toBeCloseTo(v, 14));
  });

  it("keeps input order and rejects H1 and H4 in the textbook four-test example at 0.05", () => {
    const adj = holmAdjust([0.01, 0.04, 0.03, 0.005]);
    [0.03, 0.06, 0.06, 0.02].forEach((v, i) => expect(adj[i]).toBeCloseTo(v, 14));
    expect(adj.map((p) => p <= 0.05)).toEqual([true, false, false, true]);
  });

  it("caps at one and leaves a single test alone", () => {
    expect(holmAdjust([0.6, 0.7])).toEqual([1, 1]);
    expect(holmAdjust([0.03])).toEqual([0.03]);
    expect(holmAdjust([])).toEqual([]);
  });

  it("rejects values that are not probabilities", () => {
    expect(() => holmAdjust([0.1, 1.5])).toThrow(/\[0, 1\]/);
  });
});

describe("minimumDetectableShift", () => {
  it("moves the interval by the shift: upward flag needs the lower bound past the boundary and zero", () => {
    const decision = { estimate: 0.01, lower: -0.02, upper: 0.05 };
    const family = { estimate: 0.01, lower: -0.04, upper: 0.07 };
    // boundary log(1.1) + 0.03 of lower half-width vs 0.05 for significance.
    expect(minimumDetectableShift(decision, family, Math.log(1.1), "up")).toBeCloseTo(Math.log(1.1) + 0.03, 14);
    expect(minimumDetectableShift(decision, family, 0.01, "up")).toBeCloseTo(0.05, 14);
  });

  it("mirrors for a downward flag", () => {
    const decision = { estimate: 0, lower: -0.03, upper: 0.04 };
    const family = { estimate: 0, lower: -0.05, upper: 0.06 };
    expect(minimumDetectableShift(decision, family, Math.log(0.95), "down")).toBeCloseTo(Math.log(0.95) - 0.04, 14);
  });

  it("says nothing is detectable when an interval is unbounded", () => {
    const decision = { estimate: 0, lower: -0.03, upper: 0.04 };
    const family = { estimate: 0, lower: -Infinity, upper: Infinity };
    expect(minimumDetectableShift(decision, family, 0.05, "up")).toBeNull();
  });
});

describe("fisherGreater", () => {
  it("matches Fisher's tea-tasting table [[3,1],[1,3]]: 17/70", () => {
    expect(fisherGreater(3, 4, 1, 4)).toBeCloseTo(17 / 70, 14);
  });

  it.each([
    [8, 10, 0, 10, 0.0003572279114074779],
    [6, 10, 1, 10, 0.028637770897832815],
    [7, 10, 1, 10, 0.009883305548940223],
    [10, 10, 0, 10, 5.412544112234515e-6],
    [30, 50, 5, 50, 9.791558337240132e-8],
  ])("%i/%i vs %i/%i matches scipy's one-sided p", (a, n1, b, n2, p) => {
    expect(fisherGreater(a, n1, b, n2) / p).toBeCloseTo(1, 10);
  });

  it("gives 1 when the first group has no events and rejects impossible counts", () => {
    expect(fisherGreater(0, 10, 3, 10)).toBeCloseTo(1, 14);
    expect(() => fisherGreater(11, 10, 0, 10)).toThrow(/exceed/);
  });
});
