// The blocking detector on real trials: injected stalls found at their lines with their durations, in every model.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Matched } from "../fixtures/node-blocking/check-truth.mjs";
import { measure } from "../src/pipeline/measure.js";
import type { CellResult, ResultsFile } from "../src/results/types.js";
import { measureAgainstTruth } from "./support/blocking-truth.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = path.join(here, "../fixtures/node-blocking");
const config = path.join(fixtures, "concurrency-guard.yml");
const WARMUP_MS = 300;
const BLOCK_MS = 20;

/** The 1-based line of `// stall: NAME` in a fixture, read the way the fixtures find it. */
function markerLine(file: string, name: string): number {
  return readFileSync(path.join(fixtures, file), "utf8").split("\n").findIndex((l) => l.includes(`// stall: ${name}`)) + 1;
}

let work: string;
let results: ResultsFile;
let chain: ResultsFile;
let matched: Matched[];

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), "cg-blocking-test-"));
  // Measured again (at most twice more) when a loaded runner left the worker threads' reads without
  // their summed-up site (seen once in CI: every read named at its line, the summary without it).
  for (let attempt = 0; attempt < 3; attempt++) {
    ({ results, matched } = await measureAgainstTruth(
      work,
      {
        config,
        out: path.join(work, `results-${attempt}.json`),
        only: ["busy-loops/async/1", "read-large-file/threads/2", "json-parse/processes/2", "sync-sleep/async/1"],
        trials: 1,
        durationMs: 1000,
        cost: "off",
      },
      WARMUP_MS,
    ));
    if (readSite(results)) break;
  }
  // The starvation case in a run of its own, measured again (at most twice more) when a loaded
  // runner left its one trial's window without the samples that name the line: the behaviour under
  // test is that the line is named from the samples, and the blocking bench holds the rate.
  for (let attempt = 0; attempt < 3; attempt++) {
    ({ results: chain } = await measure({ config, out: path.join(work, `chain-${attempt}.json`), only: ["microtask-chain/async/4"], trials: 1, durationMs: 1000, cost: "off" }));
    if (chainSite(chain)) break;
  }
}, 240_000);

/** The worker threads' reads summed up at their line, when the run named them. */
function readSite(r: ResultsFile) {
  const c = r.cells.find((x) => x.id === "read-large-file/threads/2");
  return c?.blocking?.find((b) => b.key === `bench/read-large-file.mjs:${markerLine("bench/read-large-file.mjs", "read")}`);
}

/** The starved stall's site of the microtask chain, when its samples named it. */
function chainSite(r: ResultsFile) {
  const c = r.cells.find((x) => x.id === "microtask-chain/async/4");
  return c?.blocking?.find((b) => b.key === `starved bench/microtask-chain.mjs:${markerLine("bench/microtask-chain.mjs", "starve")}`);
}

afterAll(() => rmSync(work, { recursive: true, force: true }));

function cell(id: string): CellResult {
  const found = results.cells.find((c) => c.id === id);
  if (!found) throw new Error(`no cell ${id}`);
  return found;
}

/** Injected stalls of a scenario long enough that the benchmark's bar (twice the threshold) applies. */
function required(scenario: string): Matched[] {
  return matched.filter((m) => m.scenario === scenario && m.trueMs >= 2 * BLOCK_MS);
}

describe("injected stalls are found where they were injected", () => {
  it("busy loops of 30, 60 and 120 ms on the async loop: each found, timed, at its own line", () => {
    const spins = matched.filter((m) => m.scenario === "busy-loops");
    expect(new Set(spins.map((m) => m.name))).toEqual(new Set(["spin30", "spin60", "spin120"]));
    for (const m of spins) {
      expect(m.stall, `${m.name} at ${m.from}`).toBeDefined();
      expect(m.stall!.loop).toBe("main");
      // Generous: the benchmark holds the 10% / 5 ms bar; a loaded test machine gets twice that.
      expect(Math.abs(m.stall!.durationMs - m.trueMs)).toBeLessThanOrEqual(Math.max(0.2 * m.trueMs, 10));
    }
    // Each spin has a function of its own: a paused stack gives the line, and so does the profile.
    const exact = spins.filter((m) => m.stall!.site?.file === "bench/busy-loops.mjs" && m.stall!.site.line === m.line && m.stall!.site.function === m.name);
    expect(exact.length / spins.length).toBeGreaterThanOrEqual(0.8);
    const lines = new Set(spins.map((m) => m.stall!.site?.line));
    for (const name of ["spin30", "spin60", "spin120"]) expect(lines).toContain(markerLine("bench/busy-loops.mjs", name));
  });

  it("readFileSync of a large file in worker threads: the sync-API hook names the call and its line", () => {
    const reads = required("read-large-file");
    expect(reads.length).toBeGreaterThan(0);
    const line = markerLine("bench/read-large-file.mjs", "read");
    for (const m of reads) {
      expect(m.stall, `read at ${m.from}`).toBeDefined();
      expect(m.stall!.loop).toMatch(/^worker [01]$/);
      expect(Math.abs(m.stall!.durationMs - m.trueMs)).toBeLessThanOrEqual(Math.max(0.2 * m.trueMs, 10));
      expect(m.stall!.site).toMatchObject({ file: "bench/read-large-file.mjs", line, api: "readFileSync", via: "sync-api", function: "run" });
    }
    const top = readSite(results)!;
    expect(top, JSON.stringify(cell("read-large-file/threads/2").blocking?.map((b) => b.text))).toBeDefined();
    expect(top.text).toMatch(new RegExp(`^blocked the loop \\d+ ms \\(x\\d+ in 1 trial\\) at bench/read-large-file\\.mjs:${line} readFileSync$`));
    expect(top.site?.source).toContain("readFileSync(state.file)");
  });

  it("JSON.parse of a large string in child processes: found from the CPU profile, at the parse line", () => {
    const parses = required("json-parse");
    expect(parses.length).toBeGreaterThan(0);
    const line = markerLine("bench/json-parse.mjs", "parse");
    for (const m of parses) {
      expect(m.stall, `parse at ${m.from}`).toBeDefined();
      expect(m.stall!.loop).toMatch(/^child [01]$/);
      expect(Math.abs(m.stall!.durationMs - m.trueMs)).toBeLessThanOrEqual(Math.max(0.2 * m.trueMs, 10));
    }
    const atLine = parses.filter((m) => m.stall!.site?.file === "bench/json-parse.mjs" && m.stall!.site.line === line);
    expect(atLine.length / parses.length).toBeGreaterThanOrEqual(0.7);
    expect(atLine.every((m) => m.stall!.site!.via === "profiler")).toBe(true);
  });

  it("a chain of microtasks that never yields starves the loop: one stall for the window, at the busy line", () => {
    const c = chain.cells.find((x) => x.id === "microtask-chain/async/4")!;
    const stalls = c.trials[0]!.stalls ?? [];
    const starved = stalls.filter((s) => s.starvation);
    expect(starved.length).toBeGreaterThan(0);
    // The chains run the whole window without a turn of the loop.
    const total = starved.reduce((sum, s) => sum + s.durationMs, 0);
    expect(total).toBeGreaterThan(0.8 * c.trials[0]!.wallMs);
    const site = chainSite(chain);
    expect(site).toMatchObject({ starvation: true, site: { function: "run" } });
    expect(site!.text).toMatch(/^kept the loop from its timers and I\/O \d+ ms \(x\d+ in 1 trial\) at bench\/microtask-chain\.mjs:\d+ in run, \d+% of the turn$/);
  });

  it("blocking calls that sleep (Atomics.wait, execFileSync) are the code's stalls, named by the hooks", () => {
    const stalls = cell("sync-sleep/async/1").trials.flatMap((t) => t.stalls ?? []);
    for (const [name, api] of [
      ["wait", "Atomics.wait"],
      ["exec", "execFileSync"],
    ] as const) {
      const here = stalls.filter((s) => s.site?.line === markerLine("bench/sync-sleep.mjs", name));
      expect(here.length, name).toBeGreaterThan(0);
      for (const s of here) {
        expect(s.site).toMatchObject({ file: "bench/sync-sleep.mjs", api, via: "sync-api" });
        // Asleep, not waiting for a CPU: the machine is not to blame.
        expect(s.descheduled).toBeUndefined();
        expect(s.durationMs).toBeGreaterThanOrEqual(48);
      }
    }
  });

  it("an io scenario that burns a core is flagged, naming the blocking site", () => {
    const analysis = results.scenarios!.find((s) => s.scenario === "read-large-file")!;
    if (analysis.measuredKind === "cpu") expect(analysis.kindWarning).toContain("bench/read-large-file.mjs");
    const starving = chain.scenarios!.find((s) => s.scenario === "microtask-chain")!;
    expect(starving.measuredKind).toBe("cpu");
    expect(starving.kindWarning).toMatch(/declared io but measured CPU-bound.*the loop was blocked most at bench\/microtask-chain\.mjs:\d+/);
  });
});
