// Results and a comparison whose every free-text field holds hostile text: markdown and HTML, a mention, links, an image, a heading, forged workflow commands and bidi controls.
import { compareResults } from "../../src/compare/compare.js";
import { DEFAULT_COMPARE } from "../../src/config/compare-settings.js";
import type { Comparison } from "../../src/compare/types.js";
import type { ResultsFile, Stall } from "../../src/results/types.js";
import { around, fixtureResults } from "./results-fixture.js";

/** What a pull request's code can write into an error message, a kind, a function name or an output tail. */
export const HOSTILE =
  "<img src=x onerror=alert(1)> @someone [click](https://evil.example) ![i](https://evil.example/i.png)\n## heading\r::error::forged\n  ::add-mask::x ##[warning]old form \u202egnp.exe\u202c \u200f\u200e\u061c\u2066x\u2069";

/** Bidi controls the report must never carry (in code spans neither: they reorder the display there too). */
export const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

const stall = (): Stall => ({ loop: HOSTILE, startMs: 1, durationMs: 80, site: { file: "bench/a.mjs", line: 3, function: HOSTILE, api: HOSTILE, source: HOSTILE, via: "sync-api" } });

/** A baseline and a current run of one scenario, both hostile wherever the code under test writes text; the current one regresses and throws. */
export function hostilePair(): { baseline: ResultsFile; current: ResultsFile; comparison: Comparison } {
  const cells = (scale: number, withStalls: boolean) =>
    (["async", "threads"] as const).map((model) => ({
      scenario: "evil",
      model,
      concurrency: 4,
      throughput: around(1000 * (model === "async" ? scale : 1), 8),
      ...(withStalls && { stalls: () => [stall()] }),
    }));
  const baseline = fixtureResults(cells(1, false), { sha: "b".repeat(40) });
  const current = fixtureResults([...cells(0.5, true), { scenario: "evil", model: "processes", concurrency: 4, throughput: [], error: HOSTILE }], { sha: "c".repeat(40) });
  for (const results of [baseline, current]) {
    results.env.cpuModel = HOSTILE;
    for (const c of results.cells) (c as { kind: string }).kind = HOSTILE;
  }
  for (const c of current.cells.slice(0, 2)) {
    for (const t of c.trials) {
      t.errors = 50;
      t.errorKinds = [{ kind: HOSTILE, message: `${HOSTILE} 1`, count: 50, site: { file: "bench/a.mjs", line: 9, function: HOSTILE, source: HOSTILE } }];
    }
    c.trials[0]!.status = "error";
    c.trials[0]!.message = HOSTILE;
    c.errors = [{ kind: HOSTILE, message: `${HOSTILE} 1`, count: 400, trials: 8, share: 1, levels: [4], site: { file: "bench/a.mjs", line: 9, function: HOSTILE, source: HOSTILE } }];
    c.blocking = [{ key: "bench/a.mjs:3", count: 8, totalMs: 640, maxMs: 80, trials: 8, share: 1, loops: [HOSTILE], text: HOSTILE, site: stall().site! }];
  }
  baseline.createdAt = "<img src=x onerror=alert(1)>";
  current.scenarios = [{ scenario: "evil", declaredKind: "io", measuredKind: "cpu", kindWarning: HOSTILE, best: [] }];
  current.costs = [{ scenario: "evil", runtime: "node", metric: "instructions", status: "failed", reason: HOSTILE, output: HOSTILE }];
  baseline.costs = [{ scenario: "evil", runtime: "node", metric: "instructions", status: "ok", perOp: 1000, spread: 0, counts: [{ ops: 1, instructions: [1] }] }];
  const comparison = compareResults(baseline, current, { settings: structuredClone(DEFAULT_COMPARE), baselineSource: HOSTILE, currentSource: HOSTILE });
  return { baseline, current, comparison };
}

/** The markdown GitHub would parse as prose: code spans and fenced blocks taken out. */
export function outsideCode(md: string): string {
  return md.replace(/```[\s\S]*?```/g, "").replace(/(`+)[\s\S]*?\1/g, "");
}

/** Lines of a log the Actions runner would read as a workflow command, or with a character that should not be there. */
export function forgedLines(log: string): string[] {
  return log.split("\n").filter((line) => /^\s*::/.test(line) || line.includes("##[") || line.includes("\r") || BIDI.test(line));
}
