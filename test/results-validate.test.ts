// Covers src/results/validate-results.ts and read-results.ts: every results file read from outside is held to the schema and its limits.
import { mkdtemp, rm, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { registerCompare } from "../src/cli/compare-command.js";
import { readResultsFile } from "../src/results/read-results.js";
import { MAX_RESULTS_BYTES, parseResults, resultsProblems } from "../src/results/validate-results.js";
import type { ResultsFile } from "../src/results/types.js";
import { around, cell, fixtureResults, results, seeded } from "./support/results-fixture.js";
import { runCommand } from "./support/run-command.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "cg-validate-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const good = (): ResultsFile => results([cell({ scenario: "cpu-hash", model: "threads", concurrency: 2, throughput: 2000, p99: 8 }, seeded(1))]);
const HOSTILE_KIND = "<img src=x onerror=alert(1)> @someone [click](https://evil.example)\n## heading";

describe("a results file from outside", () => {
  it("is refused by compare with exit 2, naming the file, the JSON pointer and what was expected", async () => {
    const bad = good() as unknown as { cells: Record<string, unknown>[] };
    bad.cells[0]!.kind = HOSTILE_KIND;
    bad.cells[0]!.model = "fibers";
    await writeFile(join(dir, "cur.json"), JSON.stringify(bad));
    await writeFile(join(dir, "base.json"), JSON.stringify(good()));
    const r = await runCommand(registerCompare, ["compare", "--baseline", "base.json", "--current", "cur.json", "--markdown", "out.md"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("cur.json: not a valid results file");
    expect(r.stderr).toContain('/cells/0/kind: expected one of "io", "cpu"');
    expect(r.stderr).toContain('/cells/0/model: expected one of "async", "threads", "processes"');
  });

  it("is refused as a baseline too (a store's file is checked like --current)", async () => {
    const bad = good() as unknown as { cells: { trials: { throughput: number }[] }[] };
    bad.cells[0]!.trials[0]!.throughput = -5;
    await writeFile(join(dir, "base.json"), JSON.stringify(bad));
    await writeFile(join(dir, "cur.json"), JSON.stringify(good()));
    const r = await runCommand(registerCompare, ["compare", "--baseline", "file:base.json", "--current", "cur.json"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("/cells/0/trials/0/throughput: expected a number >= 0");
  });

  it("refuses a file over the byte limit before reading it", async () => {
    const path = join(dir, "huge.json");
    await writeFile(path, "{");
    await truncate(path, MAX_RESULTS_BYTES + 1);
    await expect(readResultsFile(path, "huge.json")).rejects.toThrow(`huge.json: ${MAX_RESULTS_BYTES + 1} bytes, over the ${MAX_RESULTS_BYTES} byte (64 MiB) limit`);
  });

  it("refuses more cells, trials or characters than the limits, and numbers JSON cannot hold", () => {
    const text = JSON.stringify(good());
    const base = () => JSON.parse(text) as ResultsFile & { cells: { trials: unknown[]; error?: string }[] };
    const manyCells = base();
    manyCells.cells = Array.from({ length: 5001 }, () => manyCells.cells[0]!);
    expect(resultsProblems(manyCells)).toContainEqual({ pointer: "/cells", message: "expected at most 5000 items" });
    const manyTrials = base();
    manyTrials.cells[0]!.trials = Array.from({ length: 1001 }, () => manyTrials.cells[0]!.trials[0]!);
    expect(resultsProblems(manyTrials)).toContainEqual({ pointer: "/cells/0/trials", message: "expected at most 1000 items" });
    const longError = base();
    longError.cells[0]!.error = "x".repeat(20_001);
    expect(resultsProblems(longError)).toContainEqual({ pointer: "/cells/0/error", message: "expected at most 20000 characters" });
    const infinite = text.replace(/"throughput":[0-9.e+-]+/, '"throughput":1e999');
    expect(() => parseResults(infinite, "inf.json")).toThrow("/cells/0/trials/0/throughput: expected number");
    const shortSha = base();
    shortSha.git = { sha: "<b>" };
    expect(resultsProblems(shortSha)).toContainEqual({ pointer: "/git/sha", message: 'expected a string matching ^[0-9a-f]{7,64}$' });
  });

  it("names the first five problems and counts the rest", () => {
    const bad = good() as unknown as { cells: Record<string, unknown>[] };
    bad.cells = Array.from({ length: 7 }, () => ({ ...bad.cells[0]!, runtime: "ruby" }));
    expect(() => parseResults(JSON.stringify(bad), "seven.json")).toThrow(/seven\.json: not a valid results file[^]*\/cells\/4\/runtime[^]*and 2 more$/);
  });

  it("accepts what the tool writes: errors, blocking, costs, pairing, analysis", () => {
    const stall = { loop: "main", startMs: 1, durationMs: 80, cpuMs: 70, waitingMs: 5, site: { file: "a.mjs", line: 3, function: "f", api: "readFileSync", stack: ["f (a.mjs:3)"], via: "sync-api" as const } };
    const file = fixtureResults([{ scenario: "read-config", model: "async", concurrency: 1, throughput: around(1000, 5), stalls: () => [stall] }], { sha: "f".repeat(40) });
    const c = file.cells[0]!;
    c.trials[0]!.errors = 3;
    c.trials[0]!.errorKinds = [{ kind: "boom #", message: "Error: boom 1", count: 3, stack: ["f (a.mjs:3)"], site: { file: "a.mjs", line: 3, source: "throw e" } }];
    c.trials[0]!.runtimeInfo = { python: "3.12.1", gil: true, cores: 2 };
    c.errors = [{ kind: "boom #", message: "Error: boom 1", count: 3, trials: 1, share: 0.2, levels: [1] }];
    c.blocking = [{ key: "a.mjs:3", count: 5, totalMs: 400, maxMs: 80, trials: 5, share: 1, loops: ["main"], text: "blocked the loop 80 ms (x5 in 5 trials) at a.mjs:3 readFileSync", site: stall.site }];
    file.pairing = { id: "run-1", arm: "current" };
    file.scenarios = [{ scenario: "read-config", declaredKind: "io", measuredKind: "cpu", cpuShare: 0.9, kindWarning: "declared io, measured CPU-bound", best: [{ concurrency: 1, model: "async", throughput: 1000 }] }];
    file.costs = [
      { scenario: "read-config", runtime: "node", metric: "instructions", status: "ok", tool: { name: "cachegrind", version: "valgrind-3.19.0" }, runtimeInfo: { version: "v20.0.0", flags: ["--predictable"], env: {} }, counts: [{ ops: 100, instructions: [1e6, 1e6] }, { ops: 200, instructions: [2e6, 2e6] }], perOp: 1e4, spread: 0, nativeOpMs: 0.1, nativeOpCpuMs: 0.1, countMs: 900 },
      { scenario: "read-config", runtime: "python", metric: "instructions", status: "failed", reason: "valgrind crashed", output: "==1== tail" },
    ];
    expect(resultsProblems(JSON.parse(JSON.stringify(file)))).toEqual([]);
  });
});
