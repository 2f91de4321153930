// Hostile text from a results file stays inert in the PR comment, the job summary and `compare --markdown` (advice included): one escaper for all three.
import { describe, expect, it } from "vitest";
import { evaluateGate, FAIL_ON } from "../src/compare/gate.js";
import { renderMarkdown } from "../src/report/comparison-markdown.js";
import { runAdvice } from "../src/report/advice.js";
import { renderMarkdownReport, type ReportContext } from "../src/report/markdown-report.js";
import { BIDI, hostilePair, outsideCode } from "./support/hostile-results.js";

function context(withBaseline: boolean): ReportContext {
  const { baseline, current, comparison } = hostilePair();
  return {
    gate: evaluateGate(withBaseline ? comparison : undefined, withBaseline ? comparison.budgets : [], [...FAIL_ON]),
    mode: "check",
    current,
    ...(withBaseline && { baseline, comparison }),
    budgets: withBaseline ? comparison.budgets : [],
    links: { serverUrl: "https://github.com", owner: "o", repo: "r", sha: "c".repeat(40) },
    configDir: "",
    commits: { current: { sha: "c".repeat(40), label: "head" }, ...(withBaseline && { baseline: { sha: "b".repeat(40), label: "main" } }) },
    store: "branch:concurrency-guard-baselines",
    notes: [],
  };
}

/** What must never come out live: HTML, a mention, a link or image, a heading of theirs, CR, bidi. */
function expectInert(md: string): void {
  const prose = outsideCode(md);
  expect(prose).not.toMatch(/<img|<script/);
  expect(prose).not.toMatch(/@someone/);
  expect(prose).not.toMatch(/\]\(https?:\/\/evil/);
  expect(prose).not.toMatch(/!\[i\]/);
  expect(md).not.toMatch(/^#{1,6} heading/m);
  expect(md).not.toContain("\r");
  expect(BIDI.test(md)).toBe(false);
  // Their text is there, escaped: a reader still sees what was thrown.
  expect(md).toContain("@\u200bsomeone");
}

describe("hostile results in markdown", () => {
  it("the PR comment with a baseline: scenario headings (declared kind), tables, errors, blocking, cost", () => {
    const md = renderMarkdownReport(context(true));
    expect(md).toMatch(/^#### `evil` · declared &lt;img/m);
    // The blocking call's name goes into the advice too: still one code span, still inert.
    expect(md).toMatch(/💡 `+[^`]*<img[^`]*`+ has no async form/);
    expectInert(md);
  });

  it("the job summary without a baseline", () => {
    expectInert(renderMarkdownReport(context(false)));
  });

  it("compare --markdown, with the same escaper", () => {
    const { comparison, current } = hostilePair();
    const md = renderMarkdown(comparison, runAdvice(current));
    expect(md).toContain("💡");
    expectInert(md);
  });
});
