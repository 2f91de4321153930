// CPU cost under real valgrind: Node counts that repeat, +2% more work flagged, a scenario that crashes under valgrind, --cost instructions without valgrind, and the built action's summary.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import resultsSchema from "../schema/results.schema.json" with { type: "json" };
import { compareResults } from "../src/compare/compare.js";
import { DEFAULT_COMPARE } from "../src/config/compare-settings.js";
import { loadConfig } from "../src/config/load-config.js";
import type { ValgrindProbe } from "../src/execute/cost/valgrind.js";
import type { ResultsFile, ScenarioCost } from "../src/results/types.js";
import { runBuiltAction, webhookExample } from "./support/action-process.js";
import { countScenario, expectRepeatable, requireValgrind } from "./support/cost-count.js";
import { fixtureResults } from "./support/results-fixture.js";

const ROOT = path.resolve(import.meta.dirname, "..");
const cli = path.join(ROOT, "dist/cli.js");
const costConfig = loadConfig(path.join(ROOT, "fixtures/cost/concurrency-guard.yml"));
let valgrind: ValgrindProbe;

beforeAll(async () => {
  valgrind = await requireValgrind();
});
afterEach(() => {
  delete process.env.CG_COST_EXTRA;
});

const count = (name: string, ops?: [number, number]) => countScenario(valgrind, costConfig, name, ops);

const withCost = (costs: ScenarioCost[]): ResultsFile => ({ ...fixtureResults([]), costs });

describe("instruction counts under valgrind", { timeout: 300_000 }, () => {
  it("counts a Node CPU scenario the same twice, and flags 2% more work per operation", async () => {
    const base = await count("json-walk");
    expectRepeatable(base, 1e-4);
    expect(base.runtimeInfo?.flags).toEqual(["--predictable", "--single-threaded", "--random-seed=1", "--hash-seed=1"]);
    expect(base.tool).toEqual({ name: "cachegrind", version: valgrind.ok ? valgrind.version : "" });
    expect(base.perOp!).toBeGreaterThan(100_000);
    expect(base.spread!).toBeLessThan(1e-3);
    const ajv = new Ajv2020({ strict: false, validateFormats: false });
    ajv.validate(resultsSchema, withCost([base]));
    expect(ajv.errors ?? []).toEqual([]);

    // At the base's op counts, as the two sides of a side-by-side run count.
    process.env.CG_COST_EXTRA = "0.02";
    const heavier = await count("json-walk", base.counts!.map((c) => c.ops) as [number, number]);
    expect(heavier.counts!.map((c) => c.ops)).toEqual(base.counts!.map((c) => c.ops));
    const c = compareResults(withCost([base]), withCost([heavier]), { settings: structuredClone(DEFAULT_COMPARE) });
    expect(c.costs![0]!.differences, JSON.stringify(c.costs)).toBeUndefined();
    expect(c.costs![0]!.change!).toBeGreaterThan(0.015);
    expect(c.costs![0]!.change!).toBeLessThan(0.025);
    expect(c.costs![0]).toMatchObject({ verdict: "regression", gated: true });
    expect(c.verdict).toBe("fail");
  });
});

describe("concurrency-guard run with instruction counts", () => {
  function workspace(scenarioLine: string): string {
    const dir = mkdtempSync(path.join(tmpdir(), "cg-cost-run-"));
    cpSync(path.join(ROOT, "test/fixtures/cost"), path.join(dir, "bench"), { recursive: true });
    writeFileSync(
      path.join(dir, "concurrency-guard.yml"),
      ["version: 1", "defaults: { models: [async], concurrency: [1], trials: 2, duration: 100ms, warmup: 50ms, timeout: 10s }", "scenarios:", scenarioLine].join("\n"),
    );
    return dir;
  }

  it("keeps the run's results when the scenario crashes under valgrind: a failed cost with its reason and output", () => {
    const dir = workspace("  - { name: crash, file: bench/crash-under-valgrind.mjs, kind: cpu }");
    const proc = spawnSync(process.execPath, [cli, "run", "--cost", "auto", "--out", "r.json"], { cwd: dir, encoding: "utf8" });
    expect(proc.status, proc.stderr).toBe(0);
    const results = JSON.parse(readFileSync(path.join(dir, "r.json"), "utf8")) as ResultsFile;
    const ajv = new Ajv2020({ strict: false, validateFormats: false });
    ajv.validate(resultsSchema, results);
    expect(ajv.errors ?? []).toEqual([]);
    expect(results.cells[0]!.trials.every((t) => t.status === "ok")).toBe(true);
    const cost = results.costs![0]!;
    expect(cost).toMatchObject({ scenario: "crash", status: "failed" });
    expect(cost.reason).toMatch(/^the count of \d+ operations under valgrind was killed by SIGABRT/);
    expect(cost.output).toBeTruthy();
    expect(proc.stdout).toContain("CPU cost: count failed: the count of");
  });

  it("exits 2 before any trial when --cost instructions finds no valgrind on PATH", () => {
    const dir = workspace("  - { name: crash, file: bench/crash-under-valgrind.mjs, kind: cpu }");
    const emptyPath = mkdtempSync(path.join(tmpdir(), "cg-no-valgrind-"));
    const proc = spawnSync(process.execPath, [cli, "run", "--cost", "instructions", "--out", "r.json"], { cwd: dir, encoding: "utf8", env: { ...process.env, PATH: emptyPath } });
    expect(proc.status).toBe(2);
    expect(proc.stderr).toContain("cost: instructions (scenario crash) needs valgrind to count instructions, but valgrind was not found on PATH");
    expect(proc.stderr).not.toMatch(/^cell /m);
  });
});

describe("the built action with instruction counts", () => {
  it("counts with the valgrind it finds and shows the cost under the scenario in the job summary", async () => {
    const workspace = mkdtempSync(path.join(tmpdir(), "cg-cost-action-"));
    cpSync(path.join(ROOT, "fixtures/cost/bench/word_count.py"), path.join(workspace, "bench/word_count.py"));
    writeFileSync(
      path.join(workspace, "concurrency-guard.yml"),
      "version: 1\ndefaults: { models: [async], concurrency: [1], trials: 2, duration: 100ms, warmup: 50ms, timeout: 10s }\nscenarios:\n  - { name: word-count, file: bench/word_count.py, kind: cpu }\n",
    );
    const run = await runBuiltAction({
      workspace,
      eventName: "workflow_dispatch",
      payload: webhookExample("workflow_dispatch"),
      ref: "refs/heads/master",
      sha: "a".repeat(40),
      apiUrl: "http://127.0.0.1:9",
      token: "",
      inputs: { mode: "run", cost: "auto", comment: "never" },
    });
    expect(run.code, run.stderr + run.stdout).toBe(0);
    expect(run.stdout).toMatch(/concurrency-guard: cost word-count: [\d.]+M instructions\/op/);
    expect(run.summary).toMatch(/\*\*CPU cost:\*\* [\d\\.]+M instructions\/op/);
    const results = JSON.parse(readFileSync(run.outputs.results!, "utf8")) as ResultsFile;
    expect(results.costs![0]).toMatchObject({ scenario: "word-count", status: "ok" });
  });
});
