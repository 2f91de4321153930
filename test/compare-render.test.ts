// Covers src/compare/render-text.ts and render-markdown.ts: what a reader sees for pass, fail and mismatch.
import { describe, expect, it } from "vitest";
import { compareResults } from "../src/compare/compare.js";
import { renderMarkdown } from "../src/report/comparison-markdown.js";
import { renderText } from "../src/report/comparison-text.js";
import { DEFAULT_COMPARE } from "../src/config/compare-settings.js";
import { cell, results, seeded } from "./support/results-fixture.js";

const spec = { scenario: "cpu-hash", model: "async" as const, concurrency: 8, throughput: 5000, p99: 12, noise: 0.01 };

function pair(factor: number, opts: { fingerprint?: string; cpuModel?: string } = {}) {
  const base = results([cell(spec, seeded(1))], { sha: "1234567890".repeat(4) });
  const cur = results([cell({ ...spec, factor }, seeded(2))], { sha: "abcdef0123".repeat(4), ...opts });
  return compareResults(base, cur, {
    settings: DEFAULT_COMPARE,
    baselineSource: "file:baseline.json",
    currentSource: "results.json",
  });
}

describe("renderText", () => {
  it("leads with the verdict and lists the regression and why the gate failed", () => {
    const text = renderText(pair(0.8));
    const lines = text.split("\n");
    expect(lines[0]).toBe("concurrency-guard compare: FAIL");
    expect(lines[1]).toMatch(/^baseline: file:baseline\.json \(1234567, /);
    const row = lines.find((l) => l.startsWith("cpu-hash/async/8") && l.includes("throughput"))!;
    // Seeded data: baseline median 5006/s, current 3995/s, a 20% drop; 99% interval and detectable change.
    expect(row).toBe("cpu-hash/async/8  throughput     5006/s   3995/s    -20%    [-21%, -19%]   <0.0001  REGRESSION  6.2%");
    expect(text).toContain("Gate failed because:\n  - cpu-hash/async/8: throughput -2");
    expect(text).toContain("interval (99%)");
  });

  it("warns prominently about a different machine", () => {
    const text = renderText(pair(1, { fingerprint: "other", cpuModel: "Other CPU" }));
    expect(text.split("\n")[0]).toBe("concurrency-guard compare: PASS");
    expect(text).toContain('!! ENVIRONMENT MISMATCH: cpuModel: "Test CPU" -> "Other CPU"');
    expect(text).toContain("NOT gated");
  });
});

describe("renderMarkdown", () => {
  it("writes a markdown table with a header, alignment row and one row per shown metric", () => {
    const md = renderMarkdown(pair(0.8));
    expect(md.startsWith("### ❌ concurrency-guard: fail\n")).toBe(true);
    const table = md.split("\n").filter((l) => l.startsWith("| "));
    expect(table[0]).toMatch(/^\| cell\s+\| metric\s+\| baseline\s+\| current/);
    expect(md).toMatch(/\| :-+ \| :-+ \| -+: \|/);
    const row = table.find((l) => l.includes("throughput"))!;
    expect(row).toContain("**regression**");
    expect(md).toContain("Baseline `1234567` vs current `abcdef0`.");
  });
});
