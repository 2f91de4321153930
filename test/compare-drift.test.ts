// Run-to-run drift: its estimate from stored baselines and the widened shift, pinned to values worked out by hand.
import { describe, expect, it } from "vitest";
import { DEFAULT_DRIFT, DRIFT_FLOOR, driftFor, estimateDrift, medianStandardError, MIN_HISTORY, widenByDrift } from "../src/compare/drift.js";
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
    expect(drift?.sigma).toBeCloseTo(1.4826 * 0.015, 12);
  });

  it("takes out what the trials' own noise explains, down to a floor", () => {
    // Every run's trials spread ±10% while the run medians agree: no drift is left but the floor.
    const noisy = Array.from({ length: 6 }, () =>
      fixtureResults([{ scenario: "s", model: "async", concurrency: 1, throughput: [900, 950, 1000, 1050, 1100, 1000] }]),
    );
    expect(estimateDrift(noisy, "throughput", throughput).get("s/async/1")?.sigma).toBe(DRIFT_FLOOR);
  });

  it("is not fooled by one odd run", () => {
    const odd = [...history, run(1000 * Math.exp(0.5))];
    // Median of seven logs is 0.01; deviations .01 0 .02 .01 .03 .02 .49, median 0.02.
    expect(estimateDrift(odd, "throughput", throughput).get("s/async/1")?.sigma).toBeCloseTo(1.4826 * 0.02, 12);
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
