// Annotations at blocking sites: error or warning by gate, repository-relative paths, GitHub's per-level cap.
import { describe, expect, it } from "vitest";
import { compareResults } from "../src/compare/compare.js";
import { DEFAULT_COMPARE } from "../src/config/compare-settings.js";
import type { Stall } from "../src/results/types.js";
import { ANNOTATIONS_PER_LEVEL, buildAnnotations } from "../src/publish/annotations.js";
import { around, fixtureResults } from "./support/results-fixture.js";

/** What every annotation at a `readFileSync` site ends with: the advice table's row, after the finding. */
const READ_ADVICE = ". Instead: `readFileSync`: `await fs.promises.readFile(...)` (`node:fs/promises`) (https://nodejs.org/api/fs.html#promises-api)";

const at = (file: string, line: number, durationMs = 60): Stall => ({ loop: "main", startMs: 1, durationMs, site: { file, line, function: "load", api: "readFileSync", via: "sync-api" } });

describe("buildAnnotations", () => {
  const baseline = fixtureResults([{ scenario: "s", model: "async", concurrency: 8, throughput: around(1000, 6), stalls: () => [at("bench/old.mjs", 5)] }]);
  const current = fixtureResults([{ scenario: "s", model: "async", concurrency: 8, throughput: around(1000, 6), stalls: () => [at("bench/new.mjs", 14, 87), at("bench/old.mjs", 5)] }]);
  const comparison = compareResults(baseline, current, { settings: structuredClone(DEFAULT_COMPARE) });

  it("marks a new gated site as an error at its repository path and line, a known one as a warning", () => {
    const { annotations, dropped } = buildAnnotations({ current, baseline, comparison, configDir: "perf", failOn: ["regression", "blocking", "budget"] });
    expect(dropped).toBe(0);
    expect(annotations).toEqual([
      {
        level: "error",
        title: "concurrency-guard: new event-loop stall",
        message: "readFileSync in load: blocked the loop in 6 of 6 trials, up to 87 ms (s/async/8); 0 of 6 baseline trials" + READ_ADVICE,
        file: "perf/bench/new.mjs",
        startLine: 14,
      },
      {
        level: "warning",
        title: "concurrency-guard: event-loop stall (also in the baseline)",
        message: "readFileSync in load: blocked the loop 6x in 6 of 6 trials, up to 60 ms (s/async/8)" + READ_ADVICE,
        file: "perf/bench/old.mjs",
        startLine: 5,
      },
    ]);
  });

  it("puts one annotation on a line that stalled several cells", () => {
    const twoBase = fixtureResults([1, 8].map((concurrency) => ({ scenario: "s", model: "async" as const, concurrency, throughput: around(1000, 8) })));
    const twoCur = fixtureResults([1, 8].map((concurrency) => ({ scenario: "s", model: "async" as const, concurrency, throughput: around(1000, 8), stalls: () => [at("bench/new.mjs", 14, 87)] })));
    const c = compareResults(twoBase, twoCur, { settings: structuredClone(DEFAULT_COMPARE) });
    const { annotations } = buildAnnotations({ current: twoCur, comparison: c, configDir: "", failOn: ["blocking"] });
    expect(annotations).toEqual([
      {
        level: "error",
        title: "concurrency-guard: new event-loop stall",
        message: "readFileSync in load: blocked the loop in 16 of 16 trials, up to 87 ms (s/async/1, s/async/8); 0 of 16 baseline trials" + READ_ADVICE,
        file: "bench/new.mjs",
        startLine: 14,
      },
    ]);
  });

  it("makes a new site a warning when blocking is not in fail-on", () => {
    const { annotations } = buildAnnotations({ current, comparison, configDir: "", failOn: ["regression"] });
    expect(annotations.map((a) => a.level)).toEqual(["warning", "warning"]);
    expect(annotations[0]!.file).toBe("bench/new.mjs");
  });

  it("annotates every site of a run without a baseline, skips sites outside the repository, caps each level", () => {
    const many = fixtureResults([
      {
        scenario: "s",
        model: "async",
        concurrency: 1,
        throughput: [100, 100],
        stalls: () => [...Array.from({ length: 14 }, (_, i) => at("bench/x.mjs", i + 1)), at("../outside.mjs", 1), at("node:fs", 2)],
      },
    ]);
    const { annotations, dropped } = buildAnnotations({ current: many, configDir: "", failOn: ["blocking"] });
    expect(annotations).toHaveLength(ANNOTATIONS_PER_LEVEL);
    expect(dropped).toBe(4);
    expect(annotations.every((a) => a.file === "bench/x.mjs" && a.level === "warning")).toBe(true);
  });
});
