// The step's verdict from a comparison: counts per class, fail-on filtering, budgets without a baseline, and the lines report/ words its findings in.
import { describe, expect, it } from "vitest";
import { evaluateGate, type GateFinding } from "../src/compare/gate.js";
import { compareResults } from "../src/compare/compare.js";
import { DEFAULT_COMPARE } from "../src/config/compare-settings.js";
import type { BudgetResult } from "../src/compare/types.js";
import { findingLine } from "../src/report/finding-text.js";
import { around, fixtureResults } from "./support/results-fixture.js";

const stalls = () => [{ loop: "main", startMs: 1, durationMs: 40, site: { file: "a.mjs", line: 3, via: "sync-api" as const } }];
const baseline = fixtureResults([{ scenario: "s", model: "async", concurrency: 1, throughput: around(1000, 8) }]);
const current = fixtureResults([{ scenario: "s", model: "async", concurrency: 1, throughput: around(500, 8), stalls }]);
const comparison = compareResults(baseline, current, { settings: structuredClone(DEFAULT_COMPARE) });

const broken: BudgetResult = {
  cell: "s/async/1",
  scenario: "s",
  model: "async",
  concurrency: 1,
  budget: "p99",
  spec: "<= 1ms",
  measured: 10,
  status: "fail",
  basis: { kind: "median", metric: "p99", unit: "ms", trials: 8 },
};
const brokenLine = "scenario s, model async, concurrency 1: p99 budget <= 1ms broken: p99 latency 10.0ms (median of 8 trials)";
const lines = (findings: GateFinding[]) => findings.map((f) => findingLine(f));

describe("evaluateGate", () => {
  it("counts regressions and new blocking sites and fails on both by default", () => {
    const gate = evaluateGate(comparison, comparison.budgets, ["regression", "blocking", "budget"]);
    expect(gate).toMatchObject({ verdict: "fail", regressions: 1, blocking: 1, budgets: 0, ignored: [] });
    expect(findingLine(gate.failedBecause[0]!)).toMatch(/^s\/async\/1: throughput -50% \[-5\d%, -4\d%\] beyond the 5% threshold$/);
    expect(findingLine(gate.failedBecause[1]!)).toMatch(/new blocking site a\.mjs:3/);
  });

  it("reports but does not fail on classes left out of fail-on", () => {
    const gate = evaluateGate(comparison, [], ["budget"]);
    expect(gate.verdict).toBe("pass");
    expect(gate.ignored).toHaveLength(2);
    expect(evaluateGate(comparison, [], []).verdict).toBe("pass");
  });

  it("says no-baseline without a comparison, unless an absolute budget broke", () => {
    expect(evaluateGate(undefined, [], ["regression", "blocking", "budget"])).toMatchObject({ verdict: "no-baseline", regressions: 0, blocking: 0 });
    const failing = evaluateGate(undefined, [broken], ["budget"]);
    expect(failing).toMatchObject({ verdict: "fail", budgets: 1 });
    expect(lines(failing.failedBecause)).toEqual([brokenLine]);
    const ignoring = evaluateGate(undefined, [broken], ["regression"]);
    expect(ignoring).toMatchObject({ verdict: "no-baseline" });
    expect(lines(ignoring.ignored)).toEqual([brokenLine]);
  });

  it("counts a site that stalls several cells once", () => {
    const base2 = fixtureResults([1, 8].map((concurrency) => ({ scenario: "s", model: "async" as const, concurrency, throughput: around(1000, 8) })));
    const cur2 = fixtureResults([1, 8].map((concurrency) => ({ scenario: "s", model: "async" as const, concurrency, throughput: around(1000, 8), stalls })));
    const c = compareResults(base2, cur2, { settings: structuredClone(DEFAULT_COMPARE) });
    expect(c.blocking).toHaveLength(2);
    const gate = evaluateGate(c, [], ["blocking"]);
    expect(gate).toMatchObject({ verdict: "fail", blocking: 1 });
    expect(lines(gate.failedBecause)).toEqual(["new blocking site a.mjs:3: stalled the loop in 16 of 16 trials of 2 cells, up to 40 ms; 0 of 16 baseline trials"]);
  });

  it("passes a comparison with no change", () => {
    const same = compareResults(baseline, baseline, { settings: structuredClone(DEFAULT_COMPARE) });
    expect(evaluateGate(same, same.budgets, ["regression", "blocking", "budget"])).toMatchObject({ verdict: "pass", regressions: 0, blocking: 0, budgets: 0 });
  });
});
