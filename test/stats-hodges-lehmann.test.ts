// Covers src/stats/hodges-lehmann.ts: the shift estimate and its exact rank confidence interval.
import { describe, expect, it } from "vitest";
import { hodgesLehmann } from "../src/stats/hodges-lehmann.js";

describe("hodgesLehmann", () => {
  it("takes the median of the pairwise differences (hand-computed, n = m = 3)", () => {
    // current - baseline: 3,5,7,2,4,6,1,3,5 -> sorted 1,2,3,3,4,5,5,6,7; median 4.
    const r = hodgesLehmann([1, 2, 3], [4, 6, 8], 0.9);
    expect(r.estimate).toBe(4);
    // P(U <= 0) = 1/20 = 0.05 <= 0.05, so k = 1: the interval spans D(1)..D(9).
    expect(r.lower).toBe(1);
    expect(r.upper).toBe(7);
    expect(r.achieved).toBeCloseTo(0.9, 14);
  });

  it("returns an unbounded interval when the sample cannot reach the level", () => {
    // n = m = 3 cannot give 95%: even U = 0 has probability 0.05 > 0.025.
    const r = hodgesLehmann([1, 2, 3], [4, 6, 8], 0.95);
    expect(r.lower).toBe(-Infinity);
    expect(r.upper).toBe(Infinity);
    expect(r.estimate).toBe(4);
  });

  it("matches R's wilcox.test(conf.int = TRUE) example: 0.305, 95% CI [-0.15, 0.76]", () => {
    const x = [0.8, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46];
    const y = [1.15, 0.88, 0.9, 0.74, 1.21];
    const r = hodgesLehmann(y, x, 0.95);
    expect(r.estimate).toBeCloseTo(0.305, 12);
    expect(r.lower).toBeCloseTo(-0.15, 12);
    expect(r.upper).toBeCloseTo(0.76, 12);
    // 1 - 2 P(U <= 11) for n = 5, m = 10 (independent enumeration in Python).
    expect(r.achieved).toBeCloseTo(0.9600399600399601, 12);
    const r99 = hodgesLehmann(y, x, 0.99);
    expect(r99.lower).toBeCloseTo(-0.35, 12);
    expect(r99.upper).toBeCloseTo(1.01, 12);
    expect(r99.achieved).toBeCloseTo(0.9920079920079921, 12);
  });

  it("gives zero shift for identical samples with an interval around zero", () => {
    const s = [Math.log(100), Math.log(102), Math.log(98), Math.log(101), Math.log(99)];
    const r = hodgesLehmann(s, s, 0.9);
    expect(r.estimate).toBe(0);
    expect(r.lower).toBeLessThan(0);
    expect(r.upper).toBeGreaterThan(0);
  });

  it("mirrors the shift and interval when the samples are swapped", () => {
    const a = [10.2, 11.5, 9.8, 12.1, 10.9, 11.1];
    const b = [12.5, 13.1, 11.9, 12.8, 13.7, 12.2, 12.9];
    const ab = hodgesLehmann(a, b, 0.95);
    const ba = hodgesLehmann(b, a, 0.95);
    expect(ba.estimate).toBeCloseTo(-ab.estimate, 12);
    expect(ba.lower).toBeCloseTo(-ab.upper, 12);
    expect(ba.upper).toBeCloseTo(-ab.lower, 12);
  });

  it("recovers a known multiplicative shift on log values", () => {
    const base = [100, 104, 97, 101, 99, 103, 98, 102, 100.5, 99.5];
    const slower = base.map((v) => v * 0.8);
    const r = hodgesLehmann(base.map(Math.log), slower.map(Math.log), 0.99);
    expect(Math.exp(r.estimate) - 1).toBeCloseTo(-0.2, 12);
    expect(Math.exp(r.upper) - 1).toBeLessThan(-0.15);
  });

  it("uses the normal critical value at 50+ per sample", () => {
    const a = Array.from({ length: 60 }, (_, i) => ((i * 7919) % 101) / 10);
    const b = Array.from({ length: 55 }, (_, j) => 2 + ((j * 104729) % 97) / 10);
    const r = hodgesLehmann(a, b, 0.95);
    expect(r.method).toBe("normal");
    expect(r.lower).toBeLessThan(r.estimate);
    expect(r.upper).toBeGreaterThan(r.estimate);
  });
});
