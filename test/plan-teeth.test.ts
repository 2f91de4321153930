// Covers src/pipeline/plan-teeth.ts and the `run` door: a plan that could flag nothing is told so before its trials run.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../src/config/load-config.js";
import { planTeeth, planTeethWarning } from "../src/pipeline/plan-teeth.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function workspace(defaults: string, scenarios: string[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), "cg-teeth-run-"));
  cpSync(path.join(root, "test/fixtures/scenarios"), path.join(dir, "bench"), { recursive: true });
  writeFileSync(path.join(dir, "concurrency-guard.yml"), ["version: 1", `defaults: ${defaults}`, "scenarios:", ...scenarios].join("\n"));
  return dir;
}

describe("planTeeth", () => {
  // 3 models x 2 levels = 6 cells, 12 gated comparisons: the configuration of the report that found the problem.
  const dir = workspace("{ trials: 6, duration: 500ms, models: [async, threads, processes], concurrency: [1, 8] }", ["  - { name: render, file: bench/noop-async.mjs, kind: cpu }"]);
  const config = loadConfig(undefined, dir);

  it("side by side: 6 trials over 12 comparisons have no teeth, 7 do", () => {
    const t = planTeeth(config, undefined, true, 0.01);
    expect(t.comparisons).toBe(12);
    expect(t.floor).toEqual({ trials: 7, comparisons: 12, alpha: 0.01 });
    expect(planTeethWarning(config, {}, true, 0.01)).toBe(
      "this run has no teeth: with 6 trials a side over 12 comparisons no change can be significant at alpha 0.01 " +
        "(the smallest possible p, 0.0022, is above 0.01/12 = 0.00083); use at least 7 trials",
    );
    expect(planTeethWarning(config, { trials: 7 }, true, 0.01)).toMatch(/^this run's error-rate gate has no teeth: with 7 trials a side over 12 comparisons a new error rate/);
    expect(planTeethWarning(config, { trials: 8 }, true, 0.01)).toBeUndefined();
  });

  it("--only narrows the family: one cell's 2 comparisons need 6 a side", () => {
    expect(planTeeth(config, ["render/async/1"], true, 0.01).floor.trials).toBe(6);
  });

  it("against a stored baseline the drift-adjusted test needs 5 a side at 0.01, whatever the family", () => {
    expect(planTeeth(config, undefined, false, 0.01).floor.trials).toBe(5);
    // Timing has its teeth at 6; the error-rate test (Holm over the family, the baseline's zeros tied) needs 8.
    expect(planTeethWarning(config, {}, false, 0.01)).toMatch(/^this run's error-rate gate has no teeth: .*; use at least 8 trials$/);
    expect(planTeethWarning(config, { trials: 8 }, false, 0.01)).toBeUndefined();
    expect(planTeethWarning(config, { trials: 4 }, false, 0.01)).toMatch(/^this run has no teeth: with 4 trials a side no change can be significant at alpha 0\.01 against a stored baseline/);
  });
});

describe("the defaults have teeth", () => {
  it("10 trials over 3 models x 3 levels x 2 scenarios (36 comparisons) at 0.01, side by side and stored, errors too", () => {
    const dir = workspace("{ duration: 500ms }", ["  - { name: a, file: bench/noop-async.mjs, kind: io }", "  - { name: b, file: bench/busy.mjs, kind: cpu }"]);
    const config = loadConfig(undefined, dir);
    expect(config.scenarios.map((s) => s.trials)).toEqual([10, 10]);
    expect(planTeeth(config, undefined, true, 0.01).comparisons).toBe(36);
    expect(planTeethWarning(config, {}, true, 0.01)).toBeUndefined();
    expect(planTeethWarning(config, {}, false, 0.01)).toBeUndefined();
    expect(planTeeth(config, undefined, true, 0.01).at(10)).toMatchObject({ canFlag: true, errors: { canFlag: true } });
  });
});

describe("concurrency-guard run with too few trials", () => {
  it("warns on stderr before the first trial, and still measures", () => {
    const dir = workspace("{ trials: 3, duration: 100ms, warmup: 20ms, timeout: 5s, models: [async], concurrency: [1] }", ["  - { name: wait, file: bench/noop-async.mjs, kind: io }"]);
    const proc = spawnSync(process.execPath, [path.join(root, "dist/cli.js"), "run", "--out", "results.json"], { cwd: dir, encoding: "utf8", env: { ...process.env, CI: "true" } });
    expect(proc.status, proc.stderr).toBe(0);
    const warning =
      "concurrency-guard: warning: this run has no teeth: with 3 trials a side no change can be significant at alpha 0.01 against a stored baseline " +
      "(the smallest possible p of the trials, 0.1, is above 0.01, so their rank interval is unbounded); use at least 5 trials";
    const lines = proc.stderr.split("\n");
    expect(lines).toContain(warning);
    expect(lines.indexOf(warning)).toBeLessThan(lines.findIndex((l) => /^cell 1\/1 /.test(l)));
    expect(proc.stdout).toMatch(/results written to results\.json/);
  });
});
