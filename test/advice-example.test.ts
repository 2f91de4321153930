// The bundled Python example's three lessons as advice, on a real run of it (fixtures/python-basic, 5 trials, kept in test/fixtures/advice).
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { evaluateGate } from "../src/compare/gate.js";
import { buildAnnotations } from "../src/publish/annotations.js";
import { renderResultsTable } from "../src/report/cli-table.js";
import { renderMarkdownReport } from "../src/report/markdown-report.js";
import { readResultsFile } from "../src/results/read-results.js";
import type { ResultsFile } from "../src/results/types.js";

const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "fixtures/advice/python-basic-run.json");

let results: ResultsFile;
beforeAll(async () => {
  // The one reader of results files from outside: schema, limits, plausibility.
  results = await readResultsFile(file);
});

const POOL = "(https://docs.python.org/3/library/concurrent.futures.html#processpoolexecutor)";
const LESSONS = [
  // A blocking call in a coroutine.
  "advice: `time.sleep` in a coroutine: `await asyncio.sleep(...)` (https://docs.python.org/3/library/asyncio-task.html#asyncio.sleep)",
  // Processes for CPU work: 583/s against 277/s, every process trial above every loop trial.
  "advice: `processes` ran this scenario 2.10x faster than `async` at concurrency 2 on this runner (medians of 5 trials each, Mann-Whitney p 0.0159 after Holm): " +
    `run its CPU work in a process pool, not on the event loop ${POOL}`,
  // Threads held back by the GIL: 312/s at 1, 276/s at 2.
  "advice: `threads` gain only 0.88x from concurrency 1 to 2: the GIL runs one thread's Python at a time; `processes` gain 1.92x and ran 2.11x faster than `threads` at 2 " +
    `(medians of 5 trials each, Mann-Whitney p 0.0159 after Holm): use a process pool for CPU-bound Python ${POOL}`,
];

describe("the Python example's advice", () => {
  it("shows the three lessons in the terminal table, on the run's own numbers", () => {
    const table = renderResultsTable(results);
    for (const lesson of LESSONS) expect(table).toContain(lesson);
    expect(table.match(/advice: /g)).toHaveLength(3);
  });

  it("shows them in the job summary and on the annotation", () => {
    const md = renderMarkdownReport({ gate: evaluateGate(undefined, [], []), mode: "run", current: results, budgets: [], configDir: "fixtures/python-basic", commits: {}, store: "file:x", notes: [] });
    expect(md).toContain("- 💡 `time.sleep` in a coroutine: `await asyncio.sleep(...)`");
    expect(md).toContain("- 💡 `processes` ran this scenario 2\\.10x faster than `async` at concurrency 2 on this runner");
    expect(md).toContain("- 💡 `threads` gain only 0\\.88x from concurrency 1 to 2: the GIL runs one thread's Python at a time");
    const { annotations } = buildAnnotations({ current: results, configDir: "fixtures/python-basic", failOn: [] });
    expect(annotations).toHaveLength(1);
    expect(annotations[0]).toMatchObject({ file: "fixtures/python-basic/bench/sleep_in_coroutine.py", startLine: 16 });
    expect(annotations[0]!.message).toContain(". Instead: `time.sleep` in a coroutine: `await asyncio.sleep(...)`");
  });

  it("drops the evidence with too few trials: three of the five trials a side cannot show it", () => {
    const fewer = structuredClone(results);
    for (const c of fewer.cells) c.trials = c.trials.slice(0, 3);
    const table = renderResultsTable(fewer);
    expect(table).toContain(LESSONS[0]);
    expect(table).not.toContain("faster than");
  });
});
