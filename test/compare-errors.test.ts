// Error rate compared and gated per cell (the from-zero and rise rules, Holm, budgets, the gate) and races called by name, on built results.
import { describe, expect, it } from "vitest";
import { DEFAULT_COMPARE } from "../src/config/compare-settings.js";
import type { Model } from "../src/config/types.js";
import { compareResults } from "../src/compare/compare.js";
import { evaluateGate } from "../src/compare/gate.js";
import { findRaces } from "../src/compare/race.js";
import { buildAnnotations } from "../src/publish/annotations.js";
import { markErrorLevels, summarizeErrors } from "../src/results/errors.js";
import type { CellResult, ResultsFile, TrialResult } from "../src/results/types.js";
import { comparisonDocument } from "../src/report/comparison-document.js";
import { renderMarkdown } from "../src/report/comparison-markdown.js";
import { renderText } from "../src/report/comparison-text.js";
import { raceLines } from "../src/report/error-text.js";
import { cell, results, seeded } from "./support/results-fixture.js";

const KIND = "cache fill collided for k#";
const SITE = { file: "bench/cache.mjs", line: 14, function: "store" };
const STARTED = 1000;

/** A cell whose trials fail `rates[i]` of 1000 started operations with one kind; throughput identical on every call. */
function errCell(scenario: string, model: Model, concurrency: number, rates: number[], kind = KIND, status?: (i: number) => TrialResult["status"]): CellResult {
  const c = cell({ scenario, model, concurrency, throughput: 1000, p99: 10, trials: rates.length, noise: 0.02 }, seeded(7));
  c.trials.forEach((t, i) => {
    const errors = Math.round(rates[i]! * STARTED);
    t.errors = errors;
    t.ops = STARTED - errors;
    if (status?.(i) === "error") Object.assign(t, { status: "error", ops: 0, errors: STARTED, message: "every operation failed" });
    if (t.errors > 0) t.errorKinds = [{ kind, message: kind.replace("#", "12"), count: t.errors, site: SITE }];
  });
  c.errors = summarizeErrors(c);
  return c;
}

function run(cells: CellResult[]): ResultsFile {
  markErrorLevels(cells);
  return results(cells);
}

const settings = structuredClone(DEFAULT_COMPARE);
const ZERO = [0, 0, 0, 0, 0, 0];
const steps = (from: number) => [0, 1, 2, 3, 4, 5].map((i) => from + i * 0.001);

function compareOne(base: number[], cur: number[], status?: (i: number) => TrialResult["status"]) {
  const c = compareResults(run([errCell("cache", "async", 16, base)]), run([errCell("cache", "async", 16, cur, KIND, status)]), { settings });
  return { c, e: c.cells[0]!.errors! };
}

describe("error rate: from a baseline that never failed", () => {
  it("a significant rise in most trials is a regression even at 0.35%", () => {
    const { c, e } = compareOne(ZERO, steps(0.001));
    // 6 zeros tied: normal approximation, U = 36, tie-corrected sigma 5.8504, z = 17.5 / 5.8504.
    expect(e.p).toBeCloseTo(0.0027784301, 9);
    // Holm over throughput, p99 (identical samples: p = 1) and the error rate.
    expect(c.gatedComparisons).toBe(3);
    expect(e.pAdjusted).toBeCloseTo(3 * 0.0027784301, 9);
    expect(e.rule).toBe("from-zero");
    expect(e.current).toMatchObject({ n: 6, erring: 6, errors: 21 });
    expect(e.current.median).toBeCloseTo(0.0035, 12);
    expect(e.verdict).toBe("regression");
    expect(e.kinds).toEqual([{ kind: KIND, message: "cache fill collided for k12", count: 21, trials: 6, baselineCount: 0, new: true, site: SITE }]);
    expect(c.verdict).toBe("fail");
    const gate = evaluateGate(c, c.budgets, ["regression"]);
    expect(gate.regressions).toBe(1);
    expect(gate.failedBecause.map((f) => f.kind)).toEqual(["errors"]);
    expect(evaluateGate(c, c.budgets, ["blocking"]).ignored.map((f) => f.kind)).toEqual(["errors"]);
  });

  it("erring in half the trials is not most: no regression (p 0.074 either way)", () => {
    const { e } = compareOne(ZERO, [0, 0, 0, 0.01, 0.02, 0.03]);
    // 9 zeros tied, U = 18 + 9 = 27.
    expect(e.p).toBeCloseTo(0.07400997, 7);
    expect(e.current.erring).toBe(3);
    expect(e.verdict).toBe("inconclusive");
  });

  it("no failure on either side: no test, out of the Holm family, unchanged", () => {
    const { c, e } = compareOne(ZERO, ZERO);
    expect(e.p).toBeNull();
    expect(e.verdict).toBe("unchanged");
    expect(c.gatedComparisons).toBe(2);
    expect(c.verdict).toBe("pass");
  });

  it("a trial in which every operation failed counts at rate 1", () => {
    const { c, e } = compareOne(ZERO, steps(0.001), (i) => (i >= 4 ? "error" : "ok"));
    expect(c.cells[0]!.currentTrials).toBe(4);
    expect(e.current).toMatchObject({ n: 6, erring: 6, errors: 2010 });
    // Rates 0.1%, 0.2%, 0.3%, 0.4%, 1, 1.
    expect(e.current.median).toBeCloseTo(0.0035, 12);
    expect(e.verdict).toBe("regression");
  });
});

describe("error rate: from a baseline that fails too", () => {
  it("needs the interval's lower bound past 1 point: +2 points [+1.6, +2.4] is a regression", () => {
    const { e } = compareOne(steps(0.01), steps(0.03));
    expect(e.rule).toBe("rise");
    // No ties: exact p = 2 / C(12, 6) = 2 / 924; Holm over 3.
    expect(e.p).toBeCloseTo(2 / 924, 12);
    expect(e.pAdjusted).toBeCloseTo(6 / 924, 12);
    expect(e.bar).toBeCloseTo(0.01, 12);
    expect(e.change).toBeCloseTo(0.02, 12);
    // 99% exact rank interval of 6 vs 6: the 3rd smallest and 3rd largest of the 36 differences.
    expect(e.interval!.lower).toBeCloseTo(0.016, 12);
    expect(e.interval!.upper).toBeCloseTo(0.024, 12);
    expect(e.verdict).toBe("regression");
    expect(e.kinds[0]).toMatchObject({ new: false, baselineCount: 75 });
  });

  it("significant but its lower bound +0.4 points under the bar: inconclusive", () => {
    const { e } = compareOne(steps(0.01), steps(0.018));
    expect(e.pAdjusted).toBeCloseTo(6 / 924, 12);
    expect(e.interval!.lower).toBeCloseTo(0.004, 12);
    expect(e.verdict).toBe("inconclusive");
  });

  it("the relative bar: half of a 10.25% baseline rate is 5.1 points", () => {
    const past = compareOne(steps(0.1), steps(0.16)).e;
    expect(past.bar).toBeCloseTo(0.05125, 12);
    expect(past.interval!.lower).toBeCloseTo(0.056, 12);
    expect(past.verdict).toBe("regression");
    const under = compareOne(steps(0.1), steps(0.14)).e;
    expect(under.interval!.lower).toBeCloseTo(0.036, 12);
    // Significant, but the whole interval [+3.6, +4.4] lies inside the 5.1-point bar.
    expect(under.verdict).toBe("unchanged");
  });

  it("identical rates: unchanged; swapped samples mirror the shift and flag nothing", () => {
    expect(compareOne(steps(0.01), steps(0.01)).e.verdict).toBe("unchanged");
    // Bar: half of 5.25%; the interval [-4.4, -3.6] lies past -2.6 points.
    const swapped = compareOne(steps(0.05), steps(0.01)).e;
    expect(swapped.change).toBeCloseTo(-0.04, 12);
    expect(swapped.verdict).toBe("improvement");
  });
});

describe("error-rate budget", () => {
  it("`errors: <= 0.1%` is the median rate over the trials that measured", () => {
    const budgets = { defaults: { budgets: { errors: "<= 0.1%" } }, scenarios: {} };
    const c = compareResults(run([errCell("cache", "async", 16, ZERO)]), run([errCell("cache", "async", 16, steps(0.001))]), { settings, budgets });
    expect(c.budgets).toHaveLength(1);
    expect(c.budgets[0]).toMatchObject({ budget: "errors", status: "fail", basis: { kind: "median", metric: "errorRate", unit: "rate", trials: 6 } });
    expect(c.budgets[0]!.measured).toBeCloseTo(0.0035, 12);
    const text = renderText(c);
    expect(text).toContain("errors budget <= 0.1% broken: error rate 0.35% (median of 6 trials)");
  });
});

describe("races called by name", () => {
  const clean = (scenario: string, model: Model, level: number) => errCell(scenario, model, level, [0, 0, 0]);

  it("a kind absent at concurrency 1 and present above it: a race is likely, with its rate at each level", () => {
    const cells = [clean("cache", "async", 1), errCell("cache", "async", 4, [0.02, 0.02, 0.02]), errCell("cache", "async", 16, [0.1, 0.12, 0.14])];
    markErrorLevels(cells);
    const races = findRaces(cells);
    expect(races).toEqual([
      {
        pattern: "concurrent-only",
        scenario: "cache",
        model: "async",
        kind: KIND,
        firstMessage: "cache fill collided for k12",
        site: SITE,
        levels: [
          { concurrency: 4, rate: 0.02, count: 60 },
          { concurrency: 16, rate: 0.12, count: 360 },
        ],
      },
    ]);
    expect(raceLines(races, "cache")).toEqual([`"${KIND}" fails only with 2+ operations in flight: a race is likely (async at 4: 2.0%, 16: 12%; none at 1)`]);
  });

  it("a scenario failing the same way at every level and model gets no race wording", () => {
    const cells = (["async", "threads"] as const).flatMap((m) => [1, 4, 16].map((l) => errCell("throws", m, l, [0.33, 0.33, 0.33], "boom on call #")));
    expect(findRaces(cells)).toEqual([]);
  });

  it("without a measured level 1 nothing is called a race", () => {
    const crashed = errCell("cache", "async", 1, [0, 0, 0], KIND, () => "error");
    crashed.trials.forEach((t) => Object.assign(t, { status: "crashed", errors: 0, errorKinds: undefined }));
    crashed.errors = summarizeErrors(crashed);
    expect(findRaces([crashed, errCell("cache", "async", 4, [0.02, 0.02, 0.02])])).toEqual([]);
    expect(findRaces([errCell("cache", "async", 4, [0.02, 0.02, 0.02])])).toEqual([]);
  });

  it("a kind in one model only, where the others were measured at the same levels: fails only under it", () => {
    const kind = "RuntimeError: dictionary changed size during iteration";
    const cells = [clean("py", "async", 1), clean("py", "async", 8), errCell("py", "threads", 1, [0.01, 0.01, 0.01], kind), errCell("py", "threads", 8, [0.05, 0.05, 0.05], kind)];
    const races = findRaces(cells);
    expect(races).toHaveLength(1);
    expect(races[0]).toMatchObject({ pattern: "one-model", model: "threads", others: ["async"], levels: [{ concurrency: 1, rate: 0.01 }, { concurrency: 8, rate: 0.05 }] });
    expect(raceLines(races, "py")).toEqual([`"${kind}" fails only under threads (threads at 1: 1.0%, 8: 5.0%; none under async at the same levels)`]);
  });

  it("a kind only under threads at 8: both patterns, but not if async was not measured at 8", () => {
    const kind = "lost update #";
    const both = findRaces([clean("py", "async", 1), clean("py", "async", 8), clean("py", "threads", 1), errCell("py", "threads", 8, [0.05, 0.05, 0.05], kind)]);
    expect(both.map((r) => r.pattern)).toEqual(["concurrent-only", "one-model"]);
    const only = findRaces([clean("py", "async", 1), clean("py", "threads", 1), errCell("py", "threads", 8, [0.05, 0.05, 0.05], kind)]);
    expect(only.map((r) => r.pattern)).toEqual(["concurrent-only"]);
  });

  it("the comparison carries the races, and every report names the kind, the line and the race", () => {
    // Ten trials a side: from a clean baseline p = 6.4e-5, significant after Holm over 5.
    const rates = [0.1, 0.11, 0.12, 0.13, 0.14, 0.1, 0.11, 0.12, 0.13, 0.14];
    const base = run([errCell("cache", "async", 1, Array(10).fill(0)), errCell("cache", "async", 16, Array(10).fill(0))]);
    const cur = run([errCell("cache", "async", 1, Array(10).fill(0)), errCell("cache", "async", 16, rates)]);
    const c = compareResults(base, cur, { settings });
    expect(c.races?.map((r) => r.pattern)).toEqual(["concurrent-only"]);
    const text = renderText(c);
    expect(text).toContain("REGRESSION   cache/async/16: 0% -> 12% (+12 points [+10, +14])");
    expect(text).toContain(`new "${KIND}": 1200 failed in 10 trials, at bench/cache.mjs:14 in store`);
    expect(text).toContain("first message: cache fill collided for k12");
    expect(text).toContain("a race is likely (async at 16: 12%; none at 1)");
    expect(text).toMatch(/Gate failed because:\n {2}- cache\/async\/16: error rate 0% -> 12%/);
    const md = renderMarkdown(c);
    expect(md).toContain("#### Errors");
    expect(md).toContain("`bench/cache.mjs:14` in `store`");
    expect(md).toContain("a race is likely");
    const doc = comparisonDocument(c);
    expect(doc.cells[1]!.errors?.verdict).toBe("regression");
    expect(doc.races[0]!.message).toContain("a race is likely");
  });

  it("annotates the throwing line of a gated error regression: an error, or a warning outside fail-on", () => {
    const { c } = compareOne(ZERO, steps(0.001));
    const current = run([errCell("cache", "async", 16, steps(0.001))]);
    const gated = buildAnnotations({ current, comparison: c, configDir: "", failOn: ["regression"] }).annotations;
    expect(gated).toEqual([
      {
        level: "error",
        title: "concurrency-guard: error rate regression",
        message: `new "${KIND}" threw here: 21 failed operations in 6 trials; error rate 0% -> 0.35% (+0.35 points [+0.10, +0.60]) in cache/async/16`,
        file: "bench/cache.mjs",
        startLine: 14,
      },
    ]);
    expect(buildAnnotations({ current, comparison: c, configDir: "", failOn: ["blocking"] }).annotations[0]!.level).toBe("warning");
  });
});
