// Fitting a run into `time-budget`: trials trimmed first, then trial length, with notes saying what was given up.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { planForBudget, smallestP } from "../src/plan/time-budget.js";
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

describe("planForBudget", () => {
  const cfg = config();
  // 4 cells x 10 trials x (200ms warm-up + 1s + 300ms start-up) = 60s.
  const full = makePlan(cfg, { seed: 1 }).estimatedMs;

  it("trims nothing when the plan fits in 90% of the budget", () => {
    expect(full).toBe(60_000);
    const plan = planForBudget(cfg, {}, 10 * 60_000, 0.01);
    expect(plan.trials).toBeUndefined();
    expect(plan.notes).toEqual(["time-budget 10m: the plan needs about 1m; nothing trimmed"]);
  });

  it("lowers the trials per cell to the most that fit, and says so", () => {
    const plan = planForBudget(cfg, {}, 40_000, 0.01);
    // 36s available: 6 trials x 4 cells x 1.5s = 36s.
    expect(plan.trials).toBe(6);
    expect(plan.estimatedMs).toBe(36_000);
    expect(plan.notes).toEqual(["time-budget 40s: the full plan needs about 1m; trimmed trials from 10 to 6 per cell (about 36s)"]);
  });

  it("shortens the trials once the minimum count is reached, and warns when no regression could be flagged", () => {
    const plan = planForBudget(cfg, {}, 12_000, 0.01);
    expect(plan.trials).toBe(MIN_TRIALS);
    expect(plan.durationMs).toBeLessThan(1000);
    expect(plan.estimatedMs).toBeLessThanOrEqual(10_800);
    expect(plan.notes[0]).toMatch(/trimmed trials from 10 to 2 per cell and the measured time per trial from 1000ms to \d+ms/);
    expect(plan.notes.at(-1)).toMatch(/smallest possible p is 0\.3[0-9]*, above alpha 0\.01: no regression can be flagged/);
  });

  it("says when even the smallest plan does not fit", () => {
    const plan = planForBudget(cfg, {}, 1000, 0.01);
    expect(plan.durationMs).toBe(100);
    expect(plan.notes.join("\n")).toMatch(/even the smallest plan needs about \d+s; running it anyway/);
  });

  it("respects trials and duration given as inputs", () => {
    const plan = planForBudget(cfg, { trials: 4, durationMs: 500 }, 10 * 60_000, 0.01);
    expect(plan).toMatchObject({ trials: 4, durationMs: 500, estimatedMs: 16_000 });
  });
});

describe("smallestP", () => {
  it("is 2 / C(n + m, n), the two-sided exact Mann-Whitney floor", () => {
    expect(smallestP(3)).toBeCloseTo(2 / 20, 12);
    expect(smallestP(5)).toBeCloseTo(2 / 252, 12);
    expect(smallestP(3, 8)).toBeCloseTo(2 / 165, 12);
  });
});
