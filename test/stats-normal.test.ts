// Covers src/stats/normal.ts: normal CDF tails and quantiles used for p-values and critical values.
import { describe, expect, it } from "vitest";
import { normalCdf, normalQuantile, normalUpperTail } from "../src/stats/normal.js";

describe("normal distribution helpers", () => {
  it("matches tabled CDF values", () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 8);
    expect(normalCdf(1.959963984540054)).toBeCloseTo(0.975, 7);
    expect(normalCdf(-2.5758293035489)).toBeCloseTo(0.005, 8);
  });

  it("keeps relative precision far in the tail", () => {
    // P(Z >= 5) = 2.866515718791939e-7
    expect(normalUpperTail(5) / 2.866515718791939e-7).toBeCloseTo(1, 5);
  });

  it("inverts the CDF", () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 6);
    expect(normalQuantile(0.005)).toBeCloseTo(-2.5758293035489, 6);
    expect(normalQuantile(0.5)).toBeCloseTo(0, 6);
    expect(normalQuantile(0)).toBe(-Infinity);
  });
});
