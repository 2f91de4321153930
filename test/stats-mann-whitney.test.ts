// Covers src/stats/mann-whitney.ts: exact U distribution, exact and normal p-values, published critical values.
import { describe, expect, it } from "vitest";
import { mannWhitneyDistribution, mannWhitneyU, minimumExactP } from "../src/stats/mann-whitney.js";

/** Independent check: enumerate every way to pick the x ranks out of n + m. */
function enumerateCounts(n: number, m: number): number[] {
  const counts = new Array<number>(n * m + 1).fill(0);
  const pick = (start: number, left: number, rankSum: number): void => {
    if (left === 0) {
      counts[rankSum - (n * (n + 1)) / 2]! += 1;
      return;
    }
    for (let r = start; r <= n + m - left + 1; r++) pick(r + 1, left - 1, rankSum + r);
  };
  pick(1, n, 0);
  return counts;
}

/** Largest c with 2 P(U <= c) <= alpha: the tabled two-sided critical value. */
function criticalValue(n: number, m: number, alpha: number): number {
  const dist = mannWhitneyDistribution(n, m);
  let cum = 0;
  let c = -1;
  for (let u = 0; u < dist.length; u++) {
    cum += dist[u]!;
    if (2 * cum <= alpha + 1e-12) c = u;
    else break;
  }
  return c;
}

describe("exact distribution of U", () => {
  it("matches the hand-enumerated n = m = 3 case (20 arrangements)", () => {
    // U = 0..9 occurs 1,1,2,3,3,3,3,2,1,1 times out of C(6,3) = 20.
    const dist = Array.from(mannWhitneyDistribution(3, 3), (p) => Math.round(p * 20 * 1e9) / 1e9);
    expect(dist).toEqual([1, 1, 2, 3, 3, 3, 3, 2, 1, 1]);
  });

  it.each([
    [4, 6],
    [7, 5],
    [8, 8],
  ])("matches brute-force enumeration for n=%i, m=%i", (n, m) => {
    const counts = enumerateCounts(n, m);
    const total = counts.reduce((a, b) => a + b, 0);
    const dist = mannWhitneyDistribution(n, m);
    expect(dist.length).toBe(counts.length);
    counts.forEach((c, u) => expect(dist[u]).toBeCloseTo(c / total, 14));
  });

  it("sums to one and is symmetric", () => {
    const dist = mannWhitneyDistribution(12, 9);
    expect(dist.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    for (let u = 0; u < dist.length; u++) expect(dist[u]).toBeCloseTo(dist[dist.length - 1 - u]!, 14);
  });

  // Published two-sided critical values of U (e.g. the tables in Siegel & Castellan, Zar).
  it.each([
    [5, 5, 0.05, 2],
    [5, 5, 0.01, 0],
    [6, 6, 0.05, 5],
    [7, 7, 0.05, 8],
    [8, 8, 0.05, 13],
    [8, 8, 0.01, 7],
    [9, 9, 0.05, 17],
    [10, 10, 0.05, 23],
    [10, 10, 0.01, 16],
    [5, 10, 0.05, 8],
    [5, 10, 0.01, 4],
    [20, 20, 0.05, 127],
    [20, 20, 0.01, 105],
  ])("critical value n=%i m=%i alpha=%f is %i", (n, m, alpha, expected) => {
    expect(criticalValue(n, m, alpha)).toBe(expected);
  });
});

describe("mannWhitneyU", () => {
  it("gives the exact two-sided p for complete separation with n = m = 3", () => {
    const r = mannWhitneyU([1, 2, 3], [4, 5, 6]);
    expect(r.method).toBe("exact");
    expect(r.u).toBe(0);
    expect(r.p).toBeCloseTo(2 / 20, 14);
  });

  it("gives the exact p for one inversion with n = m = 3", () => {
    const r = mannWhitneyU([1, 2, 4], [3, 5, 6]);
    expect(r.u).toBe(1);
    expect(r.p).toBeCloseTo(2 * (2 / 20), 14);
  });

  it("matches R's documented example (Hollander & Wolfe): W = 35, one-sided 0.1272", () => {
    const x = [0.8, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46];
    const y = [1.15, 0.88, 0.9, 0.74, 1.21];
    const r = mannWhitneyU(x, y);
    expect(r.u).toBe(35);
    expect(r.method).toBe("exact");
    expect(r.p).toBeCloseTo(0.2544122544122544, 12);
  });

  it("matches scipy's exact p on an 8 vs 7 sample", () => {
    const r = mannWhitneyU([12.1, 13.4, 11.8, 12.9, 13.0, 12.2, 12.7, 13.1], [11.0, 11.9, 11.5, 12.0, 11.2, 11.7, 12.5]);
    expect(r.u).toBe(51);
    expect(r.p).toBeCloseTo(0.005905205905205905, 12);
  });

  it("uses the tie- and continuity-corrected normal approximation with ties (scipy asymptotic)", () => {
    const r = mannWhitneyU([1, 2, 2, 3, 3, 3, 4, 5], [3, 4, 4, 5, 5, 6, 7, 7, 8]);
    expect(r.method).toBe("normal");
    expect(r.ties).toBe(true);
    expect(r.u).toBe(7.5);
    // errorFunction's relative error (1.2e-7) bounds the agreement.
    expect(r.p).toBeCloseTo(0.006373133838085873, 7);
  });

  it("uses the normal approximation at 50+ per sample (scipy asymptotic)", () => {
    const a = Array.from({ length: 60 }, (_, i) => 100 + ((i * 7919) % 101) / 10);
    const b = Array.from({ length: 55 }, (_, j) => 102 + ((j * 104729) % 97) / 10);
    const r = mannWhitneyU(a, b);
    expect(r.method).toBe("normal");
    expect(r.u).toBe(1141.5);
    expect(r.p).toBeCloseTo(0.004449438763380672, 7);
  });

  it("gives p = 1 for identical samples", () => {
    expect(mannWhitneyU([5, 6, 7, 8], [5, 6, 7, 8]).p).toBe(1);
    expect(mannWhitneyU([3, 3, 3], [3, 3, 3]).p).toBe(1);
  });

  it("mirrors U and keeps p when the samples are swapped", () => {
    const x = [10.2, 11.5, 9.8, 12.1, 10.9];
    const y = [12.5, 13.1, 11.9, 12.8, 13.7, 12.2];
    const a = mannWhitneyU(x, y);
    const b = mannWhitneyU(y, x);
    expect(a.u + b.u).toBe(x.length * y.length);
    expect(a.p).toBeCloseTo(b.p, 14);
  });

  it("rejects empty and non-finite samples", () => {
    expect(() => mannWhitneyU([], [1])).toThrow(/at least one/);
    expect(() => mannWhitneyU([1, Number.NaN], [1])).toThrow(/finite/);
  });

  it("knows the smallest p a sample size allows", () => {
    expect(minimumExactP(3, 3)).toBeCloseTo(0.1, 14);
    expect(minimumExactP(10, 10)).toBeCloseTo(2 / 184756, 18);
  });
});
