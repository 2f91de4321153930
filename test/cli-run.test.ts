// `concurrency-guard run` through the built CLI: exit codes, table, and a results file that matches its schema.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import resultsSchema from "../schema/results.schema.json" with { type: "json" };
import type { ResultsFile } from "../src/results/types.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const cli = path.join(root, "dist/cli.js");

function workspace(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "cg-cli-"));
  cpSync(path.join(root, "test/fixtures/scenarios"), path.join(dir, "bench"), { recursive: true });
  writeFileSync(
    path.join(dir, "concurrency-guard.yml"),
    [
      "version: 1",
      "defaults: { trials: 2, duration: 200ms, warmup: 50ms, timeout: 5s, concurrency: [1, 4] }",
      "scenarios:",
      "  - { name: wait, file: bench/noop-async.mjs, kind: io }",
      "  - { name: spin, file: bench/busy.mjs, kind: io, models: [async, processes] }",
      "  - { name: broken, file: bench/setup-fails.mjs, kind: io, models: [async], concurrency: [1] }",
    ].join("\n"),
  );
  return dir;
}

function run(args: string[], cwd: string) {
  return spawnSync(process.execPath, [cli, ...args], { cwd, encoding: "utf8", env: { ...process.env, CI: "true" } });
}

describe("concurrency-guard run", () => {
  it("measures every cell, reports the failed scenario, and writes valid results", () => {
    const dir = workspace();
    const proc = run(["run", "--out", "out/results.json"], dir);
    expect(proc.status, proc.stderr).toBe(0);
    // Not a terminal: one plain progress line per finished cell.
    expect(proc.stderr.match(/^cell \d+\/11 /gm)).toHaveLength(11);
    expect(proc.stdout).toMatch(/wait \(node, declared io\)/);
    expect(proc.stdout).toMatch(/fastest at each level: 1: \w+/);
    expect(proc.stdout).toMatch(/warning: declared io but measured CPU-bound/);
    expect(proc.stdout).toMatch(/failed broken\/async\/1: cannot connect to fixture server/);

    const results = JSON.parse(readFileSync(path.join(dir, "out/results.json"), "utf8")) as ResultsFile;
    const ajv = new Ajv2020({ strict: false, validateFormats: false });
    const valid = ajv.validate(resultsSchema, results);
    expect(ajv.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(results.cells.map((c) => c.id).sort()).toEqual(
      ["broken/async/1", "spin/async/1", "spin/async/4", "spin/processes/1", "spin/processes/4", "wait/async/1", "wait/async/4", "wait/processes/1", "wait/processes/4", "wait/threads/1", "wait/threads/4"].sort(),
    );
    const wait4 = results.cells.find((c) => c.id === "wait/async/4")!;
    expect(wait4.trials).toHaveLength(2);
    expect(wait4.summary!.throughput).toBeGreaterThan(0);
    expect(results.cells.find((c) => c.id === "broken/async/1")!.error).toMatch(/cannot connect/);
    expect(results.env.cpus).toBeGreaterThan(0);
    expect(results.env.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    // Orders of all trials form one permutation: they were interleaved, not run cell by cell.
    const orders = results.cells.flatMap((c) => c.trials.map((t) => t.order)).sort((a, b) => a - b);
    expect(new Set(orders).size).toBe(orders.length);
    const spin = results.scenarios!.find((s) => s.scenario === "spin")!;
    expect(spin.measuredKind).toBe("cpu");
    expect(spin.best.map((b) => b.concurrency)).toEqual([1, 4]);
  });

  it("times stalls without naming their lines under --no-attribution, and names them by default", () => {
    const dir = workspace();
    writeFileSync(
      path.join(dir, "stalls.yml"),
      "version: 1\nscenarios:\n  - { name: stall, file: bench/stalls-40ms.mjs, kind: io, models: [async], concurrency: [1], trials: 2, duration: 300ms, warmup: 50ms }\n",
    );
    const sites = (out: string, extra: string[]) => {
      const proc = run(["run", "--config", "stalls.yml", "--out", out, ...extra], dir);
      expect(proc.status, proc.stderr).toBe(0);
      const results = JSON.parse(readFileSync(path.join(dir, out), "utf8")) as ResultsFile;
      return results.cells[0]!.blocking ?? [];
    };
    const named = sites("named.json", []);
    expect(named.map((s) => s.key)).toContain("bench/stalls-40ms.mjs:4");
    const bare = sites("bare.json", ["--no-attribution"]);
    const timed = bare.filter((s) => !s.descheduled);
    expect(timed.reduce((n, s) => n + s.count, 0)).toBeGreaterThanOrEqual(3);
    expect(timed.every((s) => s.site === undefined && s.key === "unattributed")).toBe(true);
    expect(timed[0]!.maxMs).toBeGreaterThan(30);
  });

  it("exits 1 when nothing was measured, after writing the results and naming the failure", () => {
    const dir = workspace();
    const proc = run(["run", "--only", "broken", "--out", "none.json"], dir);
    expect(proc.status, proc.stderr).toBe(1);
    expect(proc.stdout).toMatch(/failed broken\/async\/1: cannot connect to fixture server/);
    expect(proc.stderr).toMatch(/^concurrency-guard: nothing was measured: every cell failed \(1 cell; broken\/async\/1: cannot connect to fixture server\)$/m);
    const results = JSON.parse(readFileSync(path.join(dir, "none.json"), "utf8")) as ResultsFile;
    expect(results.cells.map((c) => c.id)).toEqual(["broken/async/1"]);
  });

  it("runs one cell with --only and exits 2 on configuration and usage errors", () => {
    const dir = workspace();
    const only = run(["run", "--only", "wait/threads/4", "--trials", "2", "--duration", "100ms", "--out", "one.json"], dir);
    expect(only.status, only.stderr).toBe(0);
    const results = JSON.parse(readFileSync(path.join(dir, "one.json"), "utf8")) as ResultsFile;
    expect(results.cells.map((c) => [c.id, c.trials.length])).toEqual([["wait/threads/4", 2]]);

    writeFileSync(path.join(dir, "bad.yml"), "version: 1\nscenarios:\n  - { name: a, file: bench/busy.mjs, kind: io, concurrency: [8x] }\n");
    const bad = run(["run", "--config", "bad.yml"], dir);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('bad.yml: scenarios[0].concurrency[0] (line 3): expected a positive integer of at most 100000, got "8x"');

    const usage = run(["run", "--trials", "many"], dir);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/expected an integer of at least 2 \(trials are the unit the statistics compare\), or adaptive, got "many"/);
  });
});
