// Blocking sites per cell (counts, totals, trial shares, readable lines) and their section in the CLI table.
import { describe, expect, it } from "vitest";
import { describeSite, summarizeBlocking } from "../src/results/blocking.js";
import { analyzeScenarios, summarizeCell } from "../src/results/summarize.js";
import { renderResultsTable } from "../src/report/cli-table.js";
import { RESULTS_SCHEMA, type CellResult, type ResultsFile, type Stall, type StallSite, type TrialResult } from "../src/results/types.js";

const read: StallSite = {
  file: "bench/read-config.mjs",
  line: 14,
  function: "loadConfig",
  api: "readFileSync",
  source: 'const text = readFileSync("config.json");',
  stack: ["loadConfig (bench/read-config.mjs:14)", "run (bench/read-config.mjs:20)"],
  via: "sync-api",
};
const parse: StallSite = { file: "bench/read-config.mjs", line: 15, function: "loadConfig", via: "profiler" };

function stall(durationMs: number, site?: StallSite, extra: Partial<Stall> = {}): Stall {
  return { loop: "main", startMs: 10, durationMs, ...(site && { site }), ...extra };
}

function trial(index: number, stalls: Stall[], status: TrialResult["status"] = "ok", cpuUserMs = 100): TrialResult {
  return {
    index,
    order: index,
    status,
    ops: 1000,
    errors: 0,
    wallMs: 1000,
    throughput: 1000,
    latencyMs: { p50: 1, p90: 2, p99: 3, max: 4, mean: 1 },
    loopDelayMs: { p50: 1, p99: 2, max: 90 },
    loops: [{ loop: "main", delayMs: { p50: 1, p99: 2, max: 90 }, utilization: 0.5 }],
    cpu: { userMs: cpuUserMs, systemMs: 0, perOpUs: cpuUserMs },
    memory: { baselineRssMb: 40, peakRssMb: 45, perInFlightKb: 12 },
    startupMs: 20,
    poolSize: 1,
    inFlightPerWorker: [1],
    ...(stalls.length > 0 && { stalls }),
  };
}

function cell(trials: TrialResult[], model: CellResult["model"] = "async"): CellResult {
  return { id: `read-config/${model}/1`, scenario: "read-config", runtime: "node", kind: "io", model, concurrency: 1, poolSize: 1, inFlightPerWorker: [1], trials };
}

describe("summarizeBlocking", () => {
  it("groups stalls by line across trials with count, total, max and the share of trials", () => {
    const c = cell([
      trial(0, [stall(80, read), stall(87, { ...read, stack: undefined, source: undefined } as StallSite), stall(30, parse)]),
      trial(1, [stall(85, { ...read, stack: undefined, source: undefined } as StallSite)]),
      trial(2, []),
      trial(3, [stall(500, read)], "timeout"),
    ]);
    const sites = summarizeBlocking(c);
    expect(sites.map((s) => s.key)).toEqual(["bench/read-config.mjs:14", "bench/read-config.mjs:15"]);
    const [first, second] = sites;
    // The timed-out trial does not count: 3 completed trials.
    expect(first).toMatchObject({ count: 3, totalMs: 252, maxMs: 87, trials: 2, loops: ["main"] });
    expect(first!.share).toBeCloseTo(2 / 3, 10);
    // The stack and source line come from the occurrence that had them.
    expect(first!.site?.stack).toEqual(read.stack);
    expect(first!.text).toBe("blocked the loop 87 ms (x3 in 2 trials) at bench/read-config.mjs:14 readFileSync");
    expect(second!.text).toBe("blocked the loop 30 ms (x1 in 1 trial) at bench/read-config.mjs:15 in loadConfig");
  });

  it("keeps GC, starvation, the machine's stalls and unattributed ones apart from the code's", () => {
    const c = cell([
      trial(0, [
        stall(40, read),
        stall(60, read, { gc: true }),
        stall(300, parse, { starvation: true }),
        stall(45, parse, { descheduled: true }),
        stall(25, undefined, { descheduled: true }),
        stall(22),
      ]),
    ]);
    const byKey = Object.fromEntries(summarizeBlocking(c).map((s) => [s.key, s]));
    expect(Object.keys(byKey).sort()).toEqual(["bench/read-config.mjs:14", "descheduled", "gc bench/read-config.mjs:14", "starved bench/read-config.mjs:15", "unattributed"]);
    expect(byKey["gc bench/read-config.mjs:14"]!.text).toBe("garbage collection blocked the loop 60 ms (x1 in 1 trial) at bench/read-config.mjs:14 readFileSync");
    expect(byKey["starved bench/read-config.mjs:15"]!.text).toBe("kept the loop from its timers and I/O 300 ms (x1 in 1 trial) at bench/read-config.mjs:15 in loadConfig");
    // Machine-made stalls point at no line, whatever code they interrupted.
    expect(byKey.descheduled).toMatchObject({ count: 2, totalMs: 70, descheduled: true });
    expect(byKey.descheduled!.site).toBeUndefined();
    expect(byKey.descheduled!.text).toBe("the machine held the loop up 45 ms (x2 in 1 trial) while its thread waited for a CPU");
    expect(byKey.unattributed!.text).toBe("blocked the loop 22 ms (x1 in 1 trial) with no frame in the repository to blame");
    // Most total time first.
    expect(summarizeBlocking(c)[0]!.key).toBe("starved bench/read-config.mjs:15");
  });

  it("names a turn of many callbacks by its site, the callbacks and the share of the longest turn", () => {
    const hash: StallSite = { file: "bench/fnv_hash.py", line: 18, function: "run", via: "frame-sample", stack: ["run (bench/fnv_hash.py:18)"] };
    const c = cell([
      trial(0, [stall(24, { ...hash, share: 0.8, callbacks: 2 }, { starvation: true }), stall(28, { ...hash, share: 0.94, callbacks: 2 }, { starvation: true })]),
      trial(1, [stall(26, { file: hash.file, line: 18, via: "frame-sample", share: 1, callbacks: 3 }, { starvation: true })]),
    ]);
    const [site] = summarizeBlocking(c);
    expect(site!.key).toBe("starved bench/fnv_hash.py:18");
    expect(site!.site).toMatchObject({ share: 0.94, callbacks: 2, stack: hash.stack });
    expect(site!.text).toBe("kept the loop from its timers and I/O 28 ms (x3 in 2 trials) at bench/fnv_hash.py:18 in run, 2 callbacks, 94% of the turn");
    // Node's profile gives the share, not the callbacks.
    expect(describeSite({ count: 1, trials: 1, maxMs: 80, starvation: true, site: { file: "bench/sha256.mjs", line: 9, function: "run", via: "profiler", share: 0.915 } })).toBe(
      "kept the loop from its timers and I/O 80 ms (x1 in 1 trial) at bench/sha256.mjs:9 in run, 92% of the turn",
    );
  });

  it("labels waits for the GIL, and names the module an unattributed stall spent its time in", () => {
    const c = cell([
      trial(0, [
        stall(52, undefined, { gilWait: true, gilWaitMs: 50 }),
        stall(96, undefined, { gilWait: true, starvation: true }),
        stall(31, undefined, { starvation: true, elsewhere: "asyncio.base_events" }),
        stall(22, undefined, { elsewhere: "json.decoder" }),
        stall(12, undefined, { starvation: true, unsampled: true }),
      ]),
    ]);
    const byKey = Object.fromEntries(summarizeBlocking(c).map((s) => [s.key, s]));
    expect(Object.keys(byKey).sort()).toEqual(["gil", "starved unattributed in asyncio.base_events", "starved unattributed unsampled", "unattributed in json.decoder"]);
    expect(byKey["starved unattributed unsampled"]!.text).toBe(
      "kept the loop from its timers and I/O 12 ms (x1 in 1 trial) with no sample to name its code (a threshold this short leaves the watchdog no time)",
    );
    expect(byKey.gil).toMatchObject({ count: 2, gilWait: true });
    expect(byKey.gil!.text).toBe("another thread held the loop up 96 ms (x2 in 1 trial) while its thread waited for the GIL");
    expect(byKey["starved unattributed in asyncio.base_events"]!.text).toBe(
      "kept the loop from its timers and I/O 31 ms (x1 in 1 trial) with no frame in the repository to blame (most of it in asyncio.base_events)",
    );
    expect(byKey["unattributed in json.decoder"]!.elsewhere).toBe("json.decoder");
  });

  it("has nothing to say about a cell without stalls", () => {
    expect(summarizeBlocking(cell([trial(0, []), trial(1, [])]))).toEqual([]);
  });

  it("rounds the longest stall in the readable line", () => {
    expect(describeSite({ count: 12, trials: 10, maxMs: 86.6, site: read })).toBe("blocked the loop 87 ms (x12 in 10 trials) at bench/read-config.mjs:14 readFileSync");
  });
});

describe("blocking in the CLI table and the io/cpu warning", () => {
  function results(): ResultsFile {
    const c = cell([trial(0, [stall(87, read), stall(80, read)], "ok", 800), trial(1, [stall(85, read)], "ok", 800)]);
    c.summary = summarizeCell(c)!;
    c.blocking = summarizeBlocking(c);
    return {
      schema: RESULTS_SCHEMA,
      tool: { name: "concurrency-guard", version: "0" },
      createdAt: "2026-01-01T00:00:00.000Z",
      env: { os: "linux", arch: "x64", cpus: 2, cpuModel: "test", memoryMb: 1024, node: "20", fingerprint: "f" },
      config: { scenarios: [{ name: "read-config", blockMs: 20 }] },
      cells: [c],
      scenarios: analyzeScenarios([c]),
    };
  }

  it("an io scenario that burns a core is warned about, with the site that blocked it most", () => {
    const analysis = results().scenarios![0]!;
    expect(analysis.measuredKind).toBe("cpu");
    expect(analysis.kindWarning).toBe(
      "declared io but measured CPU-bound: operations spend 80% of their time on a CPU (read-config/async/1); the loop was blocked most at bench/read-config.mjs:14 (readFileSync)",
    );
  });

  it("the table lists each cell's sites with the source line and what to write instead", () => {
    const lines = renderResultsTable(results()).split("\n");
    const at = lines.indexOf("  blocking (loops stalled 20ms or more):");
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toBe("    async/1  blocked the loop 87 ms (x3 in 2 trials) at bench/read-config.mjs:14 readFileSync");
    expect(lines[at + 2]).toBe('               > const text = readFileSync("config.json");');
    expect(lines[at + 3]).toBe("               advice: `readFileSync`: `await fs.promises.readFile(...)` (`node:fs/promises`) (https://nodejs.org/api/fs.html#promises-api)");
  });
});
