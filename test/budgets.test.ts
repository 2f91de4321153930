// Covers src/compare/budgets.ts and settings.ts: budget parsing, absolute and regression budgets (worded by report/), config reading.
import { describe, expect, it } from "vitest";
import { checkAbsoluteBudgets } from "../src/compare/budgets.js";
import { parseBudget } from "../src/config/budgets.js";
import { compareResults } from "../src/compare/compare.js";
import { budgetsFor, DEFAULT_COMPARE, readCompareConfig } from "../src/config/compare-settings.js";
import { comparisonDocument } from "../src/report/comparison-document.js";
import { budgetMessage } from "../src/report/finding-text.js";
import { cell, results, seeded, trial } from "./support/results-fixture.js";

const src = (spec: string) => ({ spec, path: "concurrency-guard.yml: scenarios[0].budgets.x" });

describe("parseBudget", () => {
  it.each([
    ["throughput", ">= 2000/s", ">=", 2000],
    ["throughput", "2k/s", ">=", 2000],
    ["throughput", "> 1.5M ops/s", ">", 1.5e6],
    ["p99", "<= 20ms", "<=", 20],
    ["p99", "< 1.5s", "<", 1500],
    ["maxBlock", "500us", "<=", 0.5],
    ["regression", "10%", "<=", 0.1],
  ] as const)("%s %j", (name, spec, op, value) => {
    const b = parseBudget(name, src(spec));
    expect(b.op).toBe(op);
    expect(b.value).toBeCloseTo(value, 12);
  });

  it.each([
    ["throughput", "lots"],
    ["throughput", ">= 2000"],
    ["p99", "<= 20"],
    ["p99", "<= 20 minutes"],
    ["regression", "0.1"],
    ["regression", ">= 10%"],
  ] as const)("rejects %s %j naming the field and the expected form", (name, spec) => {
    expect(() => parseBudget(name, src(spec))).toThrow(
      new RegExp(`^concurrency-guard\\.yml: scenarios\\[0\\]\\.budgets\\.x: expected a budget like .*, got "${spec.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"$`),
    );
  });
});

describe("checkAbsoluteBudgets", () => {
  const c = {
    ...cell({ scenario: "read-config", model: "async", concurrency: 64, throughput: 1, p99: 1, trials: 0 }, seeded(1)),
    trials: [1500, 1600, 1550, 1700, 1520].map((tp, i) => trial(i, { throughput: tp, p99: 18 + i, loopMax: 40 + i * 10 })),
  };

  it("names scenario, model, concurrency, budget and the measured median when broken", () => {
    const [tp, p99, block] = checkAbsoluteBudgets(c, [
      parseBudget("throughput", src(">= 2000/s")),
      parseBudget("p99", src("<= 25ms")),
      parseBudget("maxBlock", src("<= 50ms")),
    ]);
    expect(tp).toMatchObject({ status: "fail", measured: 1550, budget: "throughput", cell: "read-config/async/64" });
    expect(budgetMessage(tp!)).toBe(
      "scenario read-config, model async, concurrency 64: throughput budget >= 2000/s broken: throughput 1550/s (median of 5 trials)",
    );
    expect(p99).toMatchObject({ status: "pass", measured: 20 });
    // loop delay max per trial: 40, 50, 60, 70, 80 -> median 60 > 50.
    expect(block).toMatchObject({ status: "fail", measured: 60 });
    expect(budgetMessage(block!)).toContain("maxBlock budget <= 50ms broken: max loop delay 60.0ms");
  });

  it("breaks every budget of a cell that has no usable trial", () => {
    const dead = { ...c, trials: c.trials.map((t) => ({ ...t, status: "crashed" as const })) };
    const [r] = checkAbsoluteBudgets(dead, [parseBudget("p99", src("<= 25ms"))]);
    expect(r).toMatchObject({ status: "fail", measured: null });
    expect(budgetMessage(r!)).toMatch(/no usable trial/);
  });
});

describe("budgets from the config", () => {
  const config = {
    defaults: { budgets: { p99: "<= 100ms" } },
    scenarios: [
      {
        name: "read-config",
        budgets: { throughput: ">= 2000/s", regression: "20%" },
        modelBudgets: { async: { throughput: ">= 500/s" } },
      },
    ],
    compare: { alpha: 0.05, thresholds: { throughput: 0.03 } },
  };

  it("layers defaults, scenario and model budgets, and fills compare defaults", () => {
    const { settings, budgets } = readCompareConfig(config, "results.json");
    expect(settings).toEqual({ alpha: 0.05, thresholds: { throughput: 0.03, p99: 0.1, errors: 0.01, errorsRelative: 0.5, instructions: 0.01 }, gateAcrossEnvironments: false });
    const asyncB = budgetsFor(budgets, "read-config", "async");
    expect(asyncB.throughput?.spec).toBe(">= 500/s");
    expect(asyncB.p99?.spec).toBe("<= 100ms");
    expect(asyncB.regression?.spec).toBe("20%");
    expect(budgetsFor(budgets, "read-config", "threads").throughput?.spec).toBe(">= 2000/s");
    expect(budgetsFor(budgets, "other", "threads")).toEqual({ p99: { spec: "<= 100ms", path: "config: defaults.budgets.p99" } });
  });

  it("names the field of a bad setting or budget", () => {
    expect(() => readCompareConfig({ compare: { alpha: 2 } }, "results.json")).toThrow(
      "results.json: compare.alpha: expected a number between 0 and 1, got 2",
    );
    expect(() => readCompareConfig({ scenarios: [{ name: "x", budgets: { latency: "1ms" } }] }, "cg.yml")).toThrow(
      "cg.yml: scenarios[0].budgets.latency: unknown budget; expected one of throughput, p99, maxBlock, regression",
    );
  });

  it("uses a regression budget as the cell's threshold and reports it", () => {
    const { budgets } = readCompareConfig(config, "results.json");
    const spec = { scenario: "read-config", model: "threads" as const, concurrency: 8, throughput: 3000, p99: 10, noise: 0.01 };
    const base = results([cell(spec, seeded(2))]);
    // A 12% drop: beyond the global 5% threshold but inside the scenario's 20% regression budget.
    const cur = results([cell({ ...spec, factor: 0.88 }, seeded(3))]);
    const c = compareResults(base, cur, { settings: DEFAULT_COMPARE, budgets });
    const tp = c.cells[0]!.metrics.find((m) => m.metric === "throughput")!;
    expect(tp.threshold).toBe(0.2);
    // The whole interval lies within +-20%: unchanged under this scenario's own threshold.
    expect(tp.verdict).toBe("unchanged");
    const reg = c.budgets.find((b) => b.budget === "regression")!;
    expect(reg.status).toBe("pass");
    expect(budgetMessage(reg)).toMatch(/^scenario read-config, model threads, concurrency 8: regression budget 20% met: worst p99 \+1[34]%/);
    expect(c.verdict).toBe("pass");

    // A 35% drop breaks it, and the gate fails with the budget named.
    const worse = results([cell({ ...spec, factor: 0.65 }, seeded(3))]);
    const c2 = compareResults(base, worse, { settings: DEFAULT_COMPARE, budgets });
    const reg2 = c2.budgets.find((b) => b.budget === "regression")!;
    expect(reg2.status).toBe("fail");
    expect(budgetMessage(reg2)).toMatch(/^scenario read-config, model threads, concurrency 8: regression budget 20% broken: throughput -3\d%/);
    expect(c2.verdict).toBe("fail");
    expect(comparisonDocument(c2).reasons).toContain(budgetMessage(reg2));
  });

  it("fails the gate on a broken absolute budget even without any regression", () => {
    const { budgets } = readCompareConfig(config, "results.json");
    const spec = { scenario: "read-config", model: "async" as const, concurrency: 1, throughput: 400, p99: 10 };
    const base = results([cell(spec, seeded(4))]);
    const cur = results([cell(spec, seeded(5))]);
    const c = compareResults(base, cur, { settings: DEFAULT_COMPARE, budgets });
    expect(c.verdict).toBe("fail");
    const reasons = comparisonDocument(c).reasons;
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toMatch(/^scenario read-config, model async, concurrency 1: throughput budget >= 500\/s broken: throughput 4\d\d\/s/);
  });
});
