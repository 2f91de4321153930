// Comparing CPU cost (src/compare/cost.ts, cost-budgets.ts): ratio and spread verdicts, the gate's regression class, instruction budgets, and how the reports word them.
import { describe, expect, it } from "vitest";
import { compareResults } from "../src/compare/compare.js";
import { costVerdict } from "../src/compare/cost.js";
import { evaluateGate, FAIL_ON, failOnClass } from "../src/compare/gate.js";
import { DEFAULT_COMPARE, readCompareConfig } from "../src/config/compare-settings.js";
import { check } from "../src/pipeline/check.js";
import { renderResultsTable } from "../src/report/cli-table.js";
import { comparisonDocument } from "../src/report/comparison-document.js";
import { renderText } from "../src/report/comparison-text.js";
import { formatCount, spreadText } from "../src/report/cost-text.js";
import { escapeText } from "../src/report/markdown-escape.js";
import { renderMarkdownReport } from "../src/report/markdown-report.js";
import type { ResultsFile, ScenarioCost } from "../src/results/types.js";
import { around, fixtureResults, type FixtureCell } from "./support/results-fixture.js";

const settings = structuredClone(DEFAULT_COMPARE);

function cost(scenario: string, perOp: number | undefined, extra: Partial<ScenarioCost> = {}): ScenarioCost {
  return {
    scenario,
    runtime: "node",
    metric: "instructions",
    status: perOp === undefined ? "failed" : "ok",
    tool: { name: "cachegrind", version: "valgrind-3.19.0" },
    runtimeInfo: { version: "20.20.2", flags: ["--predictable", "--single-threaded", "--random-seed=1", "--hash-seed=1"], env: {} },
    ...(perOp !== undefined && { counts: [{ ops: 100, instructions: [5e8 + 100 * perOp, 5e8 + 100 * perOp] }, { ops: 600, instructions: [5e8 + 600 * perOp, 5e8 + 600 * perOp] }], perOp, spread: 0.000_002 }),
    ...extra,
  };
}

/** A scenario whose throughput cannot tell a change: wide trials on both sides. */
const noisy = (seed: number): FixtureCell[] => [{ scenario: "sha", model: "async", concurrency: 1, kind: "cpu", throughput: around(1000 + seed, 6, 0.4) }];

function run(costs: ScenarioCost[], seed = 0): ResultsFile {
  return { ...fixtureResults(noisy(seed)), costs };
}

describe("costVerdict", () => {
  it("needs the change past the threshold and past the spread", () => {
    expect(costVerdict(0.0196, 0.000_01, 0.01)).toBe("regression");
    expect(costVerdict(-0.02, 0, 0.01)).toBe("improvement");
    expect(costVerdict(0.005, 0, 0.01)).toBe("unchanged");
    expect(costVerdict(0.02, 0.03, 0.01)).toBe("inconclusive");
    expect(costVerdict(0.008, 0.005, 0.01)).toBe("inconclusive");
    expect(costVerdict(0, 0, 0.01)).toBe("unchanged");
  });
});

describe("compareResults on CPU cost", () => {
  it("leaves identical counts unchanged and passes", () => {
    const c = compareResults(run([cost("sha", 2_530_000)]), run([cost("sha", 2_530_000)], 1), { settings });
    expect(c.costs).toEqual([expect.objectContaining({ scenario: "sha", status: "compared", change: 0, verdict: "unchanged", gated: true })]);
    expect(c.verdict).toBe("pass");
  });

  it("flags +1.96% as a regression of class regression, counted in the headline, with the wall-clock note", () => {
    const c = compareResults(run([cost("sha", 2_530_000)]), run([cost("sha", 2_530_000 * 1.0196)], 1), { settings });
    const entry = c.costs![0]!;
    expect(entry.change).toBeCloseTo(0.0196, 12);
    expect(entry.uncertainty).toBeCloseTo(0.000_004, 12);
    expect(entry.verdict).toBe("regression");
    expect(c.verdict).toBe("fail");
    const gate = evaluateGate(c, c.budgets, FAIL_ON);
    expect(gate.regressions).toBe(1);
    expect(gate.failedBecause.map(failOnClass)).toEqual(["regression"]);
    expect(evaluateGate(c, c.budgets, ["blocking"]).verdict).toBe("pass");

    const text = renderText(c, gate);
    expect(text).toContain("sha: 2.53M -> 2.58M instructions/op (+1.96%): regression, beyond the 1% threshold and the counts' spread (±0.0004%); +1.96% instructions per op; wall-clock too noisy to tell");
    expect(text).toContain("sha: CPU cost +1.96% (2.53M -> 2.58M instructions/op) beyond the 1% threshold and the counts' spread (±0.0004%)");
    expect(comparisonDocument(c).reasons).toEqual(["sha: CPU cost +1.96% (2.53M -> 2.58M instructions/op) beyond the 1% threshold and the counts' spread (±0.0004%)"]);

    const md = renderMarkdownReport({ gate, mode: "check", current: run([]), comparison: c, budgets: c.budgets, configDir: "", commits: {}, store: "file:x", notes: [] });
    expect(md).toContain("**1 regression** (1 in CPU cost)");
    expect(md).toContain(`**CPU cost:** ${escapeText("2.53M -> 2.58M instructions/op (+1.96%)")} ❌ regression`);
    expect(md).toContain(escapeText("+1.96% instructions per op; wall-clock too noisy to tell"));
  });

  it("does not gate counts of another runtime version, and never fails on a count that did not happen", () => {
    const other = cost("sha", 2_700_000, { runtimeInfo: { version: "22.1.0", flags: [], env: {} } });
    const c = compareResults(run([cost("sha", 2_530_000)]), run([other], 1), { settings });
    expect(c.costs![0]).toMatchObject({ verdict: "regression", gated: false, differences: ["node: 20.20.2 -> 22.1.0", "node flags: --predictable --single-threaded --random-seed=1 --hash-seed=1 -> "] });
    expect(c.verdict).toBe("pass");

    const broken = compareResults(run([cost("sha", 2_530_000)]), run([cost("sha", undefined, { reason: "the count of 100 operations under valgrind was killed by SIGABRT" })], 1), { settings });
    expect(broken.costs![0]).toMatchObject({ status: "unmeasured", verdict: null });
    expect(broken.verdict).toBe("pass");

    const otherOps = cost("sha", 2_700_000, { counts: [{ ops: 20, instructions: [1, 1] }, { ops: 120, instructions: [2, 2] }] });
    const resized = compareResults(run([cost("sha", 2_530_000)]), run([otherOps], 1), { settings });
    expect(resized.costs![0]).toMatchObject({ verdict: "regression", gated: false, differences: ["op counts: 100/600 -> 20/120"] });
    expect(renderText(resized)).toContain("sha: 2.53M -> 2.70M instructions/op (+6.72%): worse, not gated (op counts: 100/600 -> 20/120)");
    expect(renderText(broken)).toContain("sha: 2.53M -> - instructions/op (now failed: the count of 100 operations under valgrind was killed by SIGABRT)");
  });

  it("says which side did not count: new without a baseline count, missing when the run has none", () => {
    const c = compareResults(run([]), run([cost("sha", 1000)]), { settings });
    expect(c.costs).toEqual([expect.objectContaining({ status: "new" })]);
    const gone = compareResults(run([cost("sha", 1000)]), run([]), { settings });
    expect(gone.costs).toEqual([expect.objectContaining({ status: "missing" })]);
    expect(compareResults(run([]), run([]), { settings }).costs).toBeUndefined();
  });

  it("keeps a change within the spread out of the gate", () => {
    const wide = (perOp: number) => cost("io", perOp, { spread: 0.03 });
    const c = compareResults(run([wide(1_260_000)]), run([wide(1_260_000 * 1.04)]), { settings });
    expect(c.costs![0]).toMatchObject({ verdict: "inconclusive", uncertainty: 0.06 });
    expect(c.verdict).toBe("pass");
  });
});

describe("instruction budgets", () => {
  const config = { defaults: {}, scenarios: [{ name: "sha", budgets: { instructions: "<= 3M" } }] };
  const { budgets } = readCompareConfig(config, "cfg.yml");

  it("are checked on the run's figure without a baseline, and unknown when nothing was counted", () => {
    const check1 = (costs: ScenarioCost[]) => check({ current: run(costs), settings, budgets, budgetSource: "cfg.yml", currentSource: "this run", failOn: FAIL_ON });
    const within = check1([cost("sha", 2_530_000)]);
    expect(within.budgets).toEqual([expect.objectContaining({ cell: "sha/async/1", budget: "instructions", measured: 2_530_000, status: "pass" })]);
    const over = check1([cost("sha", 3_100_000)]);
    expect(over.gate.verdict).toBe("fail");
    expect(over.gate.budgets).toBe(1);
    const none = check1([cost("sha", undefined, { status: "skipped", reason: "valgrind was not found on PATH" })]);
    expect(none.budgets[0]).toMatchObject({ status: "unknown" });
    expect(none.gate.verdict).toBe("no-baseline");
    const text = renderText(compareResults(run([cost("sha", 2_530_000)]), run([cost("sha", 3_100_000)]), { settings, budgets }));
    expect(text).toContain("scenario sha, model async, concurrency 1: instructions budget <= 3M broken: 3.10M instructions per operation");
  });
});

describe("cost wording", () => {
  it("formats counts and spreads compactly", () => {
    expect([950, 12_345, 2_534_000, 1_204_000_000].map(formatCount)).toEqual(["950", "12.3k", "2.53M", "1.20G"]);
    expect([0, 0.000_004, 0.0014, 0.031].map(spreadText)).toEqual(["identical", "±0.0004%", "±0.14%", "±3.1%"]);
  });

  it("shows the run's figure, or why there is none, under the scenario's table", () => {
    const table = renderResultsTable(run([cost("sha", 2_530_000)]));
    expect(table).toContain("  CPU cost: 2.53M instructions/op (100 and 600 ops, 2 counts each, spread ±0.0002%; valgrind-3.19.0, node 20.20.2)");
    const failed = renderResultsTable(run([cost("sha", undefined, { reason: "the count of 100 operations under valgrind was killed by SIGABRT", output: "==1== Process terminating\nAborted" })]));
    expect(failed).toContain("  CPU cost: count failed: the count of 100 operations under valgrind was killed by SIGABRT\n    | ==1== Process terminating\n    | Aborted");
  });
});
