// CPU cost of Python scenarios under real valgrind: a CPU scenario's counts repeat on the real
// interpreter, and an I/O scenario is sized by its wall time and reports its spread.
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/config/load-config.js";
import type { ValgrindProbe } from "../src/execute/cost/valgrind.js";
import { countScenario, expectRepeatable, requireValgrind } from "./support/cost-count.js";

const ROOT = path.resolve(import.meta.dirname, "..");
const costConfig = loadConfig(path.join(ROOT, "fixtures/cost/concurrency-guard.yml"));
const pythonBasic = loadConfig(path.join(ROOT, "fixtures/python-basic/concurrency-guard.yml"));
let valgrind: ValgrindProbe;

beforeAll(async () => {
  valgrind = await requireValgrind();
});

describe("Python instruction counts under valgrind", { timeout: 300_000 }, () => {
  it("counts a Python CPU scenario on the real interpreter the same twice", async () => {
    const cost = await countScenario(valgrind, costConfig, "word-count");
    expectRepeatable(cost, 1e-4);
    expect(cost.runtimeInfo?.env).toEqual({ PYTHONHASHSEED: "0", PYTHONDONTWRITEBYTECODE: "1" });
    expect(cost.perOp!).toBeGreaterThan(10_000);
  });

  it("reports an I/O scenario's spread", async () => {
    const cost = await countScenario(valgrind, pythonBasic, "io-wait");
    expect(typeof cost.spread).toBe("number");
    expect(cost.spread!).toBeGreaterThanOrEqual(0);
    // It mostly waits: sized by its wall time (about a second of extra operations), not its CPU.
    const [small, large] = cost.counts!.map((c) => c.ops) as [number, number];
    expect(large).toBe(6 * small);
    expect((large - small) * cost.nativeOpMs!).toBeLessThan(1000);
    expect(cost.nativeOpCpuMs!).toBeLessThan(cost.nativeOpMs! / 2);
  });
});
