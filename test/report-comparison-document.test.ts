// Covers src/report/comparison-document.ts and finding-text.ts: the comparison JSON keeps its shape, one wording per finding, hostile text escaped in compare --markdown.
import { describe, expect, it } from "vitest";
import { compareResults } from "../src/compare/compare.js";
import { evaluateGate, FAIL_ON } from "../src/compare/gate.js";
import { DEFAULT_COMPARE, readCompareConfig } from "../src/config/compare-settings.js";
import { comparisonDocument } from "../src/report/comparison-document.js";
import { renderMarkdown } from "../src/report/comparison-markdown.js";
import { findingLine } from "../src/report/finding-text.js";
import { cell, results, seeded, type CellSpec } from "./support/results-fixture.js";

const spec: CellSpec = { scenario: "s", model: "async", concurrency: 8, throughput: 5000, p99: 12, noise: 0.01 };
const { budgets } = readCompareConfig({ defaults: { budgets: { p99: "<= 100ms", regression: "20%" } } }, "cg.yml");

describe("comparisonDocument", () => {
  const base = results([cell(spec, seeded(1)), cell({ ...spec, concurrency: 1 }, seeded(3))]);
  const cur = results([cell({ ...spec, factor: 0.5 }, seeded(2)), cell({ ...spec, concurrency: 16 }, seeded(4))]);
  const c = compareResults(base, cur, { settings: DEFAULT_COMPARE, budgets });
  const doc = comparisonDocument(c);

  it("has the fields of concurrency-guard/comparison@1 and no more", () => {
    expect(Object.keys(doc)).toEqual([
      "schema", "createdAt", "verdict", "mode", "reasons", "settings", "baseline", "current", "environment", "cells", "blocking", "budgets", "gatedComparisons", "teeth", "races", "notes", "hotspots",
    ]);
    expect(doc.schema).toBe("concurrency-guard/comparison@1");
    for (const cellDoc of doc.cells) {
      expect(cellDoc).not.toHaveProperty("failure");
      expect(cellDoc).not.toHaveProperty("baselineUnusable");
      for (const m of cellDoc.metrics) expect(m).not.toHaveProperty("scale");
    }
    expect(doc.cells.map((x) => [x.id, x.note])).toEqual([
      ["s/async/8", undefined],
      ["s/async/16", "not in the baseline"],
      ["s/async/1", "in the baseline but not in the current run"],
    ]);
    expect(doc.budgets.map((b) => Object.keys(b))).toEqual(doc.budgets.map(() => ["cell", "scenario", "model", "concurrency", "budget", "spec", "measured", "status", "message"]));
    expect(doc.notes).toEqual(["1 baseline cell(s) not in the current run"]);
    expect(doc.teeth).toMatchObject({ canFlag: true, test: "rank", comparisons: 2, alpha: 0.01 });
    expect(doc.teeth).not.toHaveProperty("message");
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });

  it("words a regression once: the comparison's reason is the gate's line with the Holm p", () => {
    const gate = evaluateGate(c, c.budgets, FAIL_ON);
    const line = findingLine(gate.failedBecause[0]!);
    expect(line).toMatch(/^s\/async\/8: throughput -50% \[-5\d%, -4\d%\] beyond the 20% threshold$/);
    expect(doc.reasons[0]).toMatch(new RegExp(`^${line.replace(/[[\]+]/g, "\\$&")}, p [<0-9.]+ after Holm$`));
    expect(doc.reasons[2]).toMatch(/^scenario s, model async, concurrency 8: regression budget 20% broken: throughput -50%, p99 \+\d+%$/);
  });
});

describe("renderMarkdown", () => {
  it("escapes what the code under test wrote: no HTML, no mentions, no table breaks", () => {
    const evil = "x|<img src=y> @everyone";
    const base = results([cell(spec, seeded(1))]);
    const cur = results([cell({ ...spec, status: () => "error" }, seeded(2))]);
    cur.cells[0]!.error = evil;
    const md = renderMarkdown(compareResults(base, cur, { settings: DEFAULT_COMPARE }));
    expect(md).toContain("no usable trial in the current run");
    expect(md).not.toContain("<img");
    expect(md).not.toContain("@everyone");
    expect(md).not.toMatch(/[^\\]\|<img/);
  });
});
