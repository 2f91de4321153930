// How a loop's observations become stalls: window clipping, starvation, GC and machine labels, and which evidence names the site.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { assembleStalls, schedulerWithin, type LoopObservations } from "../src/execute/node/blocking/assemble.js";
import { attributeStall, type Evidence } from "../src/execute/node/blocking/attribute.js";
import type { LoopProfile } from "../src/execute/node/blocking/cpu-profile.js";
import { frameResolver } from "../src/execute/node/blocking/frames.js";
import type { SyncCall } from "../src/execute/node/blocking/sync-hooks.js";
import type { FrameSample, RawFrame } from "../src/execute/node/blocking/watchdog.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, "../fixtures/node-blocking");
const runner = path.join(root, "runner/trial.js");
const url = (file: string) => pathToFileURL(path.join(root, file)).href;
const frame = (file: string, line: number, fn: string, column = 5): RawFrame => ({ url: file.startsWith("node:") ? file : url(file), line, column, fn });

const busy = "bench/busy-loops.mjs";
/** Lines of the fixture's busy loops, found by their marker comments. */
const marker = (name: string) => readFileSync(path.join(root, busy), "utf8").split("\n").findIndex((l) => l.includes(`// stall: ${name}`)) + 1;
const SPIN30 = marker("spin30");
const SPIN60 = marker("spin60");
const SPIN120 = marker("spin120");
const parse = "bench/json-parse.mjs";
const driver = { url: pathToFileURL(runner).href, line: 90, column: 3, fn: "chain" };

function evidence(extra: Partial<Evidence> = {}): Evidence {
  return { calls: [], resolver: frameResolver(root, [runner]), lateMs: 10, ...extra };
}

/** A profile whose samples every `intervalMs` from `from` to `to` all show `stack` (leaf first). */
function profile(parts: { from: number; to: number; stack: RawFrame[]; ticks?: { line: number; ticks: number }[] }[], intervalMs = 1): LoopProfile {
  const frames: RawFrame[] = [];
  const ticks = new Map<number, { line: number; ticks: number }[]>();
  const samples: { at: number; nodes: number[] }[] = [];
  for (const part of parts) {
    const ids = part.stack.map((f) => {
      frames.push(f);
      return frames.length - 1;
    });
    if (part.ticks) ticks.set(ids[0]!, part.ticks);
    for (let at = part.from; at <= part.to; at += intervalMs) samples.push({ at, nodes: ids });
  }
  samples.sort((a, b) => a.at - b.at);
  return { samples, frameOf: (id) => frames[id]!, lineTicks: (id) => ticks.get(id) ?? [] };
}

function sample(requestedAt: number, at: number, frames: RawFrame[]): FrameSample {
  return { requestedAt, at, resumedAt: at + 0.5, frames };
}

describe("attributeStall: the evidence, most exact first", () => {
  it("a slow sync call covering the stall names its caller's line and the API", () => {
    const call: SyncCall = { api: "readFileSync", from: 1005, to: 1060, frames: [frame("node:fs", 441, "readFileSync"), frame(busy, SPIN60, "run"), driver] };
    const site = attributeStall(1000, 1062, [], evidence({ calls: [call] }));
    expect(site).toMatchObject({ file: busy, line: SPIN60, api: "readFileSync", function: "run", via: "sync-api" });
    expect(site!.source).toBe("while (performance.now() - t < 60); // stall: spin60");
    expect(site!.stack).toEqual(["readFileSync (node:fs:441)", `run (bench/busy-loops.mjs:${SPIN60})`]);
  });

  it("a sync call covering less than half the stall does not explain it", () => {
    const call: SyncCall = { api: "readFileSync", from: 1000, to: 1020, frames: [frame(busy, SPIN60, "run")] };
    expect(attributeStall(1000, 1100, [], evidence({ calls: [call] }))).toBeUndefined();
  });

  it("two paused stacks that agree give the exact line, over the profile's idea of the function's hottest line", () => {
    const samples = [
      sample(1020, 1021, [frame("node:internal/perf/performance", 138, "now"), frame(busy, SPIN30, "run"), driver]),
      sample(1030, 1031, [frame(busy, SPIN30, "run"), driver]),
    ];
    const prof = profile([{ from: 1000, to: 1040, stack: [frame(busy, 1, "run"), driver], ticks: [{ line: SPIN120, ticks: 90 }] }]);
    expect(attributeStall(1000, 1040, samples, evidence({ profile: prof }))).toMatchObject({ file: busy, line: SPIN30, column: 5, function: "run", via: "frame-sample" });
  });

  it("a lone pause that came late and stopped in the culprit itself is not trusted: the profile's line is", () => {
    // JSON.parse cannot be interrupted; the pause lands on the next line once it returns.
    const late = [sample(1020, 1058, [frame(parse, 19, "run"), driver])];
    const prof = profile([{ from: 1000, to: 1060, stack: [frame(parse, 14, "run"), driver], ticks: [{ line: 18, ticks: 55 }, { line: 16, ticks: 2 }] }]);
    expect(attributeStall(1000, 1060, late, evidence({ profile: prof }))).toMatchObject({ file: parse, line: 18, function: "run", via: "profiler" });
    // The same pause, quick, would have been taken at its word.
    const quick = [sample(1020, 1021, [frame(parse, 19, "run"), driver])];
    expect(attributeStall(1000, 1060, quick, evidence({ profile: prof }))).toMatchObject({ line: 19, via: "frame-sample" });
  });

  it("when a pause and the profile disagree on the function, the profile (the whole stall) wins", () => {
    const samples = [sample(1020, 1021, [frame(parse, 19, "run"), driver])];
    const prof = profile([
      { from: 1000, to: 1010, stack: [frame(parse, 14, "run"), driver] },
      { from: 1011, to: 1060, stack: [frame(busy, 1, "run"), driver], ticks: [{ line: SPIN120, ticks: 50 }] },
    ]);
    expect(attributeStall(1000, 1060, samples, evidence({ profile: prof }))).toMatchObject({ file: busy, line: SPIN120, via: "profiler" });
  });

  it("takes the deepest repository frame, a dependency only when the repository has none, and never the runner", () => {
    const dependency = frame("node_modules/yaml/dist/parse.js", 120, "parse");
    const withRepo = [sample(1020, 1021, [dependency, frame(busy, SPIN60, "run"), driver])];
    expect(attributeStall(1000, 1040, withRepo, evidence())).toMatchObject({ file: busy, line: SPIN60 });
    const noRepo = [sample(1020, 1021, [frame("node:internal/x", 1, "x"), dependency, driver])];
    expect(attributeStall(1000, 1040, noRepo, evidence())).toMatchObject({ file: "node_modules/yaml/dist/parse.js", line: 120, function: "parse" });
    const runnerOnly = [sample(1020, 1021, [driver])];
    expect(attributeStall(1000, 1040, runnerOnly, evidence())).toBeUndefined();
  });

  it("ignores pauses asked for before the stall or landing after it", () => {
    const outside = [sample(990, 995, [frame(busy, SPIN30, "run")]), sample(1030, 1045, [frame(busy, SPIN60, "run")])];
    expect(attributeStall(1000, 1040, outside, evidence())).toBeUndefined();
  });
});

function observations(extra: Partial<LoopObservations>): LoopObservations {
  return { loop: "main", blockMs: 20, windowStart: 1000, windowEnd: 2000, callbackGaps: [], starvedGaps: [], samples: [], cpu: new Float64Array(0), gcPauses: [], profileIntervalMs: 2, ...extra };
}

/** Scheduler readings every 5 ms from `from` to `to`, running and waiting at the given rates per ms. */
function readings(from: number, to: number, running: (t: number) => number, waiting: (t: number) => number): Float64Array {
  const out: number[] = [];
  let run = 0;
  let wait = 0;
  for (let t = from; t <= to; t += 5) {
    out.push(t, run, wait);
    run += 5 * running(t);
    wait += 5 * waiting(t);
  }
  return Float64Array.from(out);
}

describe("a turn of many short callbacks (starvation): its site's share, or the module the time was in", () => {
  it("gives the site the share of the turn's profile samples in its function", () => {
    // 41 samples: 37 in `run` (six 6 ms callbacks), 4 in the timers' internals between them.
    const prof = profile([
      { from: 1000, to: 1036, stack: [frame(busy, 1, "run"), driver], ticks: [{ line: SPIN30, ticks: 36 }] },
      { from: 1036.5, to: 1039.5, stack: [frame("node:internal/timers", 512, "processTimers")] },
    ]);
    const { stalls } = assembleStalls(observations({ starvedGaps: [{ from: 1000, to: 1040 }], profile: prof, evidence: evidence({ profile: prof }) }));
    expect(stalls).toHaveLength(1);
    expect(stalls[0]).toMatchObject({ starvation: true, site: { file: busy, line: SPIN30, function: "run", via: "profiler", share: Math.round((37 / 41) * 1000) / 1000 } });
    expect(stalls[0]!.elsewhere).toBeUndefined();
  });

  it("names no site when more of the turn was outside the repository than at the site, and says where", () => {
    const prof = profile([
      { from: 1000, to: 1009, stack: [frame(busy, 1, "run"), driver], ticks: [{ line: SPIN30, ticks: 10 }] },
      { from: 1010, to: 1040, stack: [frame("node:internal/timers", 512, "processTimers")] },
    ]);
    const { stalls } = assembleStalls(observations({ starvedGaps: [{ from: 1000, to: 1040 }], profile: prof, evidence: evidence({ profile: prof }) }));
    expect(stalls[0]!.site).toBeUndefined();
    expect(stalls[0]!.elsewhere).toBe("node:internal/timers");
  });

  it("does not count stacks the sampler cut short (a native leaf with no caller), and names a native leaf by its caller's module", () => {
    const root0 = { url: "", line: 0, column: 0, fn: "(root)" };
    const cut = { url: "", line: 0, column: 0, fn: "now" };
    const prof = profile([
      // 10 samples in `run`, then 25 whose stack is only a native `now` under the root: they say nothing of where the time went.
      { from: 1000, to: 1009, stack: [frame(busy, 1, "run"), driver, root0], ticks: [{ line: SPIN30, ticks: 10 }] },
      { from: 1010, to: 1034, stack: [cut, root0] },
      // 3 in a native call that Node's timers made: the timers' module, not the native function's name.
      { from: 1035, to: 1037, stack: [cut, frame("node:internal/timers", 512, "processTimers"), root0] },
    ]);
    const { stalls } = assembleStalls(observations({ starvedGaps: [{ from: 1000, to: 1040 }], profile: prof, evidence: evidence({ profile: prof }) }));
    expect(stalls[0]!.elsewhere).toBeUndefined();
    expect(stalls[0]!.site).toMatchObject({ file: busy, function: "run", share: Math.round((10 / 13) * 1000) / 1000 });

    const outside = profile([
      { from: 1000, to: 1004, stack: [frame(busy, 1, "run"), driver, root0], ticks: [{ line: SPIN30, ticks: 5 }] },
      { from: 1005, to: 1034, stack: [cut, frame("node:internal/timers", 512, "processTimers"), root0] },
    ]);
    const other = assembleStalls(observations({ starvedGaps: [{ from: 1000, to: 1040 }], profile: outside, evidence: evidence({ profile: outside }) }));
    expect(other.stalls[0]!.site).toBeUndefined();
    expect(other.stalls[0]!.elsewhere).toBe("node:internal/timers");
  });

  it("leaves a long callback's site without a share", () => {
    const prof = profile([{ from: 1000, to: 1040, stack: [frame(busy, 1, "run"), driver], ticks: [{ line: SPIN30, ticks: 40 }] }]);
    const { stalls } = assembleStalls(observations({ callbackGaps: [{ from: 1000, to: 1040 }], profile: prof, evidence: evidence({ profile: prof }) }));
    expect(stalls[0]!.site).toMatchObject({ line: SPIN30 });
    expect(stalls[0]!.site!.share).toBeUndefined();
  });
});

describe("assembleStalls", () => {
  it("keeps the window's stalls, clipping one that began in warm-up at the window's start", () => {
    const { stalls } = assembleStalls(observations({ callbackGaps: [{ from: 900, to: 950 }, { from: 980, to: 1030 }, { from: 990, to: 1010 }, { from: 1500, to: 1525 }] }));
    expect(stalls.map((s) => [s.startMs, s.durationMs])).toEqual([
      [0, 30],
      [500, 25],
    ]);
    expect(stalls[1]).toMatchObject({ loop: "main", startEpochMs: 1500 });
  });

  it("reports starvation only where long callbacks do not explain it", () => {
    const { stalls } = assembleStalls(
      observations({
        callbackGaps: [{ from: 1100, to: 1160 }],
        starvedGaps: [
          { from: 1102, to: 1160 },
          { from: 1300, to: 1800 },
        ],
      }),
    );
    expect(stalls.map((s) => [s.startMs, s.durationMs, s.starvation ?? false])).toEqual([
      [100, 60, false],
      [300, 500, true],
    ]);
  });

  it("labels GC from the collector's pauses, and tells the machine's stalls from the code's", () => {
    const { stalls, waitingMs } = assembleStalls(
      observations({
        callbackGaps: [
          { from: 1100, to: 1140 },
          { from: 1200, to: 1240 },
          { from: 1300, to: 1340 },
        ],
        gcPauses: [{ from: 1105, to: 1130 }],
        // Until 1200 the thread runs whenever it is busy; from 1200 to 1250 it mostly waits for a CPU.
        cpu: readings(1000, 2000, () => 1, (t) => (t >= 1200 && t < 1250 ? 0.9 : 0)),
      }),
    );
    expect(stalls[0]).toMatchObject({ gc: true, gcMs: 25 });
    expect(stalls[0]!.descheduled).toBeUndefined();
    expect(stalls[1]).toMatchObject({ descheduled: true, waitingMs: 36 });
    expect(stalls[1]!.cpuMs).toBeCloseTo(40, 6);
    expect(stalls[2]!.descheduled).toBeUndefined();
    expect(waitingMs).toBeCloseTo(45, 6);
  });

  it("counts sleeping in a blocking call as the code's time, not the machine's", () => {
    const call: SyncCall = { api: "execSync", from: 1100, to: 1150, frames: [frame(busy, SPIN60, "run")] };
    const sleeping = readings(1000, 2000, (t) => (t >= 1100 && t < 1150 ? 0 : 1), () => 0);
    const { stalls } = assembleStalls(observations({ callbackGaps: [{ from: 1100, to: 1150 }], cpu: sleeping, evidence: evidence({ calls: [call] }) }));
    expect(stalls[0]).toMatchObject({ cpuMs: 0, site: { api: "execSync", line: SPIN60 } });
    expect(stalls[0]!.descheduled).toBeUndefined();
  });

  it("says how long its own pauses held a stall, and keeps the stack only on a site's first stall", () => {
    const samples = [sample(1120, 1121, [frame(busy, SPIN30, "run"), driver]), sample(1130, 1131, [frame(busy, SPIN30, "run"), driver]), sample(1320, 1321, [frame(busy, SPIN30, "run"), driver]), sample(1330, 1331, [frame(busy, SPIN30, "run"), driver])];
    const { stalls } = assembleStalls(observations({ callbackGaps: [{ from: 1100, to: 1140 }, { from: 1300, to: 1340 }], samples, evidence: evidence() }));
    expect(stalls[0]!.pausedMs).toBeCloseTo(1, 6);
    expect(stalls[0]!.site).toMatchObject({ line: SPIN30, source: "while (performance.now() - t < 30); // stall: spin30", stack: [`run (bench/busy-loops.mjs:${SPIN30})`] });
    expect(stalls[1]!.site).toEqual({ file: busy, line: SPIN30, column: 5, function: "run", via: "frame-sample" });
  });

  it("does not count a stall that only the detector enabling its debugger carried past the threshold", () => {
    // The thread runs throughout. The debugger was enabled from 1205 to 1240 (the loop's thread
    // describing its scripts): the gap 1200-1250 is 15 ms of the code's and 35 ms of the detector's.
    // The gap 1400-1450 overlaps no enabling: the code's, kept. The gap 1100-1150 ran 50 ms,
    // of which 15 ms overlap the enabling window [1135, 1150]: 35 ms of the code's, kept, and says so.
    const busyThread = readings(1000, 2000, () => 1, () => 0);
    const second = assembleStalls(observations({ callbackGaps: [{ from: 1200, to: 1250 }, { from: 1400, to: 1450 }], cpu: busyThread, enabling: { from: 1205, to: 1240 } }));
    expect(second.stalls.map((s) => s.startMs)).toEqual([400]);
    const first = assembleStalls(observations({ callbackGaps: [{ from: 1100, to: 1150 }], cpu: busyThread, enabling: { from: 1135, to: 1150 } }));
    expect(first.stalls).toHaveLength(1);
    expect(first.stalls[0]!.pausedMs).toBeCloseTo(15, 6);
    // An answer that never came: the enabling lasts to the stall's end. Without scheduler readings,
    // the stall's length less the detector's time is the code's.
    const unanswered = assembleStalls(observations({ callbackGaps: [{ from: 1200, to: 1250 }], enabling: { from: 1210, to: Infinity } }));
    expect(unanswered.stalls).toEqual([]);
  });

  it("interpolates the scheduler's readings and says nothing past them", () => {
    const series = Float64Array.from([0, 0, 0, 10, 10, 0, 20, 10, 10]);
    expect(schedulerWithin(series, 5, 15)).toEqual({ runningMs: 5, waitingMs: 5 });
    expect(schedulerWithin(series, 5, 25)).toBeUndefined();
  });
});
