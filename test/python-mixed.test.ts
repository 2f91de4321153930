// Node and Python scenarios in one config through the built CLI: one run, one results file, and compare gating Python cells like Node ones.
import { spawnSync } from "node:child_process";
import { copyFileSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import resultsSchema from "../schema/results.schema.json" with { type: "json" };
import type { ResultsFile } from "../src/results/types.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const cli = path.join(root, "dist/cli.js");

function run(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, [cli, ...args], { cwd, encoding: "utf8", env: { ...process.env, CI: "true", ...env } });
}

describe("a config mixing Node and Python scenarios", () => {
  it("measures both in one run, with the same cells, tables and results schema", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "cg-mixed-"));
    cpSync(path.join(root, "fixtures/mixed"), dir, { recursive: true });
    const proc = run(["run", "--trials", "2", "--duration", "200ms", "--out", "results.json"], dir);
    expect(proc.status, proc.stderr).toBe(0);
    expect(proc.stdout).toMatch(/json-reply \(node, declared io\)/);
    expect(proc.stdout).toMatch(/echo-socket \(python, declared io\)/);

    const results = JSON.parse(readFileSync(path.join(dir, "results.json"), "utf8")) as ResultsFile;
    const ajv = new Ajv2020({ strict: false, validateFormats: false });
    ajv.validate(resultsSchema, results);
    expect(ajv.errors ?? []).toEqual([]);
    const ids = results.cells.map((c) => `${c.runtime}:${c.id}`).sort();
    expect(ids).toEqual(
      ["json-reply", "echo-socket"]
        .flatMap((s) => ["async", "threads", "processes"].flatMap((m) => [1, 8].map((c) => `${s === "json-reply" ? "node" : "python"}:${s}/${m}/${c}`)))
        .sort(),
    );
    for (const cell of results.cells) {
      expect(cell.error, cell.id).toBeUndefined();
      expect(cell.summary?.throughput, cell.id).toBeGreaterThan(0);
    }
    const python = results.cells.filter((c) => c.runtime === "python");
    expect(python.every((c) => /^3\.\d+/.test(String(c.trials[0]?.runtimeInfo?.python)))).toBe(true);
    // Python's thread model defaults to one thread per operation in flight; processes to one per core.
    expect(python.find((c) => c.id === "echo-socket/threads/8")?.poolSize).toBe(8);
    // Loopback round trips overlap on one loop: 8 in flight beat 1.
    const byId = new Map(results.cells.map((c) => [c.id, c]));
    expect(byId.get("echo-socket/async/8")!.summary!.throughput).toBeGreaterThan(2 * byId.get("echo-socket/async/1")!.summary!.throughput);
    expect(results.scenarios?.map((s) => s.scenario).sort()).toEqual(["echo-socket", "json-reply"]);
  });

  it("lets compare flag a new blocking line in a Python scenario, next to an unchanged Node one", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "cg-mixed-compare-"));
    copyFileSync(path.join(root, "test/fixtures/scenarios/noop-async.mjs"), path.join(dir, "noop-async.mjs"));
    copyFileSync(path.join(root, "test/fixtures/python/maybe_blocks.py"), path.join(dir, "maybe_blocks.py"));
    writeFileSync(
      path.join(dir, "concurrency-guard.yml"),
      [
        "version: 1",
        "defaults: { trials: 3, duration: 200ms, warmup: 50ms, timeout: 20s, models: [async], concurrency: [4] }",
        "scenarios:",
        "  - { name: node-wait, file: noop-async.mjs, kind: io }",
        "  - { name: py-handler, file: maybe_blocks.py, kind: io }",
      ].join("\n"),
    );
    const base = run(["run", "--out", "base.json"], dir);
    expect(base.status, base.stderr).toBe(0);
    const current = run(["run", "--out", "current.json"], dir, { CG_TEST_BLOCK: "1" });
    expect(current.status, current.stderr).toBe(0);

    const compare = run(["compare", "--baseline", "base.json", "--current", "current.json", "--json", "comparison.json"], dir);
    expect(compare.status, compare.stdout + compare.stderr).toBe(1);
    const comparison = JSON.parse(readFileSync(path.join(dir, "comparison.json"), "utf8")) as {
      cells: { id: string; status: string }[];
      blocking: { cell: string; site: { file: string; line: number; api?: string }; gated: boolean }[];
    };
    expect(comparison.cells.map((c) => [c.id, c.status]).sort()).toEqual([
      ["node-wait/async/4", "compared"],
      ["py-handler/async/4", "compared"],
    ]);
    expect(comparison.blocking).toEqual([
      expect.objectContaining({ cell: "py-handler/async/4", site: expect.objectContaining({ file: "maybe_blocks.py", line: 10, api: "time.sleep" }), gated: true }),
    ]);
    expect(compare.stdout).toContain("maybe_blocks.py:10");
  });
});
