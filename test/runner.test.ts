// The Node runner on real processes and threads: each model, failures, timeouts, crashes, TypeScript.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { DEFAULT_COMPARE } from "../src/config/compare-settings.js";
import { DEFAULT_SETTINGS } from "../src/config/load-config.js";
import type { Config, Model } from "../src/config/types.js";
import { executePlan } from "../src/execute/run-plan.js";
import { runTrialProcess } from "../src/execute/run-trial.js";
import { specBuilder } from "./support/trial-specs.js";
import { nodeStripsTypes } from "../src/execute/node/scenario-module.js";
import { makePlan } from "../src/plan/plan.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const scenarios = path.join(here, "fixtures/scenarios");

const spec = specBuilder({ runtime: "node", scenarios, root: here });

describe("a trial in each model", () => {
  it("async: one loop runs N chains; throughput follows the waits", async () => {
    const one = await runTrialProcess(spec("noop-async.mjs", "async", 1), { timeoutMs: 10_000 });
    const many = await runTrialProcess(spec("noop-async.mjs", "async", 16), { timeoutMs: 10_000 });
    expect(one.status).toBe("ok");
    expect(many.status).toBe("ok");
    expect(one.ops).toBeGreaterThan(20);
    // 16 concurrent 1 ms waits on one loop: many times the throughput of one.
    expect(many.throughput / one.throughput).toBeGreaterThan(4);
    expect(many.loops.map((l) => l.loop)).toEqual(["main"]);
    expect(many.latencyMs.p50).toBeGreaterThanOrEqual(1);
    expect(many.latencyMs.p99).toBeGreaterThanOrEqual(many.latencyMs.p50);
    expect(many.wallMs).toBeGreaterThanOrEqual(300);
    expect(many.wallMs).toBeLessThan(1000);
    expect(many.throughput).toBeCloseTo(many.ops / (many.wallMs / 1000), 6);
    expect(many.memory.peakRssMb).toBeGreaterThan(many.memory.baselineRssMb);
  });

  it("threads: a pool of worker threads, each loop reported, setup sees its share", async () => {
    const result = await runTrialProcess(spec("info-echo.mjs", "threads", 5, 2), { timeoutMs: 10_000 });
    expect(result.status).toBe("ok");
    expect(result.errors).toBe(0);
    expect(result.poolSize).toBe(2);
    expect(result.inFlightPerWorker).toEqual([3, 2]);
    expect(result.loops.map((l) => l.loop)).toEqual(["worker 0", "worker 1"]);
    expect(result.ops).toBeGreaterThan(50);
  });

  it("processes: a pool of child processes whose CPU and memory add up", async () => {
    // Accounting only: the blocking detector's own threads stay off so both sides do the same work.
    const quiet = { detectBlocking: false };
    const single = await runTrialProcess(spec("busy.mjs", "async", 1, 1, quiet), { timeoutMs: 10_000 });
    const result = await runTrialProcess(spec("busy.mjs", "processes", 2, 2, quiet), { timeoutMs: 10_000 });
    expect(result.status).toBe("ok");
    expect(result.loops.map((l) => l.loop)).toEqual(["child 0", "child 1"]);
    // The same fixed work per operation: CPU per op must be the sum over both children, not one
    // child's share (which would give about half). Only a lower bound: on a loaded 2-vCPU machine
    // the same hash costs more CPU time when both vCPUs run at once.
    expect(result.cpu.perOpUs / single.cpu.perOpUs).toBeGreaterThan(0.7);
    // And never more CPU than two busy children can burn in the window.
    expect(result.cpu.userMs + result.cpu.systemMs).toBeLessThan(result.wallMs * 2.2);
    // Each child is a whole Node process: megabytes per operation in flight.
    expect(result.memory.perInFlightKb).toBeGreaterThan(5_000);
  });

  it("a sync CPU operation holds the async loop: busy loop, no gain from concurrency", async () => {
    const one = await runTrialProcess(spec("busy.mjs", "async", 1), { timeoutMs: 10_000 });
    const eight = await runTrialProcess(spec("busy.mjs", "async", 8), { timeoutMs: 10_000 });
    const waiting = await runTrialProcess(spec("noop-async.mjs", "async", 8), { timeoutMs: 10_000 });
    // Bounds wide enough for a loaded machine; an I/O-like scenario at 8 in flight gains ~8x.
    expect(eight.throughput / one.throughput).toBeLessThan(1.6);
    expect(eight.loops[0]!.utilization).toBeGreaterThan(0.8);
    expect(waiting.loops[0]!.utilization).toBeLessThan(0.5);
  });
});

describe("failures are reported, never fatal", () => {
  it("counts thrown operations and keeps the first message and stack", async () => {
    const result = await runTrialProcess(spec("throws.mjs", "async", 4), { timeoutMs: 10_000 });
    expect(result.status).toBe("ok");
    expect(result.errors).toBeGreaterThan(10);
    expect(result.ops / result.errors).toBeGreaterThan(1.5);
    expect(result.firstError?.message).toMatch(/^boom on call \d+$/);
    expect(result.firstError?.stack).toContain("throws.mjs");
  });

  it("marks a trial whose every operation fails as an error", async () => {
    const result = await runTrialProcess(spec("always-throws.mjs", "threads", 2, 2), { timeoutMs: 10_000 });
    expect(result.status).toBe("error");
    expect(result.ops).toBe(0);
    expect(result.message).toBe("every operation failed: database is down");
  });

  it("marks a trial in which no operation completes as an error that says to raise the duration", async () => {
    const result = await runTrialProcess(spec("outlasts-window.mjs", "async", 1), { timeoutMs: 10_000 });
    expect(result.status).toBe("error");
    expect(result.ops).toBe(0);
    expect(result.errors).toBe(0);
    expect(result.message).toMatch(/no operation completed in the measured window.*raise duration/);
  });

  it("kills a hanging trial at the timeout, pool included", async () => {
    const started = Date.now();
    const result = await runTrialProcess(spec("hangs.mjs", "processes", 2, 2), { timeoutMs: 1500 });
    expect(result.status).toBe("timeout");
    expect(result.message).toBe("trial exceeded the 1500ms timeout and was killed");
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it("reports setup failures, modules without run, and crashed processes", async () => {
    const setup = await runTrialProcess(spec("setup-fails.mjs", "threads", 2, 2), { timeoutMs: 10_000 });
    expect(setup).toMatchObject({ status: "error", message: "cannot connect to fixture server" });
    const noRun = await runTrialProcess(spec("no-run.mjs", "async", 1), { timeoutMs: 10_000 });
    expect(noRun.status).toBe("error");
    expect(noRun.message).toBe("no-run.mjs: expected an exported function run(state), found exports: name");
    const crash = await runTrialProcess(spec("crash.mjs", "async", 1), { timeoutMs: 10_000 });
    expect(crash).toMatchObject({ status: "crashed", message: "trial process exited with code 7 without a result" });
    const childCrash = await runTrialProcess(spec("crash.mjs", "processes", 2, 2), { timeoutMs: 10_000 });
    expect(childCrash.status).toBe("crashed");
    expect(childCrash.message).toMatch(/child process exited with code 7/);
  });

  it("runs TypeScript where Node strips types, and says how to fix it where not", async () => {
    const result = await runTrialProcess(spec("typed.ts", "async", 2), { timeoutMs: 10_000 });
    if (nodeStripsTypes()) {
      expect(result.status).toBe("ok");
      expect(result.ops).toBeGreaterThan(10);
    } else {
      expect(result.status).toBe("error");
      expect(result.message).toMatch(/TypeScript scenarios need a Node that strips types \(22\.18\+ or 24\).*Use Node 24/);
    }
  });
});

describe("executePlan", () => {
  it("keeps running other scenarios when one fails, and gives up early on a cell that always fails", async () => {
    const base = { ...DEFAULT_SETTINGS, trials: 3, warmupMs: 20, durationMs: 150, timeoutMs: 10_000, models: ["async"] as Model[], concurrency: [2] };
    const config: Config = {
      version: 1,
      file: path.join(scenarios, "concurrency-guard.yml"),
      root: scenarios,
      defaults: base,
      compare: DEFAULT_COMPARE,
      budgets: { defaults: {}, scenarios: {} },
      scenarios: [
        { ...base, name: "good", file: "noop-async.mjs", path: path.join(scenarios, "noop-async.mjs"), runtime: "node", kind: "io" },
        { ...base, name: "bad", file: "setup-fails.mjs", path: path.join(scenarios, "setup-fails.mjs"), runtime: "node", kind: "io" },
      ],
    };
    const finished: string[] = [];
    const cells = await executePlan(config, makePlan(config, { seed: 7 }), { events: { onCellDone: (cell) => finished.push(cell.id) } });
    const good = cells.find((c) => c.scenario === "good")!;
    const bad = cells.find((c) => c.scenario === "bad")!;
    expect(good.error).toBeUndefined();
    expect(good.trials.map((t) => t.index)).toEqual([0, 1, 2]);
    expect(good.summary?.okTrials).toBe(3);
    expect(bad.trials).toHaveLength(2);
    expect(bad.error).toBe("cannot connect to fixture server (gave up after 2 failed trials)");
    expect(finished.sort()).toEqual(["bad/async/2", "good/async/2"]);
  });
});
