// The adaptive gate's error control on simulated trials (bench/sequential-sim-core.ts): A/A false alarms at or under alpha, and a real slowdown found with fewer trials than the cap.
import { describe, expect, it } from "vitest";
import { simulate } from "../bench/sequential-sim-core.js";

const base = { cells: 6, sigmas: [0.03, 0.06], design: { min: 6, max: 30, step: 4 }, alpha: 0.05, threshold: 0.05 };

describe("sequential procedure, simulated", () => {
  it("keeps the family-wise false-alarm rate of A/A runs at or under alpha", () => {
    const aa = simulate({ ...base, reps: 400, shift: 0, seed: 7 });
    // At alpha 0.05, 400 runs: a true rate of 5% gives 20 +- 4.4; 30 is beyond 2 sd of it.
    expect(aa.anySignificant).toBeLessThanOrEqual(30);
    expect(aa.anyFlagged).toBeLessThanOrEqual(aa.anySignificant);
    // Cells decided unchanged stop before the cap: fewer trials than 30 a cell on average.
    expect(aa.stops.unchanged).toBeGreaterThan(0);
    expect(aa.trials / (aa.reps * base.cells)).toBeLessThan(30);
  });

  it("finds a 15% slowdown in most cells, stopping them early", () => {
    const slow = simulate({ ...base, reps: 100, shift: 0.15, seed: 8 });
    expect(slow.cellsFlagged / (slow.reps * base.cells)).toBeGreaterThan(0.9);
    expect(slow.stops.changed).toBeGreaterThan(0.9 * slow.reps * base.cells);
    expect(slow.trials / (slow.reps * base.cells)).toBeLessThan(20);
  });

  it("a fixed design is one look at alpha: the same procedure with min = max", () => {
    const fixed = simulate({ ...base, reps: 50, shift: 0, seed: 9, fixed: 8 });
    expect(fixed.trials).toBe(50 * base.cells * 8);
    expect(fixed.stops.cap + fixed.stops.unchanged + fixed.stops.changed + fixed.stops["no-regression"]).toBe(50 * base.cells);
  });
});
