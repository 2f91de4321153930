// CPU cost pieces without valgrind: the cachegrind output parser (on a real sample), op counts, timeouts, the per-op figure, the config's cost settings and budgets.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseBudget } from "../src/config/budgets.js";
import { readCompareConfig } from "../src/config/compare-settings.js";
import { readCostMode, withCostMode } from "../src/config/cost-mode.js";
import { loadConfig } from "../src/config/load-config.js";
import { parseCachegrindOutput } from "../src/execute/cost/cachegrind-output.js";
import { chooseOps, countTimeoutMs, gridFloor, perOpFigure, TIMEOUT_CAP_MS } from "../src/execute/cost/per-op.js";
import { costPreflight } from "../src/pipeline/cost.js";
import { COST_COUNT_MS, estimateCostMs } from "../src/plan/cost-estimate.js";
import { planForBudget } from "../src/plan/time-budget.js";

const SAMPLE = readFileSync(path.join(import.meta.dirname, "fixtures/cachegrind/node-sha256.out"), "utf8");

describe("parseCachegrindOutput", () => {
  it("reads the instruction total of a real valgrind 3.19 cachegrind.out", () => {
    const summary = parseCachegrindOutput(SAMPLE)!;
    expect(summary.totals).toEqual({ Ir: 900_592_171 });
    expect(summary.command).toMatch(/^node --predictable --single-threaded --random-seed=1 --hash-seed=1 /);
  });

  it("maps several events to their totals, and accepts a totals: line", () => {
    expect(parseCachegrindOutput("events: Ir Dr Dw\nfn=x\n1 2 3 4\nsummary: 10 20 30\n")!.totals).toEqual({ Ir: 10, Dr: 20, Dw: 30 });
    expect(parseCachegrindOutput("events: Ir\ntotals: 77\n")!.totals).toEqual({ Ir: 77 });
  });

  it("gives nothing for a file a killed run left without its summary", () => {
    expect(parseCachegrindOutput(SAMPLE.split("\nsummary:")[0]!)).toBeUndefined();
    expect(parseCachegrindOutput("")).toBeUndefined();
    expect(parseCachegrindOutput("events: Ir Dr\nsummary: 5\n")).toBeUndefined();
  });
});

describe("op counts and timeouts", () => {
  it("rounds down to the 1-2-5 grid", () => {
    expect([0.5, 1, 1.9, 2, 4.99, 5, 45.4, 50, 999.9, 1000].map(gridFloor)).toEqual([1, 1, 1, 2, 2, 5, 20, 50, 500, 1000]);
  });

  it("sizes the counts so the extra operations take about 150 ms of CPU natively, six times the smaller count", () => {
    // 150 ms / 0.66 ms / 5 = 45 -> 20; 150 / 1.9 / 5 = 15.8 -> 10.
    expect(chooseOps(0.66)).toEqual([20, 120]);
    expect(chooseOps(1.9)).toEqual([10, 60]);
    expect(chooseOps(1000)).toEqual([2, 12]);
    expect(chooseOps(0.000_01)).toEqual([20_000, 120_000]);
  });

  it("sizes an operation that mostly waits by its wall time: at most a second of extra operations", () => {
    // HTTP with a 5 ms server delay: 0.5 ms CPU of 7 ms wall -> min(300, 143) / 5 = 28 -> 20.
    expect(chooseOps(7, 0.5)).toEqual([20, 120]);
    // asyncio.sleep(0.02): 1000 / 20 / 5 = 10.
    expect(chooseOps(20, 0.05)).toEqual([10, 60]);
  });

  it("scales the timeout with the native time, from a floor of a minute up to a cap", () => {
    expect(countTimeoutMs(200, 600, 1)).toBe(60_000 + 60 * 800);
    expect(countTimeoutMs(0, 2, 0.001)).toBe(60_000 + 60 * 0.002);
    expect(countTimeoutMs(1000, 20_000, 10)).toBe(TIMEOUT_CAP_MS);
  });
});

describe("perOpFigure", () => {
  it("differences the two op counts' means and bounds the spread by the repetitions' ranges (the issue's Node counts)", () => {
    const small = { ops: 100, instructions: [895_087_729, 895_090_975, 895_088_880] };
    const large = { ops: 600, instructions: [2_157_831_425, 2_157_833_264, 2_157_831_341] };
    const figure = perOpFigure(small, large);
    if (!("perOp" in figure)) throw new Error(figure.reason);
    // (6_473_496_030 / 3 - 2_685_267_584 / 3) / 500
    expect(figure.perOp).toBeCloseTo(3_788_228_446 / 3 / 500, 6);
    // (3_246 + 1_923) / 500 / perOp
    expect(figure.spread).toBeCloseTo(5_169 / 500 / figure.perOp, 15);
  });

  it("says 0 spread when repetitions agree exactly, and refuses a count that does not grow", () => {
    expect(perOpFigure({ ops: 2, instructions: [1000, 1000] }, { ops: 12, instructions: [2000, 2000] })).toEqual({ perOp: 100, spread: 0 });
    expect(perOpFigure({ ops: 2, instructions: [1000, 1000] }, { ops: 12, instructions: [990, 990] })).toMatchObject({ reason: expect.stringMatching(/did not grow/) });
  });
});

describe("cost settings", () => {
  function config(text: string) {
    const dir = mkdtempSync(path.join(tmpdir(), "cg-cost-config-"));
    writeFileSync(path.join(dir, "a.mjs"), "export function run() {}\n");
    writeFileSync(path.join(dir, "concurrency-guard.yml"), text);
    return () => loadConfig(undefined, dir);
  }

  it("defaults to auto, takes defaults and per-scenario values, and an instructions threshold", () => {
    const c = config(
      [
        "version: 1",
        "defaults: { cost: instructions }",
        "compare: { threshold: { instructions: 0.5% } }",
        "scenarios:",
        "  - { name: a, file: a.mjs, kind: cpu }",
        "  - { name: b, file: a.mjs, kind: cpu, cost: off, budgets: { instructions: '<= 3M' } }",
      ].join("\n"),
    )();
    expect(c.scenarios.map((s) => s.cost)).toEqual(["instructions", "off"]);
    expect(c.compare.thresholds.instructions).toBeCloseTo(0.005, 12);
    expect(config("version: 1\nscenarios: [{ name: a, file: a.mjs, kind: cpu }]\n")().scenarios[0]!.cost).toBe("auto");
    expect(withCostMode(c, "off").scenarios.map((s) => s.cost)).toEqual(["off", "off"]);
    // A results file written before instruction counts existed reads with the default threshold.
    expect(readCompareConfig({ compare: { alpha: 0.01, thresholds: { throughput: 0.05, p99: 0.1 } } }, "old.json").settings.thresholds.instructions).toBe(0.01);
  });

  it("names the field and the allowed values when cost or its budget is wrong", () => {
    expect(config("version: 1\nscenarios: [{ name: a, file: a.mjs, kind: cpu, cost: valgrind }]\n")).toThrow(/scenarios\[0\]\.cost.*expected one of "auto", "instructions", "off", got "valgrind"/);
    expect(config("version: 1\nscenarios: [{ name: a, file: a.mjs, kind: cpu, budgets: { instructions: '>= 3M' } }]\n")).toThrow(/budgets\.instructions.*a maximum count such as "<= 3M"/);
    expect(readCostMode("sometimes")).toEqual({ expected: "one of auto, instructions, off" });
    expect(readCostMode("off")).toBe("off");
  });

  it("reads instruction budgets in k, M and G, at most", () => {
    const parse = (spec: string) => parseBudget("instructions", { spec, path: "budgets.instructions" });
    expect(parse("<= 3M")).toMatchObject({ op: "<=", value: 3e6 });
    expect(parse("2.5k")).toMatchObject({ op: "<=", value: 2500 });
    expect(parse("< 1.2G instructions/op")).toMatchObject({ op: "<", value: 1.2e9 });
    expect(() => parse(">= 3M")).toThrow('budgets.instructions: expected a budget like "<= 3M" (instructions per operation; units k, M, G), got ">= 3M"');
    expect(() => parse("3 MB")).toThrow(/expected a budget like "<= 3M"/);
  });

  it("stops before any trial when cost: instructions cannot be counted, and only asks valgrind when some scenario counts", async () => {
    const c = config("version: 1\ndefaults: { cost: instructions }\nscenarios: [{ name: a, file: a.mjs, kind: cpu }]\n")();
    const missing = () => Promise.resolve({ ok: false as const, reason: "valgrind was not found on PATH (install it: apt-get install valgrind)" });
    await expect(costPreflight([c], missing)).rejects.toThrow(
      "cost: instructions (scenario a) needs valgrind to count instructions, but valgrind was not found on PATH (install it: apt-get install valgrind). Install valgrind, or use cost: auto (counts where valgrind is available) or --cost off",
    );
    await expect(costPreflight([withCostMode(c, "auto")], missing)).resolves.toMatchObject({ ok: false });
    let asked = false;
    await expect(costPreflight([withCostMode(c, "off")], () => ((asked = true), missing()))).resolves.toBeUndefined();
    expect(asked).toBe(false);
  });
});

describe("the time budget and the counts", () => {
  it("estimates the counts per counted scenario, shared among the cores, and takes them out of the budget first", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "cg-cost-budget-"));
    writeFileSync(path.join(dir, "a.mjs"), "export function run() {}\n");
    writeFileSync(path.join(dir, "b.py"), "def run(state):\n    pass\n");
    writeFileSync(
      path.join(dir, "concurrency-guard.yml"),
      "version: 1\ndefaults: { models: [async], concurrency: [1], trials: 10, duration: 1s, warmup: 100ms }\nscenarios:\n  - { name: a, file: a.mjs, kind: cpu }\n  - { name: b, file: b.py, kind: cpu }\n  - { name: c, file: a.mjs, kind: cpu, cost: off }\n",
    );
    const config = loadConfig(undefined, dir);
    expect(estimateCostMs(config.scenarios, 2)).toBe(2 * 1500 + (4 * COST_COUNT_MS.node + 4 * COST_COUNT_MS.python) / 2);
    const free = planForBudget(config, {}, 60_000, { trials: 2, comparisons: 6, alpha: 0.01 });
    const reserved = planForBudget(config, {}, 60_000, { trials: 2, comparisons: 6, alpha: 0.01 }, 30_000);
    expect(free.trials).toBeUndefined();
    expect(reserved.trials).toBeLessThan(10);
    expect(reserved.notes[0]).toMatch(/^time-budget 1m \(30s of it for the instruction counts\): the full plan needs about/);
  });
});
