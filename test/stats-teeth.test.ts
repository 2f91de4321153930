// Whether a gate can flag anything at all: the rank, drift-adjusted and error-rate floors, and the trials needed.
import { describe, expect, it } from "vitest";
import { mannWhitneyU, minimumExactP } from "../src/stats/mann-whitney.js";
import { errorFloor, MAX_TRIALS, rankFloor, teeth } from "../src/stats/teeth.js";

describe("rankFloor", () => {
  it("is 2 / C(n + m, n) below 50 a side, the exact test's minimum", () => {
    expect(rankFloor(6, 6)).toEqual({ p: expect.closeTo(2 / 924, 15), method: "exact" });
    expect(rankFloor(7, 7).p).toBeCloseTo(2 / 3432, 15);
    expect(rankFloor(3, 8).p).toBeCloseTo(2 / 165, 15);
    expect(rankFloor(3, 3).p).toBeCloseTo(0.1, 15);
    for (const [n, m] of [[2, 2], [5, 9], [12, 4], [20, 20]] as const) expect(rankFloor(n, m).p).toBeCloseTo(minimumExactP(n, m), 14);
  });

  it("follows the normal approximation at 50 a side and beyond, as the test does", () => {
    // 2 * (1 - Phi((nm/2 - 0.5) / sqrt(nm(N + 1)/12))), computed independently.
    expect(rankFloor(50, 3).p).toBeCloseTo(0.004137205189453602, 9);
    expect(rankFloor(50, 3).method).toBe("normal");
    const separated = mannWhitneyU(Array.from({ length: 50 }, (_, i) => i + 10), [1, 2, 3]);
    expect(rankFloor(50, 3).p).toBeCloseTo(separated.p, 12);
  });
});

describe("errorFloor", () => {
  it("is the tie-corrected normal p of a clean baseline against trials that all err", () => {
    // sigma^2 = nm/12 (N + 1 - (m^3 - m) / (N(N - 1))), z = (nm/2 - 0.5) / sigma.
    expect(errorFloor(6, 6)).toBeCloseTo(0.0027784301100990364, 9);
    expect(errorFloor(7, 7)).toBeCloseTo(0.0010575750839325235, 9);
    expect(errorFloor(8, 8)).toBeCloseTo(0.00040993253186482215, 9);
  });

  it("is what the test itself gives on those samples, whichever path it takes", () => {
    for (const [n, m] of [[1, 1], [6, 1], [60, 1], [3, 2], [6, 6], [12, 5], [55, 7]] as const) {
      const erring = Array.from({ length: n }, (_, i) => (i + 1) / 1000);
      expect(errorFloor(n, m)).toBeCloseTo(mannWhitneyU(erring, new Array<number>(m).fill(0)).p, 12);
    }
  });
});

describe("teeth", () => {
  it("6 a side over 12 comparisons at 0.01: no teeth, 7 a side needed", () => {
    const t = teeth({ current: 6, baseline: 6, comparisons: 12, alpha: 0.01 });
    expect(t).toMatchObject({ canFlag: false, test: "rank", method: "exact", grow: "both", trials: { current: 6, baseline: 6 }, comparisons: 12, alpha: 0.01 });
    expect(t.smallestP).toBeCloseTo(0.0021645, 7);
    expect(t.level).toBeCloseTo(0.01 / 12, 15);
    expect(t.needed).toEqual({ current: 7, baseline: 7 });
    expect(teeth({ current: 7, baseline: 7, comparisons: 12, alpha: 0.01 }).canFlag).toBe(true);
  });

  it("3 models x 3 levels x 2 gated metrics (18) at 0.01 needs 8 a side; at 0.05, 6", () => {
    expect(teeth({ current: 7, baseline: 7, comparisons: 18, alpha: 0.01 })).toMatchObject({ canFlag: false, needed: { current: 8, baseline: 8 } });
    expect(teeth({ current: 10, baseline: 10, comparisons: 18, alpha: 0.01 }).canFlag).toBe(true);
    expect(teeth({ current: 5, baseline: 5, comparisons: 18, alpha: 0.05 }).needed).toEqual({ current: 6, baseline: 6 });
  });

  it("against a fixed baseline only the current side grows, and a tiny baseline may never suffice", () => {
    // m = 6: 2 / C(n + 6, 6) <= 0.01/12 first at n = 8 (2/3003 = 0.000666).
    expect(teeth({ current: 6, baseline: 6, comparisons: 12, alpha: 0.01, grow: "current" }).needed).toEqual({ current: 8, baseline: 6 });
    // m = 2: exact floors stop at 2 / C(51, 2) = 0.00157 (n = 49), and the normal one tends to 2(1 - Phi(sqrt 6)) = 0.0143.
    const none = teeth({ current: 6, baseline: 2, comparisons: 12, alpha: 0.01, grow: "current" });
    expect(none.canFlag).toBe(false);
    expect(none.needed).toBeNull();
    expect(MAX_TRIALS).toBe(1000);
  });

  it("the drift-adjusted test needs only the rank interval at 1 - alpha: 5 a side at 0.01, whatever the family", () => {
    const four = teeth({ current: 4, baseline: 4, comparisons: 12, alpha: 0.01, test: "drift-adjusted" });
    expect(four).toMatchObject({ canFlag: false, level: 0.01, grow: "current", needed: { current: 6, baseline: 4 } });
    expect(four.smallestP).toBeCloseTo(2 / 70, 15);
    expect(teeth({ current: 5, baseline: 5, comparisons: 400, alpha: 0.01, test: "drift-adjusted" }).canFlag).toBe(true);
    expect(teeth({ current: 4, baseline: 4, comparisons: 12, alpha: 0.01, test: "drift-adjusted", grow: "both" }).needed).toEqual({ current: 5, baseline: 5 });
  });

  it("the error-rate gate from a clean baseline has a higher floor than timing", () => {
    // 7 a side over 13 (12 timing + the error test): timing 0.000583 <= 0.000769, errors 0.00106 > it.
    const t = teeth({ current: 7, baseline: 7, comparisons: 13, alpha: 0.01 });
    expect(t.canFlag).toBe(true);
    expect(t.errors).toMatchObject({ canFlag: false, needed: { current: 8, baseline: 8 } });
    expect(teeth({ current: 6, baseline: 6, comparisons: 13, alpha: 0.01 }).errors.canFlag).toBe(false);
  });

  it("gives the floor table of docs/comparison.md: the largest family with teeth per trials a side", () => {
    const largest = (t: number, alpha: number, which: "timing" | "errors") => {
      let k = 0;
      while (k < 2000) {
        const v = teeth({ current: t, baseline: t, comparisons: k + 1, alpha });
        if (!(which === "timing" ? v.canFlag : v.errors.canFlag)) break;
        k++;
      }
      return k;
    };
    const rows = [3, 4, 5, 6, 7, 8, 9].map((t) => [t, largest(t, 0.01, "timing"), largest(t, 0.05, "timing"), largest(t, 0.01, "errors"), largest(t, 0.05, "errors")]);
    expect(rows).toEqual([
      [3, 0, 0, 0, 0],
      [4, 0, 1, 0, 2],
      [5, 1, 6, 1, 6],
      [6, 4, 23, 3, 17],
      [7, 17, 85, 9, 47],
      [8, 64, 321, 24, 121],
      [9, 243, 1215, 62, 310],
    ]);
  });

  it("rejects sizes, families and levels that mean nothing", () => {
    expect(() => teeth({ current: 0, baseline: 6, comparisons: 12, alpha: 0.01 })).toThrow(/current: expected a positive integer/);
    expect(() => teeth({ current: 6, baseline: 6, comparisons: 0, alpha: 0.01 })).toThrow(/comparisons/);
    expect(() => teeth({ current: 6, baseline: 6, comparisons: 12, alpha: 1 })).toThrow(/alpha/);
  });
});
