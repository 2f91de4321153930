// Covers src/cli/compare-command.ts: exit codes 0/1/2, outputs, messages on bad input, budgets from --config.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { registerCompare } from "../src/cli/compare-command.js";
import { cell, results, seeded, type CellSpec } from "./support/results-fixture.js";
import { runCommand } from "./support/run-command.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "cg-compare-cli-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Runs `compare ...args` through commander with captured output and exit code. */
function compare(...args: string[]) {
  return runCommand(registerCompare, ["compare", ...args], { cwd: dir });
}

const spec: CellSpec = { scenario: "cpu-hash", model: "threads", concurrency: 2, throughput: 2000, p99: 8, noise: 0.01 };
const write = (name: string, data: unknown) => writeFile(join(dir, name), typeof data === "string" ? data : JSON.stringify(data));

describe("concurrency-guard compare", () => {
  it("exits 0 on a pass and writes the JSON and markdown", async () => {
    await write("base.json", results([cell(spec, seeded(1))]));
    await write("cur.json", results([cell(spec, seeded(2))]));
    const r = await compare("--baseline", "base.json", "--current", "cur.json", "--json", "cmp.json", "--markdown", "cmp.md");
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[0]).toBe("concurrency-guard compare: PASS");
    const json = JSON.parse(await readFile(join(dir, "cmp.json"), "utf8"));
    expect(json.schema).toBe("concurrency-guard/comparison@1");
    expect(json.verdict).toBe("pass");
    // A stored baseline with no history: the default run-to-run drift is allowed for.
    expect(json.mode).toBe("stored");
    expect(json.cells[0].metrics[0]).toMatchObject({ metric: "throughput", test: "drift-adjusted", baseline: { n: 10 }, drift: { sigma: 0.04, runs: 0, source: "default" } });
    expect(await readFile(join(dir, "cmp.md"), "utf8")).toMatch(/^### ✅ concurrency-guard: pass/);
  });

  it("exits 1 when the gate fails", async () => {
    await write("base.json", results([cell(spec, seeded(1))]));
    await write("cur.json", results([cell({ ...spec, factor: 0.8 }, seeded(2))]));
    const r = await compare("--baseline", "file:base.json", "--current", "cur.json");
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("Gate failed because:\n  - cpu-hash/threads/2: throughput -20%");
  });

  it("exits 2 naming the file when the baseline is missing, and overwrites nothing", async () => {
    await write("cur.json", results([cell(spec, seeded(2))]));
    await write("cmp.json", "previous report");
    const r = await compare("--baseline", "missing.json", "--current", "cur.json", "--json", "cmp.json");
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "concurrency-guard: file:missing.json: no baseline found (save one with: concurrency-guard baseline save --store missing.json)\n",
    );
    expect(r.stdout).toBe("");
    expect(await readFile(join(dir, "cmp.json"), "utf8")).toBe("previous report");
  });

  it("exits 2 on a corrupt baseline or a schema mismatch, naming the file", async () => {
    await write("cur.json", results([cell(spec, seeded(2))]));
    await write("base.json", '{"schema":"concurrency-guard/results@1","cells":[');
    const corrupt = await compare("--baseline", "base.json", "--current", "cur.json");
    expect(corrupt.code).toBe(2);
    expect(corrupt.stderr).toMatch(/^concurrency-guard: file:base\.json: not valid JSON/);

    await write("base.json", { schema: "someone-else/results@3", cells: [] });
    const foreign = await compare("--baseline", "base.json", "--current", "cur.json");
    expect(foreign.code).toBe(2);
    expect(foreign.stderr).toBe(
      'concurrency-guard: file:base.json: schema: expected "concurrency-guard/results@1" (a concurrency-guard results file), got "someone-else/results@3"\n',
    );

    const noCurrent = await compare("--baseline", "base.json", "--current", "nope.json");
    expect(noCurrent.code).toBe(2);
    expect(noCurrent.stderr).toBe("concurrency-guard: nope.json: file not found\n");
  });

  it("exits 2 when a branch store cannot be read (not a git repository here)", async () => {
    await write("cur.json", results([cell(spec, seeded(2))]));
    const r = await compare("--baseline", "branch:perf", "--current", "cur.json");
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^concurrency-guard: branch:perf: git fetch origin failed: fatal: not a git repository/);
  });

  it("exits 2 on a bad budget in the recorded config, naming where it is", async () => {
    const config = { scenarios: [{ name: "cpu-hash", budgets: { p99: "fast" } }] };
    await write("base.json", results([cell(spec, seeded(1))]));
    await write("cur.json", results([cell(spec, seeded(2))], { config }));
    const r = await compare("--baseline", "base.json", "--current", "cur.json");
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'concurrency-guard: cur.json (recorded config): scenario cpu-hash budgets.p99: expected a budget like "<= 20ms" (units us, ms, s), got "fast"\n',
    );
  });

  it("takes budgets from --config and fails the gate on a broken one", async () => {
    await writeFile(join(dir, "cpu.mjs"), "export function run() {}\n");
    await writeFile(
      join(dir, "concurrency-guard.yml"),
      ["version: 1", "scenarios:", "  - name: cpu-hash", "    file: cpu.mjs", "    kind: cpu", '    budgets: { throughput: ">= 5000/s" }'].join("\n"),
    );
    await write("base.json", results([cell(spec, seeded(1))]));
    await write("cur.json", results([cell(spec, seeded(2))]));
    const r = await compare("--baseline", "base.json", "--current", "cur.json", "--config", "concurrency-guard.yml");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/FAIL\s+scenario cpu-hash, model threads, concurrency 2: throughput budget >= 5000\/s broken: throughput 1997\/s \(median of 10 trials\)/);
  });
});
