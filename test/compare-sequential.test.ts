// src/compare/sequential.ts: compare replays an adaptive run's looks from the rounds its trials record, Holm at each look's level.
import { describe, expect, it } from "vitest";
import { compareResults } from "../src/compare/compare.js";
import { DEFAULT_COMPARE } from "../src/config/compare-settings.js";
import type { ResultsFile, SequentialRecord } from "../src/results/types.js";
import { evaluateGate } from "../src/compare/gate.js";
import { comparisonDocument } from "../src/report/comparison-document.js";
import { renderText } from "../src/report/comparison-text.js";
import { renderMarkdownReport } from "../src/report/markdown-report.js";
import { cell, results, seeded } from "./support/results-fixture.js";
import { cellDecision, FUTILITY_SHARE } from "../src/compare/sequential.js";
import type { CellComparison, MetricComparison } from "../src/compare/types.js";
import { stopText } from "../src/report/sequential-text.js";

const settings = { ...DEFAULT_COMPARE, alpha: 0.05, thresholds: { ...DEFAULT_COMPARE.thresholds, throughput: 0.05, p99: 0.05 } };
// Levels of the looks after 6, 10 and 14 trials at alpha 0.05 (mpmath, 30 digits): alpha(t) increments.
const LEVELS = [0.00275441222906, 0.017637335185, 0.0296082525859];
const DESIGN: SequentialRecord = { min: 6, max: 14, step: 4, looks: 3, spending: "obrien-fleming", alpha: 0.05, rounds: 3, elapsedMs: 1000 };
const roundOf = (i: number) => (i < 6 ? 1 : i < 10 ? 2 : 3);

/** Both sides of a side-by-side adaptive run: `same` ran all 3 rounds, `slow` (a 12% slowdown) stopped after round 2. */
function run(): { base: ResultsFile; current: ResultsFile } {
  const random = seeded(11);
  const spec = (scenario: string, trials: number, factor = 1) => ({ scenario, model: "async" as const, concurrency: 1, throughput: 1000, p99: 10, noise: 0.03, trials, factor });
  const tag = (r: ResultsFile, arm: "base" | "current"): ResultsFile => {
    for (const c of r.cells) for (const t of c.trials) t.round = roundOf(t.index);
    return { ...r, pairing: { id: "p", arm }, sequential: DESIGN };
  };
  const base = tag(results([cell(spec("same", 14), random), cell(spec("slow", 10), random)]), "base");
  const current = tag(results([cell(spec("same", 14), random), cell(spec("slow", 10, 0.88), random)]), "current");
  return { base, current };
}

/** The data as it stood after round k, compared as a fixed run (no design): its Holm-adjusted p per cell and metric. */
function holmAtLook(base: ResultsFile, current: ResultsFile, k: number): Map<string, number> {
  const slice = (r: ResultsFile): ResultsFile => {
    const { sequential: _design, ...rest } = r;
    return { ...rest, cells: r.cells.map((c) => ({ ...c, trials: c.trials.filter((t) => (t.round ?? 1) <= k) })) };
  };
  const c = compareResults(slice(base), slice(current), { settings });
  return new Map(c.cells.flatMap((cell) => cell.metrics.filter((m) => m.gated).map((m) => [`${cell.id} ${m.metric}`, m.pAdjusted!] as const)));
}

describe("replaying the looks", () => {
  it("gives each gated test min over looks of its Holm p x alpha / alpha_k", () => {
    const { base, current } = run();
    const looks = [1, 2, 3].map((k) => holmAtLook(base, current, k));
    const comparison = compareResults(base, current, { settings });
    expect(comparison.sequential?.levels.map((l, i) => l / LEVELS[i]!)).toEqual([1, 1, 1].map((x) => expect.closeTo(x, 5)));
    for (const c of comparison.cells) {
      for (const m of c.metrics.filter((x) => x.gated)) {
        const key = `${c.id} ${m.metric}`;
        const expected = Math.min(1, ...looks.map((look, i) => (look.get(key)! * 0.05) / LEVELS[i]!));
        expect(m.pAdjusted! / expected, key).toBeCloseTo(1, 4);
      }
    }
    const slow = comparison.cells.find((c) => c.scenario === "slow")!;
    expect(slow.currentTrials).toBe(10);
    expect(slow.metrics.find((m) => m.metric === "throughput")!.verdict).toBe("regression");
    expect(comparison.verdict).toBe("fail");
  });

  it("a single planned look is Holm at alpha, exactly as a fixed run", () => {
    const { base, current } = run();
    const one = { ...DESIGN, min: 14, max: 14, looks: 1, rounds: 1 };
    const flat = (r: ResultsFile, design?: SequentialRecord): ResultsFile => {
      const { sequential: _s, ...rest } = r;
      return { ...rest, cells: r.cells.map((c) => ({ ...c, trials: c.trials.map(({ round: _r, ...t }) => t) })), ...(design && { sequential: design }) };
    };
    const fixed = compareResults(flat(base), flat(current), { settings });
    const sequential = compareResults(flat(base), flat(current, one), { settings });
    const p = (c: typeof fixed) => c.cells.flatMap((cell) => cell.metrics.map((m) => [m.pAdjusted, m.verdict]));
    expect(p(sequential)).toEqual(p(fixed));
    expect(fixed.sequential).toBeUndefined();
  });

  it("takes a stored baseline as it is: only the current side is cut at each look", () => {
    const { base, current } = run();
    const { pairing: _p, ...stored } = base;
    const comparison = compareResults(stored, current, { settings });
    expect(comparison.mode).toBe("stored");
    expect(comparison.cells.find((c) => c.scenario === "same")!.baselineTrials).toBe(14);
  });
});

describe("reporting an adaptive run", () => {
  it("says per cell how many trials it got and why it stopped, and how the time went, in every report", () => {
    const { base, current } = run();
    current.cells[0]!.stop = { reason: "unchanged", round: 3 };
    current.cells[1]!.stop = { reason: "changed", round: 2 };
    const comparison = compareResults(base, current, { settings });
    const headline = "adaptive: 2 of 2 cells decided (1 after 10 trials, 1 after 14); 3 rounds, 1s";
    const text = renderText(comparison);
    expect(text).toContain(headline);
    expect(text).toContain("slow/async/1: decided changed after 10 trials");
    const doc = comparisonDocument(comparison);
    expect(doc.sequential?.headline).toBe(headline);
    expect(doc.cells.map((c) => c.stop?.message)).toEqual(["decided unchanged after 14 trials", "decided changed after 10 trials"]);
    const gate = evaluateGate(comparison, comparison.budgets, ["regression"]);
    const markdown = renderMarkdownReport({ gate, mode: "check", current, baseline: base, comparison, budgets: comparison.budgets, configDir: "", commits: {}, store: "branch:b", notes: [] });
    // Markdown-escaped: the parentheses of the headline carry backslashes.
    expect(markdown).toContain("adaptive: 2 of 2 cells decided \\(1 after 10 trials, 1 after 14\\); 3 rounds, 1s");
    expect(markdown).toContain("- slow/async/1: decided changed after 10 trials");
    expect(markdown).toContain("O'Brien-Fleming spending over 3 looks");
  });
});

describe("what a look decides per cell", () => {
  const gatedMetric = (name: "throughput" | "p99", change: number | null, verdict: MetricComparison["verdict"] = "inconclusive"): MetricComparison =>
    ({ metric: name, gated: true, better: name === "throughput" ? "higher" : "lower", threshold: name === "throughput" ? 0.05 : 0.1, change, verdict }) as MetricComparison;
  const compared = (...metrics: MetricComparison[]): CellComparison => ({ status: "compared", metrics }) as unknown as CellComparison;

  it("stops a cell whose estimates all lie well on the good side (futility), and keeps one that leans toward a regression", () => {
    expect(FUTILITY_SHARE).toBe(0.5);
    expect(cellDecision(compared(gatedMetric("throughput", -0.02), gatedMetric("p99", 0.04)))).toBe("no-regression");
    // Throughput down 3% is past half of its 5% threshold: still open.
    expect(cellDecision(compared(gatedMetric("throughput", -0.03), gatedMetric("p99", 0.04)))).toBeUndefined();
    // p99 up 6% is past half of its 10% threshold: still open.
    expect(cellDecision(compared(gatedMetric("throughput", 0.01), gatedMetric("p99", 0.06)))).toBeUndefined();
    expect(cellDecision(compared(gatedMetric("throughput", null), gatedMetric("p99", 0)))).toBeUndefined();
  });

  it("puts a decided verdict before futility", () => {
    expect(cellDecision(compared(gatedMetric("throughput", -0.2, "regression"), gatedMetric("p99", 0)))).toBe("changed");
    expect(cellDecision(compared(gatedMetric("throughput", 0, "unchanged"), gatedMetric("p99", 0, "unchanged")))).toBe("unchanged");
    expect(stopText({ reason: "no-regression", round: 2 }, 10)).toBe("no regression in sight after 10 trials (stopped early)");
  });
});
