// Python scenarios on a real python3 under each model: one asyncio loop, a thread pool (the GIL), a process pool.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { spec, trial } from "./support/python-trial.js";

describe("async: one asyncio loop runs N chains", () => {
  it("overlaps waits, so throughput follows concurrency, and reports the loop and the interpreter", async () => {
    const one = await trial(spec("wait.py", "async", 1));
    const many = await trial(spec("wait.py", "async", 16));
    expect(one.status, one.message).toBe("ok");
    expect(many.status, many.message).toBe("ok");
    expect(one.ops).toBeGreaterThan(15);
    // 16 concurrent 5 ms waits on one loop: many times the throughput of one.
    expect(many.throughput / one.throughput).toBeGreaterThan(4);
    expect(many.loops.map((l) => l.loop)).toEqual(["main"]);
    expect(many.latencyMs.p50).toBeGreaterThanOrEqual(5);
    expect(many.latencyMs.p99).toBeGreaterThanOrEqual(many.latencyMs.p50);
    expect(many.wallMs).toBeGreaterThanOrEqual(300);
    expect(many.wallMs).toBeLessThan(1500);
    expect(many.throughput).toBeCloseTo(many.ops / (many.wallMs / 1000), 6);
    expect(many.poolSize).toBe(1);
    expect(many.runtimeInfo).toMatchObject({ implementation: "cpython", stallDetection: "on" });
    expect(String(many.runtimeInfo?.python)).toMatch(/^3\.\d+\.\d+/);
    expect(typeof many.runtimeInfo?.gil).toBe("boolean");
  });

  it("runs a sync run on the loop, where a CPU-bound operation gets no faster with concurrency", async () => {
    const one = await trial(spec("cpu_fixed.py", "async", 1));
    const four = await trial(spec("cpu_fixed.py", "async", 4));
    // However many are in flight, the loop runs one at a time: at most one core's worth of
    // operations per second (a bound that holds whatever else the machine is doing).
    expect(four.throughput).toBeLessThan(1.15 * (1e6 / four.cpu.perOpUs));
    // The loop is busy the whole window, and each operation costs its 3 ms of CPU at either level.
    expect(four.loops[0]!.utilization).toBeGreaterThan(0.7);
    for (const result of [one, four]) {
      expect(result.cpu.perOpUs).toBeGreaterThan(2900);
      expect(result.cpu.perOpUs).toBeLessThan(6000);
    }
  });
});

describe("threads: a pool of threads in one interpreter", () => {
  it("gives setup the documented info and queues a sync run when the pool is smaller than the concurrency", async () => {
    const result = await trial(spec("info_echo.py", "threads", 5, 2));
    expect(result.status, result.message).toBe("ok");
    expect(result.errors).toBe(0);
    expect(result.poolSize).toBe(2);
    expect(result.inFlightPerWorker).toEqual([3, 2]);
    expect(result.ops).toBeGreaterThan(100);
    // Three 2 ms operations queued on one thread: the median waits behind others.
    expect(result.latencyMs.p50).toBeGreaterThan(3);
    // A sync run in a thread has no loop to watch.
    expect(result.loops).toEqual([]);
  });

  it("runs an async run on a loop per thread", async () => {
    const result = await trial(spec("wait.py", "threads", 4, 4));
    expect(result.status, result.message).toBe("ok");
    expect(result.loops.map((l) => l.loop)).toEqual(["thread 0", "thread 1", "thread 2", "thread 3"]);
    expect(result.throughput).toBeGreaterThan(200);
  });

  it("gets no speed-up on CPU-bound pure Python where the GIL is on", async () => {
    // Throughput of separate trials swings with a shared machine's load; CPU time does not lie:
    // two threads burning pure Python get one core's worth of CPU between them at most.
    const two = await trial(spec("spin.py", "threads", 2, 2, { durationMs: 500 }));
    expect(two.status).toBe("ok");
    const cores = (two.cpu.userMs + two.cpu.systemMs) / two.wallMs;
    if (two.runtimeInfo?.gil === false) {
      // A free-threaded build runs both at once (given two idle cores).
      expect(cores).toBeGreaterThan(1.3);
    } else {
      expect(cores).toBeLessThan(1.15);
      expect(two.ops).toBeGreaterThan(10);
    }
  });

  it("costs far more memory per operation in flight than asyncio tasks", async () => {
    const tasks = await trial(spec("wait.py", "async", 200));
    const threads = await trial(spec("wait.py", "threads", 200, 200));
    expect(tasks.status).toBe("ok");
    expect(threads.status, threads.message).toBe("ok");
    expect(threads.memory.perInFlightKb).toBeGreaterThan(8);
    expect(threads.memory.perInFlightKb).toBeGreaterThan(3 * Math.max(tasks.memory.perInFlightKb, 1));
    expect(threads.memory.peakRssMb).toBeGreaterThan(threads.memory.baselineRssMb);
  });
});

describe("processes: a pool of child interpreters", () => {
  it("runs CPU-bound work in every child and adds up their CPU time", async () => {
    const result = await trial(spec("cpu_fixed.py", "processes", 2, 2));
    expect(result.status, result.message).toBe("ok");
    expect(result.inFlightPerWorker).toEqual([1, 1]);
    expect(result.ops).toBeGreaterThan(10);
    // 3 ms of CPU per operation in each child: counting one child alone would give half.
    // (Parallel speed-up needs idle cores, which a shared test machine does not promise: the fixture shows it.)
    expect(result.cpu.perOpUs).toBeGreaterThan(2700);
    expect(result.cpu.perOpUs).toBeLessThan(8000);
    // Each child is a whole interpreter: megabytes per operation in flight.
    expect(result.memory.perInFlightKb).toBeGreaterThan(4000);
  });

  it("runs an async run on a loop per child and reports each child's loop", async () => {
    const result = await trial(spec("wait.py", "processes", 6, 2));
    expect(result.status, result.message).toBe("ok");
    expect(result.inFlightPerWorker).toEqual([3, 3]);
    expect(result.loops.map((l) => l.loop)).toEqual(["child 0", "child 1"]);
    expect(result.throughput).toBeGreaterThan(300);
  });
});

/** Other interpreters on this machine the harness must work with (3.9 syntax, free-threaded builds). */
const otherPythons = ["python3.9", "python3.10", "python3.12", "python3.13", "python3.13t", "python3.14", "python3.14t"].filter(
  (name) => spawnSync(name, ["-c", "import sys; sys.exit(0 if sys.version_info >= (3, 9) else 1)"], { stdio: "ignore" }).status === 0,
);

describe.skipIf(otherPythons.length === 0)("other Python versions", () => {
  it.each(otherPythons)("%s runs every model and finds the blocking line", async (name) => {
    for (const model of ["async", "threads", "processes"] as const) {
      const result = await trial(spec("stall_sleep.py", model, 2, model === "async" ? 1 : 2), { interpreter: name });
      expect(result.status, `${model}: ${result.message}`).toBe("ok");
      expect(result.stalls?.[0]?.site).toMatchObject({ file: "stall_sleep.py", line: 7 });
    }
  });
});
