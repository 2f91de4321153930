// Covers src/compare/teeth.ts and src/report/teeth-text.ts: a comparison that could flag nothing says so in text, markdown and JSON.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { registerCompare } from "../src/cli/compare-command.js";
import { compareResults } from "../src/compare/compare.js";
import { DEFAULT_COMPARE } from "../src/config/compare-settings.js";
import { teethNote } from "../src/report/teeth-text.js";
import { cell, results, seeded, type CellSpec } from "./support/results-fixture.js";
import { runCommand } from "./support/run-command.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "cg-teeth-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** 3 models x 2 levels = 6 cells, 12 gated comparisons, as in the report that found the problem. */
function six(trials: number, seed: number, factor = 1) {
  const cells = [];
  let s = seed;
  for (const model of ["async", "threads", "processes"] as const) {
    for (const concurrency of [1, 8]) {
      const spec: CellSpec = { scenario: "render", model, concurrency, throughput: 900 * concurrency, p99: 4, noise: 0.02, trials, factor };
      cells.push(cell(spec, seeded(s++)));
    }
  }
  return results(cells);
}

const pair = (trials: number, factor = 1) => {
  const id = "pair-1";
  return { base: { ...six(trials, 1), pairing: { id, arm: "base" as const } }, cur: { ...six(trials, 100, factor), pairing: { id, arm: "current" as const } } };
};

describe("the comparison's teeth", () => {
  it("side by side, 6 trials a side over 12 comparisons: no teeth, even for a 40% drop; 7 have them", () => {
    const { base, cur } = pair(6, 0.6);
    const c = compareResults(base, cur, { settings: DEFAULT_COMPARE });
    expect(c.mode).toBe("side-by-side");
    expect(c.gatedComparisons).toBe(12);
    expect(c.teeth).toMatchObject({ canFlag: false, test: "rank", trials: { current: 6, baseline: 6 }, comparisons: 12, alpha: 0.01, needed: { current: 7, baseline: 7 }, toothless: 12, timing: 12 });
    // The exit status is unchanged: a 40% drop cannot fail this gate, and the report says why.
    expect(c.verdict).toBe("pass");
    const seven = pair(7, 0.6);
    const d = compareResults(seven.base, seven.cur, { settings: DEFAULT_COMPARE });
    expect(d.teeth).toMatchObject({ canFlag: true, toothless: 0 });
    expect(d.verdict).toBe("fail");
  });

  it("compare of two side-by-side results files says it in the text, the markdown and the JSON", async () => {
    const { base, cur } = pair(6);
    await writeFile(join(dir, "base.json"), JSON.stringify(base));
    await writeFile(join(dir, "cur.json"), JSON.stringify(cur));
    const r = await runCommand(registerCompare, ["compare", "--baseline", "base.json", "--current", "cur.json", "--json", "cmp.json", "--markdown", "cmp.md"], { cwd: dir });
    expect(r.code).toBe(0);
    const sentence =
      "this check had no teeth: with 6 trials a side over 12 comparisons no change can be significant at alpha 0.01 " +
      "(the smallest possible p, 0.0022, is above 0.01/12 = 0.00083); use at least 7 trials";
    expect(r.stdout.split("\n").slice(0, 5)).toContain(`!! ${sentence}`);
    const md = await readFile(join(dir, "cmp.md"), "utf8");
    // Markdown escapes the dots and brackets; unescaped, the line under the headline reads the same.
    expect(md.split("\n").slice(0, 6).map((l) => l.replace(/\\(.)/g, "$1"))).toContain(`> ⚠️ **T${sentence.slice(1)}.**`);
    const json = JSON.parse(await readFile(join(dir, "cmp.json"), "utf8"));
    expect(json.teeth).toMatchObject({ canFlag: false, trials: { current: 6, baseline: 6 }, comparisons: 12, alpha: 0.01, needed: { current: 7, baseline: 7 }, message: sentence });
    expect(json.notes[0]).toBe(sentence);
  });

  it("against a stored baseline the drift-adjusted test needs the trials' interval: 4 a side have no teeth, only the current side can grow", async () => {
    await writeFile(join(dir, "base.json"), JSON.stringify(six(4, 1)));
    await writeFile(join(dir, "cur.json"), JSON.stringify(six(4, 100)));
    const r = await runCommand(registerCompare, ["compare", "--baseline", "base.json", "--current", "cur.json", "--json", "cmp.json"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      "!! this check had no teeth: with 4 trials a side no change can be significant at alpha 0.01 against a stored baseline " +
        "(the smallest possible p of the trials, 0.029, is above 0.01, so their rank interval is unbounded); use at least 6 trials in this run against a baseline of 4, or 5 trials on both sides (the next baseline too)",
    );
    const json = JSON.parse(await readFile(join(dir, "cmp.json"), "utf8"));
    expect(json.teeth).toMatchObject({ canFlag: false, test: "drift-adjusted", grow: "current", level: 0.01, needed: { current: 6, baseline: 4 } });
  });

  it("speaks of the error-rate gate's teeth only when a trial erred: with none there was no rate to test", () => {
    // 7 a side over 12 comparisons: timing has teeth (2 / C(14, 7) = 0.00058 <= 0.01/12), the error-rate gate has none.
    const { base, cur } = pair(7);
    const clean = compareResults(base, cur, { settings: DEFAULT_COMPARE });
    expect(clean.teeth).toMatchObject({ canFlag: true, errors: { canFlag: false } });
    expect(clean.cells.every((c) => c.errors?.p === null)).toBe(true);
    expect(teethNote(clean)).toBeUndefined();
    // Three current trials of one cell fail 5 operations each: now the rate is tested, and the floor matters.
    cur.cells[0]!.trials.slice(0, 3).forEach((t) => (t.errors = 5));
    const erring = compareResults(base, cur, { settings: DEFAULT_COMPARE });
    expect(erring.cells[0]!.errors?.p).toBeTypeOf("number");
    expect(teethNote(erring)).toMatch(/^the error-rate gate had no teeth: with 7 trials a side over 13 comparisons a new error rate from a clean baseline cannot be significant/);
  });

  it("with teeth, says nothing; a cell short of trials is counted apart", () => {
    const { base, cur } = pair(10);
    const c = compareResults(base, cur, { settings: DEFAULT_COMPARE });
    expect(c.teeth).toMatchObject({ canFlag: true, toothless: 0, needed: { current: 7, baseline: 7 } });
    // Four of one cell's ten current trials failed: that cell has 6 against 10.
    cur.cells[0]!.trials.slice(0, 4).forEach((t) => (t.status = "error"));
    const d = compareResults(base, cur, { settings: DEFAULT_COMPARE });
    // 2 / C(16, 6) = 0.000250 <= 0.01/12: even that cell keeps its teeth.
    expect(d.teeth).toMatchObject({ canFlag: true, trials: { current: 6, baseline: 10 } });
    cur.cells[0]!.trials.slice(0, 8).forEach((t) => (t.status = "error"));
    const e = compareResults(base, cur, { settings: DEFAULT_COMPARE });
    // 2 / C(12, 2) = 0.0303: that cell's two comparisons have none; the other ten do.
    expect(e.teeth).toMatchObject({ canFlag: false, trials: { current: 2, baseline: 10 }, toothless: 2, timing: 12 });
  });
});
