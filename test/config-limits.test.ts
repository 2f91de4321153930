// Config caps: durations, timeouts, concurrency and pool sizes a machine cannot honour are refused at load, naming the field.
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../src/config/load-config.js";
import { readDuration } from "../src/config/option-values.js";
import { InputError } from "../src/shared/input-error.js";

function load(lines: string[], files: Record<string, string> = { "bench/a.mjs": "export async function run() {}\n" }) {
  const dir = mkdtempSync(path.join(tmpdir(), "cg-limits-"));
  for (const [name, text] of Object.entries({ ...files, "concurrency-guard.yml": ["version: 1", ...lines].join("\n") })) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return () => loadConfig(undefined, dir);
}

function errorOf(lines: string[], files?: Record<string, string>): string {
  try {
    load(lines, files)();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error("expected an InputError");
}

describe("config caps", () => {
  it("refuses zero and over-long durations, naming the field where it was written", () => {
    const message = errorOf([
      "defaults: { duration: 0ms, block: 0s }",
      "scenarios:",
      "  - { name: a, file: bench/a.mjs, kind: io, warmup: 90m, timeout: 0ms }",
    ]);
    expect(message.split("\n")).toEqual([
      'concurrency-guard.yml: defaults.duration: expected a duration above 0 and at most 1h (60m), got "0ms"',
      'concurrency-guard.yml: defaults.block: expected a duration above 0 and at most 1m, got "0s"',
      'concurrency-guard.yml: scenarios[0].warmup: expected a duration of at most 1h (60m), got "90m"',
      'concurrency-guard.yml: scenarios[0].timeout: expected a duration above 0 and at most 6h (360m), got "0ms"',
    ]);
  });

  it("refuses a timeout Node's timers would overflow (24.8 days), not only over-long ones", () => {
    const message = errorOf(["scenarios:", "  - { name: a, file: bench/a.mjs, kind: io, timeout: 40000m }"]);
    expect(message).toBe('concurrency-guard.yml: scenarios[0].timeout: expected a duration above 0 and at most 6h (360m), got "40000m"');
  });

  it("accepts the caps themselves and a warm-up of 0", () => {
    const config = load(["defaults: { duration: 60m, warmup: 0ms, timeout: 360m, block: 1m }", "scenarios:", "  - { name: a, file: bench/a.mjs, kind: io }"])();
    expect(config.scenarios[0]).toMatchObject({ durationMs: 3_600_000, warmupMs: 0, timeoutMs: 21_600_000, blockMs: 60_000 });
  });

  it("refuses a concurrency level past 100,000 operations in flight", () => {
    const message = errorOf(["scenarios:", "  - { name: a, file: bench/a.mjs, kind: io, models: [async], concurrency: [1, 100001] }"]);
    expect(message).toMatch(/^concurrency-guard\.yml: scenarios\[0\]\.concurrency\[1\] \(line 3\): expected a positive integer of at most 100000, got 100001$/);
    expect(load(["scenarios:", "  - { name: a, file: bench/a.mjs, kind: io, models: [async], concurrency: [100000] }"])().scenarios[0]!.concurrency).toEqual([100_000]);
  });

  it("refuses pools past what a machine can start, naming the pool or the level that asks for it", () => {
    expect(errorOf(["defaults: { pool: { processes: 2000 } }", "scenarios:", "  - { name: a, file: bench/a.mjs, kind: io, concurrency: [4000] }"])).toBe(
      "concurrency-guard.yml: defaults.pool.processes: expected at most 1024 child processes per trial, got 2000 (at concurrency 4000)",
    );
    expect(errorOf(["scenarios:", "  - { name: a, file: bench/a.mjs, kind: io, models: [threads], concurrency: [8, 5000], pool: { threads: concurrency } }"])).toBe(
      'concurrency-guard.yml: scenarios[0].pool.threads: expected at most 4096 worker threads per trial, got "concurrency" = 5000 (at concurrency 5000)',
    );
    // Python threads default to one per operation in flight: the level is what asks for too many.
    expect(errorOf(["scenarios:", "  - { name: b, file: bench/b.py, kind: io, models: [threads], concurrency: [5000] }"], { "bench/b.py": "def run(state): pass\n" })).toBe(
      'concurrency-guard.yml: scenarios[0].concurrency: expected at most 4096 worker threads per trial, got "concurrency" = 5000 (at concurrency 5000)',
    );
    // A pool size the levels never reach is no problem: a pool never exceeds the operations in flight.
    expect(load(["scenarios:", "  - { name: a, file: bench/a.mjs, kind: io, concurrency: [8], pool: { processes: 5000 } }"])().scenarios[0]!.pool.processes).toBe(5000);
    // The async model runs every operation on one loop: no pool, so only the concurrency cap applies.
    expect(load(["scenarios:", "  - { name: a, file: bench/a.mjs, kind: io, models: [async], concurrency: [50000], pool: { processes: concurrency } }"])().scenarios[0]!.concurrency).toEqual([50_000]);
  });

  it("caps the --duration flag and input the same way", () => {
    expect(readDuration("0ms")).toEqual({ expected: "a duration such as 500ms, 1s or 2m" });
    expect(readDuration("61m")).toEqual({ expected: "a duration such as 500ms, 1s or 2m, at most 1h (60m)" });
    expect(readDuration("60m")).toBe(3_600_000);
  });
});
