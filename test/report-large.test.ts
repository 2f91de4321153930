// Large reports: fitSections takes the same steps as the step-by-step rule it replaced, and a 2,000-cell comparison renders under GitHub's limits with its headline intact.
import { describe, expect, it } from "vitest";
import { compareResults } from "../src/compare/compare.js";
import { evaluateGate, FAIL_ON } from "../src/compare/gate.js";
import { DEFAULT_COMPARE } from "../src/config/compare-settings.js";
import { byteLength, COMMENT_LIMIT, fitSections, SUMMARY_LIMIT, type Section } from "../src/report/fit-size.js";
import { renderMarkdownReport, type ReportContext } from "../src/report/markdown-report.js";
import { around, fixtureResults, seeded, type FixtureCell } from "./support/results-fixture.js";

/** The rule as first written: re-render and re-sort after every step (quadratic, obviously right). */
function stepByStep(sections: Section[], limit: number): string {
  const chosen = sections.map(() => 0);
  const render = () => sections.map((s, i) => s.variants[chosen[i]!] ?? "").filter((t) => t !== "").join("\n\n") + "\n";
  while (render().length > limit) {
    const next = sections
      .map((s, i) => ({ s, i }))
      .filter(({ s, i }) => chosen[i]! < s.variants.length - 1)
      .sort((a, b) => a.s.priority - b.s.priority || chosen[a.i]! - chosen[b.i]! || b.i - a.i)[0];
    if (!next) break;
    chosen[next.i]!++;
  }
  return render();
}

describe("fitSections", () => {
  it("chooses the same variants as the step-by-step rule, on random reports", () => {
    const random = seeded(7);
    const pick = (n: number) => Math.floor(random() * n);
    for (let round = 0; round < 300; round++) {
      const sections: Section[] = Array.from({ length: 1 + pick(12) }, () => {
        const variants = Array.from({ length: 1 + pick(4) }, () => "x".repeat(pick(60)));
        if (random() < 0.4) variants.push("");
        return { priority: pick(4), variants };
      });
      const full = sections.map((s) => s.variants[0]).filter((t) => t !== "").join("\n\n").length + 1;
      const limit = pick(full + 10);
      const expected = stepByStep(sections, limit);
      const { text } = fitSections(sections, { limit });
      if (expected.length <= limit) expect(text).toBe(expected);
      else expect(text.length).toBeLessThanOrEqual(Math.max(limit, text.split("\n")[0]!.length + 90));
    }
  });

  it("measures each variant once instead of the whole report at every step", () => {
    const sections: Section[] = [{ priority: 9, variants: ["HEADLINE"] }];
    for (let i = 0; i < 2000; i++) sections.push({ priority: 3, variants: [`${"row ".repeat(50)}${i}`, `short ${i}`, ""] });
    const offered = sections.reduce((n, s) => n + s.variants.reduce((m, v) => m + v.length, 0), 0);
    let measured = 0;
    const { text } = fitSections(sections, { limit: 10_000, measure: (t) => ((measured += t.length), t.length) });
    expect(text.length).toBeLessThanOrEqual(10_000);
    expect(text.startsWith("HEADLINE\n\n")).toBe(true);
    // Re-measuring a ~400 KB document at each of ~2,700 steps would be about a thousand times this.
    expect(measured).toBeLessThanOrEqual(2 * offered);
  });
});

describe("a 2,000-cell comparison", () => {
  const models = ["async", "threads", "processes"] as const;
  const many = (scale: number): FixtureCell[] =>
    Array.from({ length: 2000 }, (_, i) => ({
      scenario: `scenario-${Math.floor(i / 20)}`,
      model: models[i % 3]!,
      concurrency: 1 + Math.floor(i / 3),
      throughput: around(1000 * (i % 3 === 0 ? scale : 1), 12),
    }));
  const baseline = fixtureResults(many(1), { sha: "b".repeat(40) });
  const current = fixtureResults(many(0.5), { sha: "c".repeat(40) });
  const comparison = compareResults(baseline, current, { settings: structuredClone(DEFAULT_COMPARE) });
  const ctx: ReportContext = {
    gate: evaluateGate(comparison, comparison.budgets, [...FAIL_ON]),
    mode: "check",
    current,
    baseline,
    comparison,
    budgets: comparison.budgets,
    configDir: "",
    commits: { current: { sha: "c".repeat(40), label: "head" }, baseline: { sha: "b".repeat(40), label: "main" } },
    store: "branch:concurrency-guard-baselines",
    notes: [],
  };
  const regressions = comparison.cells.filter((c) => c.metrics.some((m) => m.metric === "throughput" && m.verdict === "regression")).length;

  it("fits the comment, headline and counts intact", () => {
    const md = renderMarkdownReport(ctx);
    expect(md.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(md.split("\n")[0]).toBe("### ❌ concurrency-guard: failed");
    expect(ctx.gate.regressions).toBe(regressions);
    expect(regressions).toBeGreaterThan(600);
    expect(md.split("\n")[2]).toMatch(new RegExp(`^\\*\\*${ctx.gate.regressions} regressions\\*\\*`));
    expect(md).toContain("#### `scenario-0`");
    expect(md.trimEnd().endsWith("</sub>")).toBe(true);
  });

  it("fits the job summary in bytes, with every scenario's table", () => {
    const md = renderMarkdownReport(ctx, { limit: SUMMARY_LIMIT, measure: byteLength });
    expect(byteLength(md)).toBeLessThanOrEqual(SUMMARY_LIMIT);
    expect(md.split("\n")[0]).toBe("### ❌ concurrency-guard: failed");
    expect(md.match(/^#### `scenario-\d+`/gm)).toHaveLength(100);
  });
});
