// Latency histogram: percentiles within its 1% bucket width, exact merges.
import { describe, expect, it } from "vitest";
import { Histogram } from "../src/execute/histogram.js";

describe("Histogram", () => {
  it("gives percentiles within 1% of the exact values", () => {
    const h = new Histogram();
    const values = Array.from({ length: 10_000 }, (_, i) => 0.01 + i * 0.01); // 0.01 .. 100 ms
    values.forEach((v) => h.record(v));
    const exact = (q: number) => values[Math.ceil(q * values.length) - 1]!;
    for (const q of [0.5, 0.9, 0.99]) expect(Math.abs(h.quantile(q) - exact(q)) / exact(q)).toBeLessThan(0.01);
    expect(h.max).toBeCloseTo(100, 9);
    expect(h.percentiles().mean).toBeCloseTo(50.005, 6);
  });

  it("merges histograms from several loops into the same answer as one", () => {
    const whole = new Histogram();
    const a = new Histogram();
    const b = new Histogram();
    for (let i = 1; i <= 1000; i++) {
      whole.record(i / 7);
      (i % 2 ? a : b).record(i / 7);
    }
    const merged = new Histogram();
    merged.merge(a.toJSON());
    merged.merge(b.toJSON());
    expect(merged.percentiles()).toEqual(whole.percentiles());
  });

  it("never reports a percentile above the maximum, and zero when empty", () => {
    const h = new Histogram();
    expect(h.quantile(0.5)).toBe(0);
    h.record(3);
    expect(h.quantile(0.99)).toBeLessThanOrEqual(3);
    expect(h.quantile(0.99)).toBeGreaterThan(2.95);
  });
});
