// Advice from the run's own matrix: Mann-Whitney and Holm pinned to exact values, and no advice without significant evidence from both models.
import { describe, expect, it } from "vitest";
import type { Model } from "../src/config/types.js";
import { analyzeScenarios, summarizeCell } from "../src/results/summarize.js";
import type { ResultsFile, Stall } from "../src/results/types.js";
import { modelEvidence } from "../src/report/advice-evidence.js";
import { adviceText, runAdvice } from "../src/report/advice.js";
import { fixtureResults, type FixtureCell } from "./support/results-fixture.js";

const flat = [100, 101, 102, 103, 104];
const up = (by: number, values = flat) => values.map((v) => v + by);

/** Cells of one scenario, CPU-bound (CPU time fills 90% of each trial's wall time) unless `cpuMs` says otherwise. */
function run(cells: FixtureCell[], options: { runtime?: "node" | "python"; cpuMs?: number; config?: unknown } = {}): ResultsFile {
  const results = fixtureResults(cells, options.config === undefined ? {} : { config: options.config });
  for (const cell of results.cells) {
    cell.runtime = options.runtime ?? "python";
    for (const t of cell.trials) t.cpu = { ...t.cpu, userMs: options.cpuMs ?? 900, systemMs: 0 };
    cell.summary = summarizeCell(cell)!;
  }
  results.scenarios = analyzeScenarios(results.cells);
  return results;
}

const at = (scenario: string, model: Model, concurrency: number, throughput: number[], extra: Partial<FixtureCell> = {}): FixtureCell => ({
  scenario,
  model,
  concurrency,
  throughput,
  kind: "cpu",
  ...extra,
});

/** The bundled Python example's CPU scenario in numbers: threads flat from 1 to 2, processes nearly double. */
const fnvHash = (trials = flat): FixtureCell[] => [
  at("fnv-hash", "async", 1, trials),
  at("fnv-hash", "async", 2, trials),
  at("fnv-hash", "threads", 1, trials),
  at("fnv-hash", "threads", 2, up(1, trials)),
  at("fnv-hash", "processes", 1, trials),
  at("fnv-hash", "processes", 2, up(90, trials)),
];

describe("model evidence", () => {
  it("tests processes against the loop and against threads, Holm over both claims", () => {
    const results = run(fnvHash());
    const e = modelEvidence(results.cells, new Set(["fnv-hash"])).get("fnv-hash")!;
    // Five trials a side, fully separated: exact two-sided p = 2 / C(10, 5) = 2/252; Holm over two equal p doubles it.
    expect(e.offLoop).toMatchObject({ concurrency: 2, faster: "processes", slower: "async", trials: { faster: 5, slower: 5 }, significant: true });
    expect(e.offLoop!.ratio).toBeCloseTo(192 / 102, 12);
    expect(e.offLoop!.p).toBeCloseTo(2 / 252, 12);
    expect(e.offLoop!.pAdjusted).toBeCloseTo(4 / 252, 12);
    expect(e.gil!.contrast).toMatchObject({ faster: "processes", slower: "threads", concurrency: 2, significant: true });
    expect(e.gil!.contrast.ratio).toBeCloseTo(192 / 103, 12);
    expect(e.gil!.contrast.pAdjusted).toBeCloseTo(4 / 252, 12);
    expect(e.gil!.threads.gain).toBeCloseTo(103 / 102, 12);
    expect(e.gil!.processes.gain).toBeCloseTo(192 / 102, 12);
    expect(e.gil!.held).toBe(true);
  });

  it("words the two lessons with the run's own numbers", () => {
    const lines = runAdvice(run(fnvHash()))!.scenarios.get("fnv-hash")!.map(adviceText);
    expect(lines).toEqual([
      "`processes` ran this scenario 1.88x faster than `async` at concurrency 2 on this runner (medians of 5 trials each, Mann-Whitney p 0.0159 after Holm): " +
        "run its CPU work in a process pool, not on the event loop (https://docs.python.org/3/library/concurrent.futures.html#processpoolexecutor)",
      "`threads` gain only 1.01x from concurrency 1 to 2: the GIL runs one thread's Python at a time; `processes` gain 1.88x and ran 1.86x faster than `threads` at 2 " +
        "(medians of 5 trials each, Mann-Whitney p 0.0159 after Holm): use a process pool for CPU-bound Python (https://docs.python.org/3/library/concurrent.futures.html#processpoolexecutor)",
    ]);
  });

  it("gives no advice when the difference is not significant: three trials a side cannot reach 0.05", () => {
    const results = run(fnvHash([100, 101, 102]));
    const e = modelEvidence(results.cells, new Set(["fnv-hash"])).get("fnv-hash")!;
    // 2 / C(6, 3) = 0.1 before Holm.
    expect(e.offLoop!.p).toBeCloseTo(0.1, 12);
    expect(e.offLoop!.significant).toBe(false);
    expect(e.gil!.held).toBe(false);
    expect(runAdvice(results)!.scenarios.get("fnv-hash")).toBeUndefined();
  });

  it("gives no advice for a significant gain under 10%", () => {
    const results = run([at("s", "async", 2, flat), at("s", "processes", 2, up(5))]);
    const e = modelEvidence(results.cells, new Set(["s"])).get("s")!;
    expect(e.offLoop!.p).toBeCloseTo(2 / 252, 12);
    expect(e.offLoop!.ratio).toBeCloseTo(107 / 102, 12);
    expect(e.offLoop!.significant).toBe(false);
    expect(runAdvice(results)!.scenarios.get("s")).toBeUndefined();
  });

  it("claims nothing about a model that was not measured", () => {
    const loopOnly = run([at("s", "async", 1, flat), at("s", "async", 2, up(90))]);
    expect(modelEvidence(loopOnly.cells, new Set(["s"])).get("s")).toEqual({ scenario: "s", runtime: "python" });
    // Threads and the loop, no processes: the loop contrast only, and no word about the GIL.
    const noProcesses = run([at("s", "async", 2, flat), at("s", "threads", 1, flat), at("s", "threads", 2, up(90))]);
    const e = modelEvidence(noProcesses.cells, new Set(["s"])).get("s")!;
    expect(e.offLoop?.faster).toBe("threads");
    expect(e.gil).toBeUndefined();
    // A model at one level only, or with a single usable trial, is not measured there.
    const oneTrial = run([at("s", "async", 2, [100]), at("s", "processes", 2, up(90))]);
    expect(modelEvidence(oneTrial.cells, new Set(["s"])).get("s")!.offLoop).toBeUndefined();
  });

  it("makes no claim when the loop was fastest", () => {
    const results = run([at("s", "async", 2, up(90)), at("s", "processes", 2, flat)]);
    expect(modelEvidence(results.cells, new Set(["s"])).get("s")!.offLoop).toBeUndefined();
  });

  it("does not blame the GIL on a free-threaded build", () => {
    const results = run(fnvHash());
    for (const c of results.cells.filter((c) => c.model === "threads")) for (const t of c.trials) t.runtimeInfo = { gil: false };
    const e = modelEvidence(results.cells, new Set(["fnv-hash"])).get("fnv-hash")!;
    expect(e.gil).toBeUndefined();
    // Alone in the family, the loop contrast keeps its raw p.
    expect(e.offLoop!.pAdjusted).toBeCloseTo(2 / 252, 12);
  });

  it("holds every claim of the run to one Holm family", () => {
    const results = run([...fnvHash(), at("b", "async", 2, flat), at("b", "processes", 2, up(90))]);
    const e = modelEvidence(results.cells, new Set(["fnv-hash", "b"]));
    // Three claims, each at 2/252: Holm multiplies the smallest by 3 and keeps the others at least as large.
    for (const c of [e.get("fnv-hash")!.offLoop!, e.get("fnv-hash")!.gil!.contrast, e.get("b")!.offLoop!]) expect(c.pAdjusted).toBeCloseTo(6 / 252, 12);
    // A scenario not asked about is not tested and does not widen the family.
    expect(modelEvidence(results.cells, new Set(["b"])).get("b")!.offLoop!.pAdjusted).toBeCloseTo(2 / 252, 12);
  });
});

describe("CPU stalls and contradicted kinds", () => {
  const spin = (i: number): Stall[] => [{ loop: "main", startMs: 5, durationMs: 60 + i, site: { file: "bench/spin.mjs", line: 11, function: "run", source: "while (performance.now() - t < 60);", via: "profiler" } }];
  const node = (cells: FixtureCell[]) => run(cells, { runtime: "node" });
  const spinCells = (pools: number[]) => [
    at("spin", "async", 1, flat, { kind: "io", stalls: spin }),
    at("spin", "async", 2, flat, { kind: "io", stalls: spin }),
    at("spin", "processes", 2, pools, { kind: "io" }),
  ];

  it("quotes the matrix at a CPU stall, and names the stall as the likely cause of a contradicted kind", () => {
    const advice = runAdvice(node(spinCells(up(90))))!;
    expect(adviceText(advice.sites.get("bench/spin.mjs:11")!)).toBe(
      "CPU work on the loop: move it to a worker pool (`node:worker_threads`), or split it and yield with `await setImmediate()`; in this run `processes` ran this scenario 1.88x faster than `async` at concurrency 2 " +
        "(p 0.0079 after Holm) (https://nodejs.org/api/worker_threads.html)",
    );
    const lines = advice.scenarios.get("spin")!.map(adviceText);
    expect(lines[0]).toBe(
      "`bench/spin.mjs:11` is the likely reason this `io` scenario measured CPU-bound: it blocked the loop up to 64 ms in 5 trials, and operations spent 90% of their time on a CPU " +
        "(1.08ms of CPU per operation at spin/async/1); instead: CPU work on the loop: move it to a worker pool (`node:worker_threads`), or split it and yield with `await setImmediate()` " +
        "(https://nodejs.org/api/worker_threads.html)",
    );
    expect(lines[1]).toMatch(/^`processes` ran this scenario 1\.88x faster than `async` at concurrency 2 on this runner \(.+\): move its CPU work off the event loop, to a worker pool \(https:\/\/nodejs\.org\/api\/worker_threads\.html\)$/);
  });

  it("keeps the table's advice at a CPU stall but quotes nothing the matrix does not show", () => {
    const advice = runAdvice(node(spinCells(flat.map((v) => v + 0.5))))!;
    expect(adviceText(advice.sites.get("bench/spin.mjs:11")!)).toBe(
      "CPU work on the loop: move it to a worker pool (`node:worker_threads`), or split it and yield with `await setImmediate()` (https://nodejs.org/api/worker_threads.html)",
    );
    expect(advice.scenarios.get("spin")!.map(adviceText)).toHaveLength(1);
  });

  it("says a scenario declared cpu waits instead, and a CPU-bound one without a site has CPU work spread thin", () => {
    const waits = run([at("w", "async", 1, flat)], { cpuMs: 100 });
    expect(runAdvice(waits)!.scenarios.get("w")!.map(adviceText)).toEqual([
      "this `cpu` scenario measured I/O-bound: operations spent only 10% of their time on a CPU and waited the rest (I/O, sleeps, locks): declare `kind: io`, or find the wait",
    ]);
    const thin = run([at("t", "async", 1, flat, { kind: "io" })]);
    expect(adviceText(runAdvice(thin)!.scenarios.get("t")![0]!)).toMatch(/^this `io` scenario measured CPU-bound: operations spent 90% of their time on a CPU \(.+\), and no line blocked the loop past the threshold: the CPU work is spread over many short calls; profile an operation, or declare `kind: cpu`$/);
  });

  it("is off with advice: false in the run's config, or when the caller says so", () => {
    expect(runAdvice(run(fnvHash(), { config: { advice: false } }))).toBeUndefined();
    expect(runAdvice(run(fnvHash()), { enabled: false })).toBeUndefined();
    expect(runAdvice(run(fnvHash(), { config: { advice: true } }))).toBeDefined();
  });
});
