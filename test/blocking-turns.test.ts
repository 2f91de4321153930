// Turns of many short callbacks, each under the threshold and together over it, on real Node and Python trials: one stall per turn, at the spin's line, with its share.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { matchTruth, readTruth, type Matched } from "../fixtures/node-blocking/check-truth.mjs";
import { measure } from "../src/pipeline/measure.js";
import type { ResultsFile } from "../src/results/types.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const WARMUP_MS = 300;
const BLOCK_MS = 20;
/** Six chains of 10 ms callbacks in one turn. */
const NOMINAL_MS = 60;

const RUNTIMES = {
  node: { folder: "../fixtures/node-blocking", file: "bench/short-callbacks.mjs", marker: "// stall: turn", only: ["short-callbacks/async/6", "short-callbacks/threads/12"] },
  python: { folder: "../fixtures/python-blocking", file: "bench/short_callbacks.py", marker: "# stall: turn", only: ["short-callbacks/async/6"] },
} as const;
type Runtime = keyof typeof RUNTIMES;

const work = mkdtempSync(path.join(tmpdir(), "cg-turns-test-"));
const runs = {} as Record<Runtime, { results: ResultsFile; matched: Matched[]; line: number }>;

beforeAll(async () => {
  for (const runtime of Object.keys(RUNTIMES) as Runtime[]) {
    const r = RUNTIMES[runtime];
    const folder = path.join(here, r.folder);
    const line = readFileSync(path.join(folder, r.file), "utf8").split("\n").findIndex((l) => l.includes(r.marker)) + 1;
    // Measured again (at most twice more) when the machine stretched every turn, or left the summed-up
    // turns unnamed (a loaded runner's profile cut short): such a run says more of the runner than of
    // the code. The blocking bench holds the rates on a quiet machine.
    for (let attempt = 0; attempt < 3; attempt++) {
      const truth = mkdtempSync(path.join(work, `truth-${runtime}-`));
      process.env.CG_BLOCKING_TRUTH = truth;
      try {
        const { results } = await measure({
          config: path.join(folder, "concurrency-guard.yml"),
          out: path.join(work, `${runtime}-${attempt}.json`),
          only: [...r.only],
          trials: 1,
          durationMs: 1000,
          cost: "off",
        });
        runs[runtime] = { results, matched: matchTruth(readTruth(truth, WARMUP_MS), results), line };
      } finally {
        delete process.env.CG_BLOCKING_TRUTH;
      }
      if (judgedTurns(runs[runtime].matched).length > 0 && summarySite(runtime) !== undefined) break;
    }
  }
}, 300_000);

/** The async cell's summed-up site at the spin's line, when the run's samples named it. */
function summarySite(runtime: Runtime) {
  const { results, line } = runs[runtime];
  const cell = results.cells.find((c) => c.id.endsWith("/async/6"));
  return cell?.blocking?.find((b) => b.key === `starved ${RUNTIMES[runtime].file}:${line}`);
}

/** The turns long enough to judge, and not stretched by the machine (its thread waiting for a CPU: labelled so, or half again as long as six 10 ms callbacks). */
function judgedTurns(matched: Matched[]): Matched[] {
  return matched.filter((m) => m.trueMs >= 2 * BLOCK_MS && !m.stall?.descheduled && m.trueMs <= NOMINAL_MS * 1.5);
}

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.each(Object.keys(RUNTIMES) as Runtime[])("%s: a turn of six 10 ms callbacks", (runtime) => {
  it("is one stall, timed, at the spin's line, with its share of the turn", () => {
    const { matched, line } = runs[runtime];
    const turns = matched.filter((m) => m.trueMs >= 2 * BLOCK_MS);
    // Every 100 ms for a 1 s window, on each loop.
    expect(turns.length).toBeGreaterThanOrEqual(4);
    // A turn the machine stretched is the machine's, not the code's.
    const judged = judgedTurns(matched);
    expect(judged.length).toBeGreaterThanOrEqual(1);
    // Found: half the turns at least, not every one. On a loaded 2-core runner a turn can slip
    // between the watchdog's looks, and a profile cut short can leave one unnamed; the benchmark
    // holds the goals on a quiet machine (every turn found, at its line).
    const found = judged.filter((m) => m.stall);
    expect(found.length, judged.filter((m) => !m.stall).map((m) => `missed a turn of ${m.trueMs.toFixed(1)} ms`).join("; ")).toBeGreaterThanOrEqual(Math.ceil(0.5 * judged.length));
    // Named: never another place, and most of the found turns at the spin.
    const named = found.filter((m) => m.stall!.site);
    expect(named.length, found.filter((m) => !m.stall!.site).map((m) => `unnamed, most in ${m.stall!.elsewhere}`).join("; ")).toBeGreaterThanOrEqual(Math.ceil(0.5 * found.length));
    for (const m of found) {
      if (m.stall!.site) expect(m.stall!.site).toMatchObject({ file: RUNTIMES[runtime].file, function: "run" });
      // Generous bounds: the benchmark holds the 10% goal on a quiet machine; here the turn only has to be this one.
      expect(Math.abs(m.stall!.durationMs - m.trueMs), `${m.stall!.durationMs} ms for a ${m.trueMs} ms turn`).toBeLessThanOrEqual(Math.max(0.4 * m.trueMs, 15));
      // The share is the site's part of the turn's samples; the benchmark reports its median (over 90%). One trial on a busy machine gives some turns far less.
      if (m.stall!.starvation && m.stall!.site) expect(m.stall!.site.share).toBeGreaterThanOrEqual(0.25);
    }
    // The exact line: every frame sample names it. Node takes none before a loop's debugger is
    // enabled (at its first stall), and the profile alone may credit an inlined builtin's ticks to
    // another line of `run`; with one trial on a loaded runner that can be most turns (seen: 6 of
    // 17 exact on Node 24), so the test asks for the line at least once and the benchmark holds the rate.
    const exact = named.filter((m) => m.stall!.site!.line === line);
    expect(exact.length, named.map((m) => `${m.stall!.site!.line} via ${m.stall!.site!.via}`).join("; ")).toBeGreaterThanOrEqual(1);
    expect(named.filter((m) => m.stall!.site!.via === "frame-sample").every((m) => m.stall!.site!.line === line)).toBe(true);
  });

  it("is summed up with the site, the callbacks the samples fell in (Python) and the turn's share", () => {
    const { results, line } = runs[runtime];
    const cell = results.cells.find((c) => c.id.endsWith("/async/6"))!;
    const site = summarySite(runtime);
    expect(site, JSON.stringify(cell.blocking?.map((b) => b.text))).toBeDefined();
    const callbacks = runtime === "python" ? String.raw`, \d+ callbacks` : "";
    expect(site!.text).toMatch(new RegExp(String.raw`^kept the loop from its timers and I/O \d+ ms \(x\d+ in 1 trial\) at ${RUNTIMES[runtime].file}:${line} in run${callbacks}, \d+% of the turn$`));
    if (runtime === "python") expect(site!.site!.callbacks).toBeGreaterThanOrEqual(2);
  });
});
