// Run-to-run drift: its estimate from stored baselines and the widened shift, pinned to values worked out by hand.
import { describe, expect, it } from "vitest";
import { DEFAULT_DRIFT, DRIFT_FLOOR, driftFor, estimateDrift, medianStandardError, MIN_HISTORY, widenByDrift } from "../src/compare/drift.js";
import { compareResults } from "../src/compare/compare.js";
import { DEFAULT_COMPARE } from "../src/config/compare-settings.js";
import { renderText } from "../src/report/comparison-text.js";
import type { TrialResult } from "../src/results/types.js";
import { fixtureResults } from "./support/results-fixture.js";

const throughput = (t: TrialResult) => t.throughput;

/** One baseline whose trials all sit at `value`: its median has no noise of its own. */
const run = (value: number, cells: { concurrency: number; factor?: number }[] = [{ concurrency: 1 }]) =>
  fixtureResults(cells.map((c) => ({ scenario: "s", model: "async" as const, concurrency: c.concurrency, throughput: Array(6).fill(value * (c.factor ?? 1)) })));

describe("medianStandardError", () => {
  it("is sqrt(pi/2) x 1.4826 x MAD / sqrt(n)", () => {
    // MAD of 0..4 around 2 is 1.
    expect(medianStandardError([0, 1, 2, 3, 4])).toBeCloseTo(0.8309959977431568, 12);
    expect(medianStandardError([7])).toBe(0);
  });
});

describe("estimateDrift", () => {
  const logs = [0, 0.01, -0.01, 0.02, -0.02, 0.03];
  const history = logs.map((l) => run(1000 * Math.exp(l)));

  it("reads the spread of the runs' log medians as 1.4826 x their MAD", () => {
    // Median of the logs 0.005; absolute deviations .005 .005 .015 .015 .025 .025, median 0.015.
    const drift = estimateDrift(history, "throughput", throughput).get("s/async/1");
    expect(drift?.runs).toBe(6);
    expect(drift?.source).toBe("history");
    // Shrunk toward the 4% default, worth PRIOR_RUNS = 5 runs: sqrt((6 x 0.022239^2 + 5 x 0.04^2) / 11).
    expect(drift?.sigma).toBeCloseTo(0.031575938373733535, 12);
    // A metric with no default keeps the fitted spread as it is.
    expect(estimateDrift(history, "loopDelayMax", throughput).get("s/async/1")?.sigma).toBeCloseTo(1.4826 * 0.015, 12);
  });

  it("takes out what the trials' own noise explains, down to a floor", () => {
    // Every run's trials spread ±10% while the run medians agree: no drift is left but the floor.
    const noisy = Array.from({ length: 6 }, () =>
      fixtureResults([{ scenario: "s", model: "async", concurrency: 1, throughput: [900, 950, 1000, 1050, 1100, 1000] }]),
    );
    expect(estimateDrift(noisy, "loopDelayMax", throughput).get("s/async/1")?.sigma).toBe(DRIFT_FLOOR);
    // With a default, the estimate is the default's share alone: sqrt(5 x 0.04^2 / 11).
    expect(estimateDrift(noisy, "throughput", throughput).get("s/async/1")?.sigma).toBeCloseTo(0.026967994498529685, 12);
  });

  it("is not fooled by one odd run", () => {
    const odd = [...history, run(1000 * Math.exp(0.5))];
    // Median of seven logs is 0.01; deviations .01 0 .02 .01 .03 .02 .49, median 0.02.
    expect(estimateDrift(odd, "loopDelayMax", throughput).get("s/async/1")?.sigma).toBeCloseTo(1.4826 * 0.02, 12);
  });

  it("gives no estimate below MIN_HISTORY runs, and driftFor falls back to the metric's default", () => {
    const short = estimateDrift(history.slice(0, MIN_HISTORY - 1), "throughput", throughput);
    expect(short.size).toBe(0);
    expect(driftFor(short, "s/async/1", "throughput")).toEqual({ sigma: DEFAULT_DRIFT.throughput, runs: 0, source: "default" });
    expect(driftFor(short, "s/async/1", "cpuPerOp")).toBeUndefined();
  });
});

describe("widenByDrift", () => {
  const z95 = 1.959963984540054;
  const shift = { estimate: 0.1, lower: 0.1 - z95 * 0.02, upper: 0.1 + z95 * 0.02 };

  it("adds both runs' drift to the trials' standard error", () => {
    const w = widenByDrift(shift, 0.95, 0.03)!;
    // sqrt(0.02^2 + 2 x 0.03^2)
    expect(w.se).toBeCloseTo(0.0469041575982343, 8); // normalQuantile is good to about 1e-9
    expect(w.p).toBeCloseTo(0.033006257661232545, 7);
    const i = w.interval(0.95);
    expect(i.upper - i.estimate).toBeCloseTo(0.09193045961772994, 8);
    expect(i.estimate - i.lower).toBeCloseTo(0.09193045961772994, 8);
  });

  it("keeps the trials' interval when there is no drift, and mirrors with the sign", () => {
    const w = widenByDrift(shift, 0.95, 0)!;
    expect(w.se).toBeCloseTo(0.02, 8);
    const mirrored = widenByDrift({ estimate: -0.1, lower: -shift.upper, upper: -shift.lower }, 0.95, 0.03)!;
    expect(mirrored.p).toBeCloseTo(widenByDrift(shift, 0.95, 0.03)!.p, 12);
  });

  it("says nothing for an unbounded interval", () => {
    expect(widenByDrift({ estimate: 0.1, lower: -Infinity, upper: Infinity }, 0.95, 0.03)).toBeUndefined();
  });
});

describe("compareResults with a drift history", () => {
  // Trials that agree to ±0.5%, and a current run 8% slower: the size of ordinary run-to-run drift.
  const tight = (center: number) => [0.995, 0.997, 0.999, 1, 1.001, 1.003, 1.005, 0.998, 1.002, 1].map((f) => center * f);
  const base = fixtureResults([{ scenario: "s", model: "async", concurrency: 1, throughput: tight(1000) }]);
  const cur = fixtureResults([{ scenario: "s", model: "async", concurrency: 1, throughput: tight(920) }]);
  // Twelve stored runs whose medians spread about ±4%.
  const history = [0, 0.04, -0.04, 0.02, -0.02, 0.05, -0.05, 0.03, -0.03, 0.01, -0.01, 0.06].map((l) =>
    fixtureResults([{ scenario: "s", model: "async", concurrency: 1, throughput: tight(1000 * Math.exp(l)) }]),
  );
  const settings = structuredClone(DEFAULT_COMPARE);
  const throughputOf = (c: ReturnType<typeof compareResults>) => c.cells[0]!.metrics.find((m) => m.metric === "throughput")!;

  it("without it, calls the shift a regression (the false alarm drift raises today)", () => {
    const c = compareResults(base, cur, { settings });
    expect(c.mode).toBe("stored");
    expect(throughputOf(c).verdict).toBe("regression");
    expect(throughputOf(c).test).not.toBe("drift-adjusted");
  });

  it("with it, allows for the drift the history shows and does not call the shift a regression", () => {
    const c = compareResults(base, cur, { settings, drift: { history } });
    const m = throughputOf(c);
    expect(m.test).toBe("drift-adjusted");
    expect(m.drift).toMatchObject({ runs: 12, source: "history" });
    expect(m.drift!.sigma).toBeGreaterThan(0.03);
    expect(m.verdict).not.toBe("regression");
    expect(c.verdict).toBe("pass");
    // The change itself is still estimated from the trials: about -8%.
    expect(m.change!).toBeCloseTo(-0.08, 2);
    expect(c.driftHistory).toBe(12);
    // The report says which mode, how far this cell's runs drift, and what side by side would gain.
    const text = renderText(c);
    expect(text).toMatch(/\(runs drift ±\d\.\d+%, 12 baselines\)/);
    expect(text).toMatch(/compared with a stored baseline measured by another run: each gated metric allows for the drift between runs \(runs drift ±.* by cell, estimated from up to 12 stored baselines on this hardware\); side by side/);
  });

  it("says when too few stored baselines leave the default allowance", () => {
    const c = compareResults(base, cur, { settings, drift: { history: history.slice(0, 2) } });
    expect(throughputOf(c).drift).toEqual({ sigma: 0.04, runs: 0, source: "default" });
    expect(renderText(c)).toMatch(/fewer than 5 stored baselines on this hardware \(2\): the default allowance of ±4\.0% for throughput, ±10% for p99/);
  });

  it("still flags a slowdown well past the drift", () => {
    const slow = fixtureResults([{ scenario: "s", model: "async", concurrency: 1, throughput: tight(600) }]);
    expect(throughputOf(compareResults(base, slow, { settings, drift: { history } })).verdict).toBe("regression");
  });

  it("allows for no drift between the two sides of one side-by-side run", () => {
    const id = "run-1";
    const c = compareResults({ ...base, pairing: { id, arm: "base" } }, { ...cur, pairing: { id, arm: "current" } }, { settings, drift: { history } });
    expect(c.mode).toBe("side-by-side");
    expect(renderText(c)).toMatch(/compared side by side: .* so drift between runs cancels/);
    expect(throughputOf(c).verdict).toBe("regression");
    expect(throughputOf(c).test).not.toBe("drift-adjusted");
    expect(throughputOf(c).drift).toBeUndefined();
  });
});
