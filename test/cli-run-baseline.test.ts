// `run --trials adaptive --baseline FILE`: a stored baseline gives the looks something to judge by, so decided cells stop early; a bad one is refused before any trial.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { ResultsFile } from "../src/results/types.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const cli = path.join(root, "dist/cli.js");

// Looks after 6, 10 and 14 trials at alpha 0.05; a cell left open runs to 14.
const CONFIG = [
  "version: 1",
  "defaults: { models: [async], concurrency: [4], trials: adaptive, adaptive: { min: 6, max: 14 }, duration: 60ms, warmup: 20ms, timeout: 5s, cost: off }",
  "compare: { alpha: 0.05, threshold: { throughput: 25%, p99: 50% } }",
  "scenarios:",
  "  - { name: same, file: bench/same.mjs, kind: io }",
  "  - { name: slower, file: bench/slower.mjs, kind: io }",
].join("\n");

/** A project whose `slower` scenario waits `slowerMs` per operation, `same` always 3 ms. */
function project(dir: string, slowerMs: number): string {
  mkdirSync(path.join(dir, "bench"), { recursive: true });
  writeFileSync(path.join(dir, "concurrency-guard.yml"), CONFIG);
  const wait = (ms: number) => `export function run() {\n  return new Promise((resolve) => setTimeout(resolve, ${ms}));\n}\n`;
  writeFileSync(path.join(dir, "bench/same.mjs"), wait(3));
  writeFileSync(path.join(dir, "bench/slower.mjs"), wait(slowerMs));
  return dir;
}

function run(args: string[], cwd: string) {
  return spawnSync(process.execPath, [cli, ...args], { cwd, encoding: "utf8", env: { ...process.env, CI: "true" } });
}

const read = (file: string) => JSON.parse(readFileSync(file, "utf8")) as ResultsFile;

describe("run --trials adaptive --baseline", () => {
  it("judges the looks against a prior run: the unchanged cell and the threefold slowdown stop before the cap; compare shows the same stops", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "cg-run-baseline-"));
    const old = project(path.join(dir, "old"), 3);
    // The baseline: an earlier run of 10 trials a cell.
    expect(run(["run", "--trials", "10", "--out", "base.json"], old).status).toBe(0);
    const cur = project(path.join(dir, "new"), 9);
    const proc = run(["run", "--baseline", "../old/base.json", "--out", "r.json"], cur);
    expect(proc.status, proc.stderr).toBe(0);
    expect(proc.stderr).toMatch(/adaptive trials: 6 per cell first, then 4 more per round to cells still undecided, up to 14; only this run's side grows/);
    expect(proc.stdout).toContain("compare them: concurrency-guard compare --baseline ../old/base.json --current r.json");
    const results = read(path.join(cur, "r.json"));
    const stops = Object.fromEntries(results.cells.map((c) => [c.scenario, c.stop?.reason]));
    const trials = Object.fromEntries(results.cells.map((c) => [c.scenario, c.trials.length]));
    // Without a baseline both would have run to 14 (`adaptive-rounds.test.ts`): here neither does.
    expect(stops.slower).toBe("changed");
    expect(["unchanged", "no-regression"]).toContain(stops.same);
    expect(trials.slower).toBeLessThan(14);
    expect(trials.same).toBeLessThan(14);

    const compared = run(["compare", "--baseline", "../old/base.json", "--current", "r.json", "--json", "c.json"], cur);
    expect(compared.status, compared.stderr + compared.stdout).toBe(1);
    const doc = JSON.parse(readFileSync(path.join(cur, "c.json"), "utf8")) as { mode: string; cells: { scenario: string; stop?: { reason: string }; metrics: { metric: string; verdict: string }[] }[] };
    expect(doc.mode).toBe("stored");
    expect(Object.fromEntries(doc.cells.map((c) => [c.scenario, c.stop?.reason]))).toEqual(stops);
    expect(doc.cells.find((c) => c.scenario === "slower")?.metrics.find((m) => m.metric === "throughput")?.verdict).toBe("regression");
  }, 120_000);

  it("refuses a missing or invalid baseline, a base to measure beside it, and a fixed run, before any trial", () => {
    const dir = project(mkdtempSync(path.join(tmpdir(), "cg-run-baseline-bad-")), 3);
    writeFileSync(path.join(dir, "broken.json"), "{ not json");
    writeFileSync(path.join(dir, "other.json"), JSON.stringify({ schema: "concurrency-guard/results@1", cells: "none" }));
    const cases: [string[], RegExp][] = [
      [["--baseline", "gone.json"], /^concurrency-guard: --baseline gone\.json: no baseline in file:gone\.json \(no such file, or an empty store\)/m],
      [["--baseline", "broken.json"], /^concurrency-guard: --baseline broken\.json: file:broken\.json: .*JSON/m],
      [["--baseline", "other.json"], /^concurrency-guard: --baseline other\.json: file:other\.json: not a valid results file[\s\S]*\/cells: expected array$/m],
      [["--baseline", "broken.json", "--base-config", "concurrency-guard.yml"], /^concurrency-guard: --baseline and --base-config: a run measured side by side is judged against its base; give one or the other$/m],
      [["--baseline", "broken.json", "--against", "HEAD"], /^concurrency-guard: --baseline and --against: /m],
    ];
    for (const [args, message] of cases) {
      const proc = run(["run", "--trials", "adaptive", ...args, "--out", "r.json"], dir);
      expect(proc.status, proc.stderr).toBe(2);
      expect(proc.stderr).toMatch(message);
      expect(proc.stderr).not.toMatch(/cells, \d+ trials/);
    }
    // A fixed count has no looks: the baseline would be ignored, so it is refused.
    const fixed = run(["run", "--trials", "10", "--baseline", "broken.json", "--out", "r.json"], dir);
    expect(fixed.status).toBe(2);
    expect(fixed.stderr).toMatch(/^concurrency-guard: --baseline: only an adaptive run \(--trials adaptive, or trials: adaptive in the config\) looks at a baseline while it measures/m);
    expect(existsSync(path.join(dir, "r.json"))).toBe(false);
  });
});
