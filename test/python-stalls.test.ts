// Python loop stalls on a real python3: each blocking call found at its exact line, in every model that has a loop.
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Stall } from "../src/results/types.js";
import { python, spec, trial } from "./support/python-trial.js";

function sited(stalls: Stall[] | undefined): Stall[] {
  return (stalls ?? []).filter((s) => s.site && !s.starvation);
}

describe("a blocking call in a coroutine", () => {
  it("is reported at its line with the API, source and duration (async model)", async () => {
    const result = await trial(spec("stall_sleep.py", "async", 4));
    expect(result.status, result.message).toBe("ok");
    const stalls = sited(result.stalls);
    // One 40 ms stall per operation; a few may straddle the window's edges.
    expect(stalls.length).toBeGreaterThanOrEqual(Math.max(3, result.ops - 2));
    for (const stall of stalls) {
      expect(stall.loop).toBe("main");
      expect(stall.site).toEqual({
        file: "stall_sleep.py",
        line: 7,
        function: "run",
        api: "time.sleep",
        source: "time.sleep(0.04)",
        stack: ["run (stall_sleep.py:7)"],
        via: "frame-sample",
      });
      expect(stall.durationMs).toBeGreaterThanOrEqual(38);
      expect(stall.durationMs).toBeLessThan(400);
      expect(stall.startMs).toBeGreaterThanOrEqual(0);
      expect(stall.startMs).toBeLessThanOrEqual(result.wallMs);
    }
    // Four chains blocking one after another: the loop's timer ran late by several stalls at once.
    expect(result.loopDelayMs.max).toBeGreaterThan(60);
  });

  it("names the deepest repository frame of CPU work in a helper, with the caller in the stack", async () => {
    const result = await trial(spec("stall_busy.py", "async", 2, 1, { durationMs: 500 }));
    expect(result.status, result.message).toBe("ok");
    const stalls = sited(result.stalls);
    expect(stalls.length).toBeGreaterThanOrEqual(2);
    for (const stall of stalls) {
      expect(stall.site).toMatchObject({ file: "stall_busy.py", line: 11, function: "crunch", via: "frame-sample" });
      expect(stall.site?.stack?.slice(0, 2)).toEqual(["crunch (stall_busy.py:11)", "run (stall_busy.py:18)"]);
      expect(stall.durationMs).toBeGreaterThanOrEqual(48);
    }
    // Two of three operations do not block: far fewer stalls than operations.
    expect(stalls.length).toBeLessThan(result.ops);
  });

  it("names a C call that holds the GIL, sampled as it returns", async () => {
    // The sort takes about 18 ms here: a threshold well under that keeps it a stall on a faster machine.
    const result = await trial(spec("gil_held_call.py", "async", 1, 1, { durationMs: 500, blockMs: 5 }));
    expect(result.status, result.message).toBe("ok");
    // The watchdog can only sample once the sort lets go of the GIL; a sort that ends before the
    // watchdog asks leaves no sample, and the coroutine's next line is named instead (via callback).
    const sampled = sited(result.stalls).filter((s) => s.site?.via === "frame-sample");
    expect(sampled.length).toBeGreaterThanOrEqual(2);
    for (const stall of sampled) {
      expect(stall.site).toMatchObject({ file: "gil_held_call.py", line: 9, api: "sorted", source: "ordered = sorted(data)" });
    }
  });

  it("is found on each thread's loop in the threads model", async () => {
    const result = await trial(spec("stall_sleep.py", "threads", 2, 2));
    expect(result.status, result.message).toBe("ok");
    const stalls = sited(result.stalls);
    expect(new Set(stalls.map((s) => s.loop))).toEqual(new Set(["thread 0", "thread 1"]));
    expect(stalls.every((s) => s.site?.line === 7 && s.site.api === "time.sleep")).toBe(true);
  });

  it("is found on each child's loop in the processes model", async () => {
    const result = await trial(spec("stall_sleep.py", "processes", 2, 2));
    expect(result.status, result.message).toBe("ok");
    const stalls = sited(result.stalls);
    expect(new Set(stalls.map((s) => s.loop))).toEqual(new Set(["child 0", "child 1"]));
    expect(stalls.every((s) => s.site?.file === "stall_sleep.py" && s.site.line === 7)).toBe(true);
    expect(result.runtimeInfo?.stallDetection).toBe("on");
  });
});

describe("what else explains a stall", () => {
  it("labels a stall spent in garbage collection, still at the line that set it off", async () => {
    // A full collection of this heap takes about 20 ms here; a threshold well under that keeps
    // every one a stall on a faster machine too.
    const result = await trial(spec("gc_pause.py", "async", 2, 1, { blockMs: 5 }));
    expect(result.status, result.message).toBe("ok");
    const stalls = sited(result.stalls);
    const collected = stalls.filter((s) => s.site?.line === 17);
    expect(collected.length).toBeGreaterThanOrEqual(1);
    for (const stall of collected) {
      expect(stall.gc).toBe(true);
      expect(stall.gcMs).toBeGreaterThan(0.5 * stall.durationMs);
      expect(stall.site).toMatchObject({ file: "gc_pause.py", api: "gc.collect" });
    }
    // A collection the interpreter starts on its own lands wherever an allocation set it off: still gc.
    expect(stalls.filter((s) => s.gc).every((s) => s.gcMs! > 0.5 * s.durationMs)).toBe(true);
  });

  it("without attribution, still names the coroutine, at the line it suspended on next", async () => {
    const result = await trial(spec("stall_sleep.py", "async", 1, 1, { attributeBlocking: false }));
    expect(result.runtimeInfo?.stallDetection).toBe("detection only");
    const stalls = sited(result.stalls);
    expect(stalls.length).toBeGreaterThanOrEqual(3);
    for (const stall of stalls) {
      expect(stall.site).toEqual({ file: "stall_sleep.py", line: 8, function: "run", source: "await asyncio.sleep(0.001)", via: "callback" });
      expect(stall.durationMs).toBeGreaterThanOrEqual(38);
    }
  });
});

describe("no blocking, no site", () => {
  it("blames no line of the loop's code when the scenario's own threads hog the GIL", async () => {
    const result = await trial(spec("gil_hogs.py", "async", 2, 1, { durationMs: 400 }));
    expect(result.status, result.message).toBe("ok");
    expect(result.ops).toBeGreaterThan(0);
    // The loop does stall (its threads take the GIL), but at no line of run: the GIL is to blame.
    expect((result.stalls ?? []).length).toBeGreaterThan(0);
    expect(sited(result.stalls)).toEqual([]);
  });

  it("reports no stall in the scenario's code when every wait is awaited", async () => {
    const result = await trial(spec("wait.py", "async", 16));
    expect(result.status).toBe("ok");
    expect(sited(result.stalls)).toEqual([]);
  });

  it("reports nothing when detection is off, and says so", async () => {
    const result = await trial(spec("stall_sleep.py", "async", 2, 1, { detectBlocking: false }));
    expect(result.status).toBe("ok");
    expect(result.stalls).toBeUndefined();
    expect(result.runtimeInfo?.stallDetection).toBe("off");
    // The loop still shows how late its timer ran.
    expect(result.loopDelayMs.max).toBeGreaterThan(30);
  });
});

const canPin = process.platform === "linux" && spawnSync("taskset", ["-c", "0", "true"]).status === 0;

describe.skipIf(!canPin)("a machine that takes the CPU away", () => {
  it("labels stalls the run queue explains as descheduled, with no site, and keeps real blocking sited", async () => {
    // The trial and three busy processes share CPU 0: the loop's thread keeps waiting for a CPU.
    const dir = mkdtempSync(path.join(tmpdir(), "cg-pinned-"));
    const pinned = path.join(dir, "python");
    writeFileSync(pinned, `#!/bin/sh\nexec taskset -c 0 ${python} "$@"\n`);
    chmodSync(pinned, 0o755);
    const hogs = Array.from({ length: 3 }, () => spawn("taskset", ["-c", "0", python, "-c", "while True: pass"], { stdio: "ignore" }));
    try {
      const waiting = await trial(spec("wait.py", "async", 200, 1, { blockMs: 4, durationMs: 600 }), { interpreter: pinned });
      const blocking = await trial(spec("stall_sleep.py", "async", 2, 1, { blockMs: 4 }), { interpreter: pinned });
      expect(waiting.status, waiting.message).toBe("ok");
      const descheduled = (waiting.stalls ?? []).filter((s) => s.descheduled);
      expect(descheduled.length).toBeGreaterThanOrEqual(1);
      // Callbacks of a few microseconds: the stalls are the machine's, most of them taken in the
      // middle of a callback, where the watchdog (on the same CPU) never got to look.
      expect(descheduled.length).toBeGreaterThanOrEqual(0.5 * (waiting.stalls ?? []).length);
      for (const stall of descheduled) {
        expect(stall.site).toBeUndefined();
        expect(stall.waitingMs).toBeGreaterThan(0);
      }
      // A 40 ms sleep is 40 ms of the code's own time, however long the thread also waited for a CPU.
      const slept = (blocking.stalls ?? []).filter((s) => s.durationMs >= 38 && !s.starvation);
      expect(slept.length).toBeGreaterThanOrEqual(3);
      expect(slept.every((s) => !s.descheduled && s.site?.line === 7)).toBe(true);
    } finally {
      for (const hog of hogs) hog.kill("SIGKILL");
    }
  });
});
