// Fitting a run into `time-budget`: trials trimmed first, then trial length, with notes saying what was given up.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { planForBudget, type TrialFloor } from "../src/plan/time-budget.js";
import { loadConfig } from "../src/config/load-config.js";
import { MIN_TRIALS } from "../src/config/types.js";
import { makePlan } from "../src/plan/plan.js";

function config() {
  const dir = mkdtempSync(path.join(tmpdir(), "cg-budget-"));
  writeFileSync(path.join(dir, "s.mjs"), "export function run() {}\n");
  writeFileSync(
    path.join(dir, "concurrency-guard.yml"),
    "version: 1\ndefaults: { models: [async, threads], concurrency: [1, 8], trials: 10, duration: 1s, warmup: 200ms }\nscenarios:\n  - { name: s, file: s.mjs, kind: io }\n",
  );
  return loadConfig(undefined, dir);
}

/** No floor above the minimum: trimming as if any count had teeth. */
const anyCount: TrialFloor = { trials: 2, comparisons: 8, alpha: 0.01 };
/** 4 cells x 2 gated metrics side by side at 0.01: 2 / C(14, 7) = 0.00058 <= 0.01/8, 6 a side (0.0022) are not enough. */
const sideBySide: TrialFloor = { trials: 7, comparisons: 8, alpha: 0.01 };

describe("planForBudget", () => {
  const cfg = config();
  // 4 cells x 10 trials x (200ms warm-up + 1s + 300ms start-up) = 60s.
  const full = makePlan(cfg, { seed: 1 }).estimatedMs;

  it("trims nothing when the plan fits in 90% of the budget", () => {
    expect(full).toBe(60_000);
    const plan = planForBudget(cfg, {}, 10 * 60_000, anyCount);
    expect(plan.trials).toBeUndefined();
    expect(plan.notes).toEqual(["time-budget 10m: the plan needs about 1m; nothing trimmed"]);
  });

  it("lowers the trials per cell to the most that fit, and says so", () => {
    const plan = planForBudget(cfg, {}, 40_000, anyCount);
    // 36s available: 6 trials x 4 cells x 1.5s = 36s.
    expect(plan.trials).toBe(6);
    expect(plan.estimatedMs).toBe(36_000);
    expect(plan.notes).toEqual(["time-budget 40s: the full plan needs about 1m; trimmed trials from 10 to 6 per cell (about 36s)"]);
  });

  it("shortens the trials once the minimum count is reached", () => {
    const plan = planForBudget(cfg, {}, 12_000, anyCount);
    expect(plan.trials).toBe(MIN_TRIALS);
    expect(plan.durationMs).toBeLessThan(1000);
    expect(plan.estimatedMs).toBeLessThanOrEqual(10_800);
    expect(plan.notes[0]).toMatch(/trimmed trials from 10 to 2 per cell and the measured time per trial from 1000ms to \d+ms/);
    expect(plan.notes).toHaveLength(1);
  });

  it("says when even the smallest plan does not fit", () => {
    const plan = planForBudget(cfg, {}, 1000, anyCount);
    expect(plan.durationMs).toBe(100);
    expect(plan.notes.join("\n")).toMatch(/even the smallest plan needs about \d+s; running it anyway/);
  });

  it("respects trials and duration given as inputs", () => {
    const plan = planForBudget(cfg, { trials: 4, durationMs: 500 }, 10 * 60_000, anyCount);
    expect(plan).toMatchObject({ trials: 4, durationMs: 500, estimatedMs: 16_000 });
  });
});

describe("planForBudget with a floor of teeth", () => {
  const cfg = config();

  it("stops trimming trials at the fewest with teeth and shortens the trials instead, saying so", () => {
    // Without the floor, 40s would take 6 trials (which could flag nothing side by side).
    const plan = planForBudget(cfg, {}, 40_000, sideBySide);
    expect(plan.trials).toBe(7);
    // 36s available: 7 trials x 4 cells x (200 + d + 300)ms <= 36s gives d <= 785ms; 1000 -> 750.
    expect(plan.durationMs).toBe(750);
    expect(plan.notes).toEqual([
      "time-budget 40s: the full plan needs about 1m; trimmed trials from 10 to 7 per cell and the measured time per trial from 1000ms to 750ms (about 35s); " +
        "kept 7 trials per cell, the fewest with which 8 gated comparisons can be significant at alpha 0.01, rather than fewer that could flag nothing",
    ]);
  });

  it("runs the smallest plan with teeth when even that does not fit, and says it is over", () => {
    const plan = planForBudget(cfg, {}, 5_000, sideBySide);
    expect(plan).toMatchObject({ trials: 7, durationMs: 100 });
    expect(plan.notes[1]).toMatch(/^time-budget 5s: even the smallest plan with teeth needs about 17s; running it anyway/);
  });

  it("trims a config that has no teeth anyway as before: the pipeline's warning says so", () => {
    const plan = planForBudget(cfg, { trials: 5 }, 12_000, sideBySide);
    expect(plan.trials).toBe(2);
  });
});
