// Errors under concurrency on real Python trials: kinds, counts and the line that raised under asyncio, threads and processes, and failed operations kept out of throughput and latency.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { TrialResult } from "../src/results/types.js";
import { scenarios, spec, trial } from "./support/python-trial.js";

const KIND = "RuntimeError: cache fill collided for k#";

function lineOf(file: string, text: string): number {
  return readFileSync(path.join(scenarios, file), "utf8").split("\n").findIndex((l) => l.includes(text)) + 1;
}

const RACY_LINE = lineOf("racy_cache.py", 'raise RuntimeError("cache fill collided');

/** The racy cache's failures: one kind, raised at the fixture's line, counts adding up to `errors`. */
function expectCollisions(result: Omit<TrialResult, "index" | "order">) {
  expect(result.status, result.message).toBe("ok");
  expect(result.errors).toBeGreaterThan(0);
  expect(result.errorKinds?.map((k) => k.kind)).toEqual([KIND]);
  const [kind] = result.errorKinds!;
  expect(kind!.count).toBe(result.errors);
  expect(kind!.message).toMatch(/^RuntimeError: cache fill collided for k\d+$/);
  expect(kind!.site).toMatchObject({ file: "racy_cache.py", line: RACY_LINE, function: "store" });
  expect(kind!.stack?.[0]).toBe(`store (racy_cache.py:${RACY_LINE})`);
  expect(result.throughput).toBeCloseTo(result.ops / (result.wallMs / 1000), 6);
}

const timings = { durationMs: 250 };

describe("a race under concurrency, in each Python model", () => {
  it("asyncio: no error with one operation in flight, collisions at 8", async () => {
    const one = await trial(spec("racy_cache.py", "async", 1, 1, timings));
    expect(one.status).toBe("ok");
    expect(one.errors).toBe(0);
    expect(one.errorKinds).toBeUndefined();
    expectCollisions(await trial(spec("racy_cache.py", "async", 8, 1, timings)));
  });

  it("threads: one thread never collides; eight threads sharing the cache do", async () => {
    const one = await trial(spec("racy_cache.py", "threads", 1, 1, timings));
    expect(one.status).toBe("ok");
    expect(one.errors).toBe(0);
    expectCollisions(await trial(spec("racy_cache.py", "threads", 8, 8, timings)));
  });

  it("processes: kinds merged over the pool's children", async () => {
    expectCollisions(await trial(spec("racy_cache.py", "processes", 8, 2, timings)));
  });
});

describe("failures at every level, and failed operations are not completed work", () => {
  it("gives a scenario that always fails some operations its kind at 1 as well", async () => {
    const line = lineOf("throws.py", "raise ValueError");
    for (const concurrency of [1, 8]) {
      const result = await trial(spec("throws.py", "async", concurrency, 1, timings));
      expect(result.errorKinds?.map((k) => [k.kind, k.count, k.site?.file, k.site?.line])).toEqual([["ValueError: boom on call #", result.errors, "throws.py", line]]);
    }
  });

  it("counts a sync run's failures in a thread pool by kind, even when every operation fails", async () => {
    const result = await trial(spec("always_throws.py", "threads", 2, 2, timings));
    expect(result.status).toBe("error");
    expect(result.errorKinds?.map((k) => [k.kind, k.count, k.site?.file, k.site?.line])).toEqual([
      ["ConnectionError: database is down", result.errors, "always_throws.py", lineOf("always_throws.py", "raise ConnectionError")],
    ]);
  });

  it("keeps slow failures out of throughput and the latency histogram", async () => {
    const result = await trial(spec("slow_failures.py", "async", 4, 1, timings));
    expect(result.status).toBe("ok");
    expect(result.errors).toBeGreaterThan(4);
    expect(result.errorKinds?.map((k) => [k.kind, k.count])).toEqual([["TimeoutError: upstream timed out", result.errors]]);
    // A quarter of the operations take 40 ms before failing: counted, they would set p90 and max.
    expect(result.latencyMs.max).toBeLessThan(35);
    expect(result.throughput).toBeCloseTo(result.ops / (result.wallMs / 1000), 6);
  });
});
