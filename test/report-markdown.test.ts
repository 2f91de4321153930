// The PR comment / job summary markdown: headline first, tables, linked blocking sites, chart, escaping of hostile text, and GitHub's size limit.
import { describe, expect, it } from "vitest";
import { evaluateGate, FAIL_ON, type FailOn } from "../src/compare/gate.js";
import { compareResults } from "../src/compare/compare.js";
import { DEFAULT_COMPARE } from "../src/config/compare-settings.js";
import type { ResultsFile, Stall } from "../src/results/types.js";
import { COMMENT_LIMIT } from "../src/report/fit-size.js";
import { escapeText, inlineCode } from "../src/report/markdown-escape.js";
import { renderMarkdownReport, type ReportContext } from "../src/report/markdown-report.js";
import { around, fixtureResults, type FixtureCell } from "./support/results-fixture.js";

const HEAD = "ec26c3e57ca3a959ca5aad62de7213c562f8c821";
const BASE = "f95f852bd8fca8fcc58a9a2d6c842781e32a215e";

const stall = (file: string, line: number, durationMs = 87): Stall => ({
  loop: "main",
  startMs: 10,
  durationMs,
  site: { file, line, function: "readConfig", api: "readFileSync", via: "sync-api" },
});

function context(baseline: ResultsFile | undefined, current: ResultsFile, failOn: FailOn[] = [...FAIL_ON]): ReportContext {
  const comparison = baseline ? compareResults(baseline, current, { settings: structuredClone(DEFAULT_COMPARE) }) : undefined;
  const budgets = comparison?.budgets ?? [];
  return {
    gate: evaluateGate(comparison, budgets, failOn),
    mode: "check",
    current,
    ...(baseline && { baseline }),
    ...(comparison && { comparison }),
    budgets,
    links: { serverUrl: "https://github.com", owner: "Codertocat", repo: "Hello-World", sha: HEAD },
    configDir: "perf",
    commits: { current: { sha: HEAD, label: "head of #2" }, ...(baseline && { baseline: { sha: BASE, label: "master" } }) },
    store: "branch:concurrency-guard-baselines",
    defaultBranch: "master",
    notes: [],
  };
}

const cells = (scale: number, stalls = false): FixtureCell[] =>
  [1, 8, 64].flatMap((concurrency) =>
    (["async", "threads"] as const).map((model) => ({
      scenario: "read-config",
      model,
      concurrency,
      throughput: around(1000 * Math.log2(concurrency + 1) * (model === "async" && concurrency === 8 ? scale : 1), 8),
      ...(stalls && model === "async" && concurrency === 8 && { stalls: () => [stall("bench/read-config.mjs", 14)] }),
    })),
  );

describe("markdown report with a baseline", () => {
  const baseline = fixtureResults(cells(1), { sha: BASE, ref: "refs/heads/master" });
  const current = fixtureResults(cells(0.5, true), { sha: HEAD });
  const md = renderMarkdownReport(context(baseline, current));

  it("puts the verdict and its counts first, then the compared commits", () => {
    const lines = md.split("\n");
    expect(lines[0]).toBe("### ❌ concurrency-guard: failed");
    expect(lines[2]).toBe("**1 regression** · **1 new blocking site** · 0 budgets broken");
    expect(lines[3]).toContain(`[\`ec26c3e\`](https://github.com/Codertocat/Hello-World/commit/${HEAD}) (head of \\#2) compared with baseline [\`f95f852\`]`);
    expect(md).toContain("**The check failed because:**");
  });

  it("has one table per scenario with baseline, current, change and an icon per cell", () => {
    expect(md).toContain("#### `read-config` · declared io");
    const row = md.split("\n").find((l) => l.startsWith("| async") && /\|\s+8 \|/.test(l));
    expect(row).toBeDefined();
    expect(row).toMatch(/\| +3170\/s \| +1585\/s \| \*\*-50% \[-51%, -49%\]\*\* \| +0\.00% \| +❌ +\|$/);
    expect(row).toContain("❌");
    expect(md.split("\n").filter((l) => l.startsWith("| threads")).every((l) => l.includes("✅"))).toBe(true);
  });

  it("links each new blocking site to its line at the PR's head commit", () => {
    expect(md).toContain(
      `- ❌ [\`perf/bench/read-config.mjs:14\`](https://github.com/Codertocat/Hello-World/blob/${HEAD}/perf/bench/read-config.mjs#L14) in \`readConfig\` (\`readFileSync\`): new: blocked the loop in 8 of 8 trials, up to 87 ms, 0 of 8 in the baseline`,
    );
  });

  it("lists sites that are not new, saying why: in the baseline too, or too rare", () => {
    const withOld = (extra: boolean): FixtureCell[] =>
      cells(1).map((c) =>
        c.model === "threads" && c.concurrency === 1
          ? { ...c, stalls: (i: number) => [stall("bench/old.mjs", 3), ...(extra && i === 0 ? [stall("bench/rare.mjs", 7)] : [])] }
          : c,
      );
    const md2 = renderMarkdownReport(context(fixtureResults(withOld(false), { sha: BASE }), fixtureResults(withOld(true), { sha: HEAD })));
    expect(md2).toMatch(/⚠️ \[`perf\/bench\/old\.mjs:3`\]\([^)]+#L3\) in `readConfig` \(`readFileSync`\): blocked the loop 8× in 8 of 8 trials, up to 87 ms \(also in the baseline\)/);
    expect(md2).toMatch(/⚠️ \[`perf\/bench\/rare\.mjs:7`\]\([^)]+\) in `readConfig` \(`readFileSync`\): blocked the loop 1× in 1 of 8 trials, up to 87 ms \(in too few trials to count as new\)/);
  });

  it("draws throughput against concurrency per model in a Mermaid xychart, inside <details>", () => {
    const chart = md.slice(md.indexOf("```mermaid"));
    expect(chart).toMatch(/^```mermaid\nxychart-beta\n {2}title "read-config \/ async"\n {2}x-axis "concurrency" \[1, 8, 64\]\n {2}y-axis "ops\/s"\n {2}bar \[1000, 3170, 6022\]\n {2}line \[1000, 1585, 6022\]\n```/);
    expect(md.indexOf("<details><summary>Throughput against concurrency")).toBeLessThan(md.indexOf("```mermaid"));
    expect(md).toContain("<details><summary>All metrics and the environment</summary>");
  });

  it("says which findings fail-on leaves out of the gate", () => {
    const quiet = renderMarkdownReport(context(baseline, current, ["budget"]));
    expect(quiet.split("\n")[0]).toBe("### ⚠️ concurrency-guard: passed, with findings outside `fail-on`");
    expect(quiet).toContain("**Found, but not in `fail-on` (budget):**");
  });

  it("passes cleanly when nothing changed", () => {
    const same = renderMarkdownReport(context(baseline, fixtureResults(cells(1), { sha: HEAD })));
    expect(same.split("\n")[0]).toBe("### ✅ concurrency-guard: passed");
    expect(same).not.toContain("failed because");
  });
});

describe("markdown report without a baseline", () => {
  const current = fixtureResults(cells(1, true), { sha: HEAD });
  const md = renderMarkdownReport(context(undefined, current));

  it("says there is no baseline, how one gets made, and shows the current numbers", () => {
    expect(md.split("\n")[0]).toBe("### ⚪ concurrency-guard: no baseline yet");
    expect(md).toContain("No baseline was found in `branch:concurrency-guard-baselines`");
    expect(md).toContain("on a push to `master`");
    expect(md).toMatch(/\| model +\| concurrency \| throughput \|/);
  });

  it("still points at blocking sites of this run", () => {
    expect(md).toContain(`[\`perf/bench/read-config.mjs:14\`](https://github.com/Codertocat/Hello-World/blob/${HEAD}/perf/bench/read-config.mjs#L14)`);
  });
});

describe("markdown report headlines by mode", () => {
  const current = fixtureResults(cells(1), { sha: HEAD });

  it("calls a baseline run by its name and says when it starts the history", () => {
    const md = renderMarkdownReport({ ...context(undefined, current), mode: "update-baseline" });
    expect(md.split("\n")[0]).toBe("### 📌 concurrency-guard: baseline run");
    expect(md).toContain("No earlier baseline in `branch:concurrency-guard-baselines` to compare with");
    expect(md).not.toContain("No baseline was found");
  });

  it("calls a report-only run measured, not compared", () => {
    const md = renderMarkdownReport({ ...context(undefined, current), mode: "run" });
    expect(md.split("\n")[0]).toBe("### 📊 concurrency-guard: measured, not compared");
  });

  it("warns prominently when the baseline ran on other hardware", () => {
    const other = fixtureResults(cells(1), { sha: BASE, env: { ...current.env, cpuModel: "Other CPU", fingerprint: "0000000000000000" } });
    const md = renderMarkdownReport(context(other, current));
    expect(md).toMatch(/> ⚠️ \*\*Not gated on timing:\*\* the baseline ran on different hardware \(cpuModel: "Other CPU" \\-&gt; ".+"\)\. Throughput and p99 are shown but cannot fail the check\./);
  });
});

describe("escaping text that came from the code under test", () => {
  const hostile = "<img src=x onerror=alert(1)> @octocat [click](https://evil.example) | `tick` $x$ \n## Injected heading *bold* www.evil.example";

  it("neutralizes HTML, links, mentions, tables, math and headings in plain text", () => {
    const out = escapeText(hostile);
    expect(out).not.toMatch(/<img/);
    expect(out).not.toContain("@octocat");
    expect(out).toContain("@\u200boctocat");
    expect(out).not.toMatch(/[^\\]\]\(/);
    expect(out).not.toMatch(/https:\/\/evil/);
    expect(out).not.toContain("\n");
    expect(out).not.toMatch(/(^|[^\\])\|/);
    expect(out).not.toMatch(/(^|[^\\])\$/);
    expect(out).not.toMatch(/www\.evil/);
  });

  it("builds code spans that hold backticks and survive inside tables", () => {
    expect(inlineCode("a`b")).toBe("``a`b``");
    expect(inlineCode("`x`")).toBe("`` `x` ``");
    expect(inlineCode("a|b", { inTable: true })).toBe("`a\\|b`");
  });

  it("keeps a hostile scenario name, error, site and path inert in the whole report", () => {
    const evil = "x<script>alert(1)</script>@admin|](javascript:alert(1))";
    const base = fixtureResults([{ scenario: evil, model: "async", concurrency: 1, throughput: around(1000, 8) }], { sha: BASE });
    const cur = fixtureResults(
      [
        {
          scenario: evil,
          model: "async",
          concurrency: 1,
          throughput: around(1000, 8),
          stalls: () => [{ loop: "main", startMs: 1, durationMs: 50, site: { file: "../../etc/passwd", line: 1, function: "@admin <b>", via: "profiler" } }],
        },
        { scenario: evil, model: "threads", concurrency: 1, throughput: [], error: "boom\n# @everyone <img src=x>" },
      ],
      { sha: HEAD },
    );
    for (const md of [renderMarkdownReport(context(base, cur)), renderMarkdownReport(context(undefined, cur))]) {
      // Inside code spans text is literal (no HTML, links or mentions); everywhere else it must be escaped.
      const prose = outsideCode(md);
      expect(prose).not.toMatch(/<script|<img|<b>/);
      expect(prose).not.toMatch(/@(admin|everyone)/);
      expect(prose).not.toMatch(/\]\(javascript/);
      expect(md).not.toMatch(/^# /m);
      expect(md).toContain("boom # @\u200beveryone &lt;img src=x&gt;".replace(/[#=]/g, (c) => (c === "#" ? "\\#" : c)));
    }
    const md = renderMarkdownReport(context(base, cur));
    // A path outside the repository is shown but never linked.
    expect(md).toContain("`../../etc/passwd:1`");
    expect(md).not.toMatch(/\]\([^)]*passwd/);
    // Every table row keeps its column count: no unescaped pipe slipped in.
    for (const table of md.split("\n\n").filter((b) => b.startsWith("| model"))) {
      const counts = table.split("\n").map((row) => row.replace(/\\\|/g, "").split("|").length);
      expect(new Set(counts).size).toBe(1);
    }
  });
});

/** The markdown with code spans and fenced blocks removed: what GitHub would parse as prose. */
function outsideCode(md: string): string {
  return md.replace(/```[\s\S]*?```/g, "").replace(/(`+)[\s\S]*?\1/g, "");
}

describe("GitHub's comment size limit", () => {
  it("trims detail, never the headline, to stay under 65536 characters", () => {
    const many = (scale: number): FixtureCell[] =>
      Array.from({ length: 80 }, (_, s) => `scenario-${String(s).padStart(3, "0")}-with-a-fairly-long-name`).flatMap((scenario) =>
        [1, 2, 4, 8, 16, 32, 64].flatMap((concurrency) =>
          (["async", "threads", "processes"] as const).map((model) => ({
            scenario,
            model,
            concurrency,
            throughput: around(1000 * concurrency * (model === "async" ? scale : 1), 12),
          })),
        ),
      );
    const ctx = context(fixtureResults(many(1), { sha: BASE }), fixtureResults(many(0.5), { sha: HEAD }));
    const full = renderMarkdownReport(ctx, { limit: Number.MAX_SAFE_INTEGER });
    expect(full.length).toBeGreaterThan(COMMENT_LIMIT);
    const md = renderMarkdownReport(ctx);
    expect(md.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(md.split("\n")[0]).toBe("### ❌ concurrency-guard: failed");
    expect(md.split("\n")[2]).toBe(`**${80 * 7} regressions** · 0 new blocking sites · 0 budgets broken`);
    expect(md).not.toContain("<details><summary>All metrics");
    expect(md).toMatch(/more \(job summary\)|left out to fit the comment/);
    expect(md.trimEnd().endsWith("</sub>")).toBe(true);
  });
});
