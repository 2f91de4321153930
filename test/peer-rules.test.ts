// Covers bench/peer-rules.ts: each peer's decision rule pinned to a worked example of its own documentation.
import { describe, expect, it } from "vitest";
import {
  asvIsDifferent,
  asvMannWhitney,
  asvWorse,
  bencherAlert,
  bencherTTestLimit,
  codspeedImpact,
  codspeedRegression,
  gabAlert,
  gabRatio,
  median,
  PEER_RULES,
  replayPeerRules,
  studentTCdf,
  studentTQuantile,
} from "../bench/peer-rules.js";

describe("github-action-benchmark alert-threshold", () => {
  it("alerts on the README's example: 230 ns/iter after 100 is 230% worse, past the default 200%", () => {
    expect(gabRatio(100, 230, "lower")).toBeCloseTo(2.3, 12);
    expect(gabAlert(100, 230, "lower", 2)).toBe(true);
  });

  it("reads '150%' as 1.5x worse, and alerts only beyond it (the check is ratio > threshold)", () => {
    // README: "if we now get 150 ns/iter and previously got 100 ns/iter, it gets 150% worse".
    expect(gabRatio(100, 150, "lower")).toBe(1.5);
    expect(gabAlert(100, 150, "lower", 1.5)).toBe(false);
    expect(gabAlert(100, 151, "lower", 1.5)).toBe(true);
    // Exactly 2x at the default 200% is not an alert either.
    expect(gabAlert(100, 200, "lower", 2)).toBe(false);
  });

  it("turns the ratio round when bigger is better (source comment: current=100, prev=200 is 2x worse)", () => {
    expect(gabRatio(200, 100, "higher")).toBe(2);
    expect(gabAlert(200, 99, "higher", 2)).toBe(true);
    expect(gabAlert(200, 101, "higher", 2)).toBe(false);
    expect(gabRatio(0, 0, "higher")).toBe(1);
  });
});

describe("Bencher t-test threshold", () => {
  // 25 historical Metrics with mean 100 and sample standard deviation 10 (the docs' example):
  // twelve at 110, twelve at 90 and one at 100 give sum((x - 100)^2) / 24 = 100.
  const history = [...Array<number>(12).fill(110), ...Array<number>(12).fill(90), 100];

  it("gives the docs' limits for a 0.977 boundary: upper 121.46, lower 78.54", () => {
    expect(bencherTTestLimit(history, 0.977, "upper")).toBeCloseTo(121.46, 2);
    expect(bencherTTestLimit(history, 0.977, "lower")).toBeCloseTo(78.54, 2);
    // By hand: t(0.977, 24) = 2.1044147 (scipy), times 10 * sqrt(1 + 1/25).
    expect(bencherTTestLimit(history, 0.977, "upper")).toBeCloseTo(100 + 2.104414722704815 * 10 * Math.sqrt(1.04), 9);
  });

  it("alerts on a value past the limit on the bad side only", () => {
    expect(bencherAlert(history, 121.5, "lower", 0.977)).toBe(true);
    expect(bencherAlert(history, 121.4, "lower", 0.977)).toBe(false);
    expect(bencherAlert(history, 78.5, "higher", 0.977)).toBe(true);
    expect(bencherAlert(history, 121.5, "higher", 0.977)).toBe(false);
  });

  it("uses the documented example's boundary 0.99 and only the newest 64 values", () => {
    const newest = Array.from({ length: 64 }, (_, i) => 100 + (i % 2 ? 5 : -5));
    const older = Array<number>(6).fill(1000);
    const limit = bencherTTestLimit([...newest, ...older], 0.99, "upper", 64);
    // mean 100, s = 5 * sqrt(64 / 63), t(0.99, 63) = 2.3870079 (scipy).
    expect(limit).toBeCloseTo(100 + 2.3870078634697967 * 5 * Math.sqrt(64 / 63) * Math.sqrt(1 + 1 / 64), 9);
    expect(bencherTTestLimit([...newest, ...older], 0.99, "upper", 64)).toBe(bencherTTestLimit(newest, 0.99, "upper", 64));
  });

  it("sets no limit without two values or without spread, so it never alerts then", () => {
    expect(bencherTTestLimit([100], 0.99, "upper")).toBeNull();
    expect(bencherTTestLimit([100, 100, 100], 0.99, "upper")).toBeNull();
    expect(bencherAlert([100], 1e9, "lower")).toBe(false);
  });

  it("has a Student's t that matches published quantiles", () => {
    // scipy.stats.t.ppf
    expect(studentTQuantile(0.975, 24)).toBeCloseTo(2.0638985616280245, 9);
    expect(studentTQuantile(0.99, 11)).toBeCloseTo(2.7180791838138623, 9);
    expect(studentTQuantile(0.99, 19)).toBeCloseTo(2.5394831906239625, 9);
    expect(studentTQuantile(0.99, 1)).toBeCloseTo(31.820515953773935, 7);
    expect(studentTQuantile(0.01, 2)).toBeCloseTo(-6.9645567342832715, 9);
    expect(studentTCdf(0, 7)).toBe(0.5);
    expect(studentTCdf(-2.0638985616280245, 24)).toBeCloseTo(0.025, 12);
  });
});

describe("CodSpeed regression threshold", () => {
  it("measures the impact as head speed over base speed - 1, speed being 1 / time", () => {
    // 125 µs after 100 µs: speed 1/125 against 1/100, an impact of -0.2.
    expect(codspeedImpact(100, 125, "lower")).toBeCloseTo(-0.2, 12);
    expect(codspeedImpact(1000, 800, "higher")).toBeCloseTo(-0.2, 12);
    expect(codspeedImpact(100, 100, "lower")).toBe(0);
  });

  it("flags the docs' example: impact -0.11 exceeds the 10% threshold, as do +0.3 (on the good side)", () => {
    expect(codspeedRegression(-0.11, 0.1)).toBe(true);
    expect(codspeedRegression(0.3, 0.1)).toBe(false);
    // [0.1, 0, -0.3] at 0.25: only -0.3 is a regression.
    expect([0.1, 0, -0.3].map((i) => codspeedRegression(i, 0.25))).toEqual([false, false, true]);
  });
});

describe("asv compare", () => {
  const sep = (n: number, from: number) => Array.from({ length: n }, (_, i) => from + i);

  it("computes the exact two-sided p by hand: 3 vs 3 fully apart is 2 / C(6, 3) = 0.1", () => {
    expect(asvMannWhitney([1, 2, 3], [4, 5, 6]).p).toBeCloseTo(0.1, 12);
    expect(asvMannWhitney([4, 5, 6], [1, 2, 3]).p).toBeCloseTo(0.1, 12);
  });

  it("breaks ties the least significant way: [1, 2, 3] vs [3, 4, 5] reads as U = 1, p = 2 * 2/20", () => {
    expect(asvMannWhitney([1, 2, 3], [3, 4, 5])).toEqual({ u: 1, p: expect.closeTo(0.2, 12) });
  });

  it("needs seven trials a side: 6 vs 6 apart gives p = 2/924 = 0.00216, not below 0.002", () => {
    expect(asvMannWhitney(sep(7, 0), sep(7, 100)).p).toBeCloseTo(2 / 3432, 15);
    expect(asvIsDifferent(sep(7, 0), sep(7, 100))).toBe(true);
    expect(asvMannWhitney(sep(6, 0), sep(6, 100)).p).toBeCloseTo(2 / 924, 15);
    expect(asvIsDifferent(sep(6, 0), sep(6, 100))).toBe(false);
    // Five a side: 1 / C(10, 5) = 0.004 >= 0.002, where asv compares intervals instead.
    expect(asvIsDifferent(sep(5, 0), sep(5, 100))).toBeNull();
  });

  it("uses the normal approximation above 20 a side, without tie or continuity correction", () => {
    // z = (0 - 220.5) / sqrt(21 * 21 * 43 / 12) = -5.5468; 2 * Phi(z) = 2.9088e-8 (scipy).
    expect(asvMannWhitney(sep(21, 0), sep(21, 100)).p).toBeCloseTo(2.9087751417976993e-8, 13);
  });

  it("marks worse only beyond the default factor 1.1 ('worsen by 10%'), and only when significant", () => {
    const base = Array.from({ length: 10 }, (_, i) => 100 + i * 0.1);
    const slower = (f: number) => base.map((x) => x * f);
    expect(asvWorse(base, slower(1.12), "lower")).toBe(true);
    expect(asvWorse(base, slower(1.09), "lower")).toBe(false);
    // A median 11.5% slower whose samples straddle the baseline's is "~" (not significant), not "+".
    const noisy = [95, 96, 97, 98, 99, 125, 130, 135, 140, 145];
    expect(median(noisy) / median(base)).toBeGreaterThan(1.1);
    expect(asvWorse(base, noisy, "lower")).toBe(false);
  });

  it("reads a throughput as a time per operation", () => {
    const base = Array.from({ length: 10 }, (_, i) => 1000 + i);
    expect(asvWorse(base, base.map((x) => x / 1.12), "higher")).toBe(true);
    expect(asvWorse(base, base.map((x) => x * 1.12), "higher")).toBe(false);
  });
});

describe("replayPeerRules", () => {
  const run = (tp: number[], p99: number[]) => ({ cells: [{ id: "s/async/1", trials: tp.map((throughput, i) => ({ status: "ok", throughput, latencyMs: { p99: p99[i]! } })) }] });
  const flat = (v: number) => Array<number>(10).fill(v).map((x, i) => x + i * 0.01);

  it("raises nothing when the runs are identical", () => {
    const a = run(flat(1000), flat(5));
    for (const [, alarms] of replayPeerRules(a, a)) expect(alarms).toEqual([]);
  });

  it("flags a 20% lower throughput by the tight rules and names the cell and metric", () => {
    const alarms = replayPeerRules(run(flat(1000), flat(5)), run(flat(800), flat(5)));
    expect(alarms.get("gab-110")).toEqual(["s/async/1 throughput"]);
    expect(alarms.get("gab-200")).toEqual([]);
    expect(alarms.get("codspeed-10")).toEqual(["s/async/1 throughput"]);
    expect(alarms.get("asv")).toEqual(["s/async/1 throughput"]);
    expect(alarms.get("bencher-t")).toEqual(["s/async/1 throughput"]);
    expect([...alarms.keys()]).toEqual(PEER_RULES.map((r) => r.id));
  });

  it("gives Bencher the per-run means of the stored history when there is one", () => {
    // Run means 1000 and 1100 spread the history: 900 is inside mean - t(0.99, 1) * s * sqrt(1.5).
    const history = [run(flat(1000), flat(5)), run(flat(1100), flat(5))];
    const alarms = replayPeerRules(history[0]!, run(flat(900), flat(5)), { history });
    expect(alarms.get("bencher-t")).toEqual([]);
    expect(replayPeerRules(history[0]!, run(flat(900), flat(5))).get("bencher-t")).toEqual(["s/async/1 throughput"]);
  });
});
