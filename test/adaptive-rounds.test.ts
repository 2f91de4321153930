// Adaptive trials (`run --trials adaptive`): rounds on real processes, cells stopping when decided, both sides growing, the time budget, and compare replaying the looks.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { ResultsFile } from "../src/results/types.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const cli = path.join(root, "dist/cli.js");

/**
 * Waits `ms` per operation. `spread` makes each trial (a fresh process) wait a different multiple
 * of it, 1x to 10x, in a fixed order kept in a counter file beside the scenario: no 14 trials a side
 * settle a twofold change, and its estimate always points at a regression (no early stop for futility).
 */
function scenario(ms: number, spread = false): string {
  if (!spread) return [`export function run() {`, `  return new Promise((resolve) => setTimeout(resolve, ${ms}));`, "}"].join("\n");
  return [
    'import { readFileSync, writeFileSync } from "node:fs";',
    'const counter = new URL("./count.txt", import.meta.url);',
    "let n = 0;",
    "try { n = Number(readFileSync(counter, \"utf8\")) || 0; } catch {}",
    "writeFileSync(counter, String(n + 1));",
    `const wait = ${ms} * [1, 10, 2, 9, 3, 8, 4, 7, 5, 6][n % 10];`,
    "export function run() {",
    "  return new Promise((resolve) => setTimeout(resolve, wait));",
    "}",
  ].join("\n");
}

// Looks after 6, 10 and 14 trials, at alpha 0.05 (levels 0.0027, 0.0176, 0.0296).
const CONFIG = [
  "version: 1",
  "defaults: { models: [async], concurrency: [4], trials: adaptive, adaptive: { min: 6, max: 14 }, duration: 60ms, warmup: 20ms, timeout: 5s, cost: off }",
  "compare: { alpha: 0.05, threshold: { throughput: 25%, p99: 50% } }",
  "scenarios:",
  "  - { name: same, file: bench/same.mjs, kind: io }",
  "  - { name: slower, file: bench/slower.mjs, kind: io }",
  "  - { name: noisy, file: bench/noisy.mjs, kind: io }",
].join("\n");

function project(dir: string, slowerMs: number, noisyMs = 3): void {
  mkdirSync(path.join(dir, "bench"), { recursive: true });
  writeFileSync(path.join(dir, "concurrency-guard.yml"), CONFIG);
  writeFileSync(path.join(dir, "bench/same.mjs"), scenario(3));
  writeFileSync(path.join(dir, "bench/slower.mjs"), scenario(slowerMs));
  writeFileSync(path.join(dir, "bench/noisy.mjs"), scenario(noisyMs, true));
}

function run(args: string[], cwd: string) {
  return spawnSync(process.execPath, [cli, ...args], { cwd, encoding: "utf8", env: { ...process.env, CI: "true" } });
}

const read = (file: string) => JSON.parse(readFileSync(file, "utf8")) as ResultsFile;
const trialsOf = (r: ResultsFile) => Object.fromEntries(r.cells.map((c) => [c.scenario, c.trials.length]));
const stopsOf = (r: ResultsFile) => Object.fromEntries(r.cells.map((c) => [c.scenario, c.stop?.reason]));

describe("adaptive trials", () => {
  it("side by side: decided cells stop, the open one grows to its cap, both sides alike; compare replays the verdict", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "cg-adaptive-"));
    project(path.join(dir, "old"), 3);
    project(path.join(dir, "new"), 9, 6);
    const proc = run(["run", "--config", "new/concurrency-guard.yml", "--base-config", "old/concurrency-guard.yml", "--out", "out/r.json"], dir);
    expect(proc.status, proc.stderr).toBe(0);
    const current = read(path.join(dir, "out/r.json"));
    const base = read(path.join(dir, "out/r.base.json"));
    expect(current.sequential).toMatchObject({ min: 6, max: 14, step: 4, looks: 3, spending: "obrien-fleming", alpha: 0.05, rounds: 3 });
    const stopped = stopsOf(current);
    expect({ slower: stopped.slower, noisy: stopped.noisy }).toEqual({ slower: "changed", noisy: "cap" });
    // The unchanged cell: decided unchanged, or stopped for futility (every estimate well on the good side).
    expect(["unchanged", "no-regression"]).toContain(stopped.same);
    // Unchanged at a look before the cap (usually the first; a loaded machine may need the second);
    // the threefold slowdown after the second look: Holm over 6 tests at the first look's 0.0027
    // needs p <= 0.00046, beyond 6 trials a side (smallest p 0.0022); the open cell runs to its cap.
    const trials = trialsOf(current);
    expect(trials.same).toBeLessThan(14);
    expect({ slower: trials.slower, noisy: trials.noisy }).toEqual({ slower: 10, noisy: 14 });
    expect(trialsOf(base)).toEqual(trialsOf(current));
    const noisy = current.cells.find((c) => c.scenario === "noisy")!;
    expect(noisy.trials.map((t) => t.round)).toEqual([1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3]);

    const compared = run(["compare", "--baseline", "out/r.base.json", "--current", "out/r.json", "--json", "out/c.json"], dir);
    expect(compared.status, compared.stderr + compared.stdout).toBe(1);
    const doc = JSON.parse(readFileSync(path.join(dir, "out/c.json"), "utf8")) as { cells: { scenario: string; stop?: { reason: string }; metrics: { metric: string; verdict: string }[] }[] };
    const verdicts = Object.fromEntries(doc.cells.map((c) => [c.scenario, c.metrics.find((m) => m.metric === "throughput")?.verdict]));
    expect(verdicts.slower).toBe("regression");
    if (stopped.same === "unchanged") expect(verdicts.same).toBe("unchanged");
    else expect(["unchanged", "inconclusive"]).toContain(verdicts.same);
    expect(verdicts.noisy).not.toBe("regression");
    expect(compared.stdout).toMatch(
      stopped.same === "unchanged"
        ? /adaptive: 2 of 3 cells decided \(.+\), 1 ran to the cap of 14; 3 rounds/
        : /adaptive: 1 of 3 cells decided \(.+\), 1 stopped early with no regression in sight, 1 ran to the cap of 14; 3 rounds/,
    );
    expect(compared.stdout).toMatch(/noisy\/async\/4: reached its cap \(14 trials\), still undecided/);
    const stops = Object.fromEntries(doc.cells.map((c) => [c.scenario, c.stop?.reason]));
    expect(stops).toEqual(stopsOf(current));
  }, 120_000);

  it("stops the rounds when the next would overrun the time budget", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "cg-adaptive-budget-"));
    project(dir, 3);
    // No baseline: every cell would run to its cap; 1 s cannot hold more than the first round.
    const proc = run(["run", "--trials", "adaptive", "--time-budget", "1s", "--out", "r.json"], dir);
    expect(proc.status, proc.stderr).toBe(0);
    const results = read(path.join(dir, "r.json"));
    expect(results.sequential).toMatchObject({ rounds: 1, budgetMs: 1000 });
    expect(stopsOf(results)).toEqual({ same: "time", slower: "time", noisy: "time" });
    expect(trialsOf(results)).toEqual({ same: 6, slower: 6, noisy: 6 });
    expect(proc.stderr).toMatch(/adaptive trials: 6 per cell first/);
    expect(proc.stdout).toMatch(/adaptive: 0 of 3 cells decided, 3 stopped by the time budget; 1 round, \d+s of a 1s budget/);
  }, 60_000);
});
