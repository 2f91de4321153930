// valgrind's faults, said plainly: a scenario that hangs under real valgrind (a failed cost after a
// given limit, the other scenario's cost and every trial standing), and a valgrind too old for the
// CPU (a fake one first on PATH, with the real one's words), at the start of a count and at --version.
import { spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import resultsSchema from "../schema/results.schema.json" with { type: "json" };
import { measure } from "../src/pipeline/measure.js";
import { renderResultsTable } from "../src/report/cli-table.js";
import type { ResultsFile } from "../src/results/types.js";

const ROOT = path.resolve(import.meta.dirname, "..");
const cli = path.join(ROOT, "dist/cli.js");

/** A config folder with the cost fixtures in `bench/` and these scenario lines. */
function workspace(...scenarioLines: string[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), "cg-cost-faults-"));
  cpSync(path.join(ROOT, "test/fixtures/cost"), path.join(dir, "bench"), { recursive: true });
  copyFileSync(path.join(ROOT, "fixtures/cost/bench/word_count.py"), path.join(dir, "bench/word_count.py"));
  writeFileSync(
    path.join(dir, "concurrency-guard.yml"),
    ["version: 1", "defaults: { models: [async], concurrency: [1], trials: 2, duration: 100ms, warmup: 50ms, timeout: 10s }", "scenarios:", ...scenarioLines].join("\n"),
  );
  return dir;
}

function valid(results: ResultsFile): void {
  const ajv = new Ajv2020({ strict: false, validateFormats: false });
  ajv.validate(resultsSchema, results);
  expect(ajv.errors ?? []).toEqual([]);
}

/** A folder holding an executable `valgrind` with this shell script, to put first on PATH. */
function fakeValgrind(script: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), "cg-fake-valgrind-"));
  writeFileSync(path.join(dir, "valgrind"), script);
  chmodSync(path.join(dir, "valgrind"), 0o755);
  return dir;
}

describe("a scenario that hangs under valgrind", () => {
  it("fails that scenario's cost when a count passes the limit, with how long and the output tail; the other cost and the trials stand", async () => {
    const dir = workspace("  - { name: hang, file: bench/hang-under-valgrind.mjs, kind: cpu }", "  - { name: word-count, file: bench/word_count.py, kind: cpu }");
    const started = Date.now();
    const { results } = await measure({ config: path.join(dir, "concurrency-guard.yml"), out: path.join(dir, "r.json"), cost: "instructions", costCountTimeoutMs: 20_000 });
    valid(results);
    expect(results.cells.flatMap((c) => c.trials).every((t) => t.status === "ok")).toBe(true);
    const [hang, words] = results.costs!;
    expect(hang).toMatchObject({ scenario: "hang", status: "failed" });
    expect(hang!.reason).toMatch(/^the count of \d+ operations under valgrind did not finish in 20s \(the limit given for counts\); killed$/);
    expect(hang!.output).toContain("hang-under-valgrind: waiting for a reply that never comes");
    expect(hang!.counts).toBeUndefined();
    // Killed at the limit, not left to run: each count that had started (one per core, at most
    // all four) took about 20 s; the rest did not start once the cost had failed.
    expect(hang!.countMs!).toBeGreaterThanOrEqual(20_000);
    expect(hang!.countMs!).toBeLessThan(4 * 25_000);
    expect(words, words?.reason).toMatchObject({ scenario: "word-count", status: "ok" });
    expect(words!.perOp!).toBeGreaterThan(10_000);
    const table = renderResultsTable(results);
    expect(table).toContain("CPU cost: count failed: the count of");
    expect(table).toContain("| hang-under-valgrind: waiting for a reply that never comes");
    expect(table).toMatch(/CPU cost: [\d.]+[kM] instructions\/op/);
    expect(Date.now() - started).toBeLessThan(5 * 60_000);
  }, 6 * 60_000);
});

describe("a valgrind too old for this CPU", () => {
  it("says so in the results and the run's report when every count dies on an instruction it cannot decode", () => {
    const dir = workspace("  - { name: crash, file: bench/crash-under-valgrind.mjs, kind: cpu }");
    const bin = mkdtempSync(path.join(tmpdir(), "cg-fake-valgrind-"));
    copyFileSync(path.join(ROOT, "test/fixtures/cost/fake-valgrind.sh"), path.join(bin, "valgrind"));
    chmodSync(path.join(bin, "valgrind"), 0o755);
    const env = { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH ?? ""}` };
    const proc = spawnSync(process.execPath, [cli, "run", "--cost", "instructions", "--out", "r.json"], { cwd: dir, encoding: "utf8", env });
    expect(proc.status, proc.stderr).toBe(0);
    const results = JSON.parse(readFileSync(path.join(dir, "r.json"), "utf8")) as ResultsFile;
    valid(results);
    expect(results.cells[0]!.trials.every((t) => t.status === "ok")).toBe(true);
    const plain = "valgrind-3.19.0 met an instruction it cannot decode (this CPU or runtime needs a newer valgrind)";
    expect(results.costs![0]).toMatchObject({ scenario: "crash", status: "failed", tool: { name: "cachegrind", version: "valgrind-3.19.0" } });
    expect(results.costs![0]!.reason).toMatch(new RegExp(`^the count of \\d+ operations under valgrind failed: ${plain.replace(/[()]/g, "\\$&")}$`));
    expect(results.costs![0]!.output).toContain("valgrind: Unrecognised instruction at address 0x4a5b6c0.");
    expect(proc.stdout).toContain(`CPU cost: count failed: the count of`);
    expect(proc.stdout).toContain(plain);
    expect(proc.stdout).toContain("| ==4242==  Illegal opcode at address 0x4A5B6C0");
  }, 120_000);

  it("says so when valgrind stops at --version: not counted with cost: auto, exit 2 with cost: instructions", () => {
    const bin = fakeValgrind(
      '#!/bin/sh\nprintf \'\\nvalgrind: fatal error: unsupported CPU.\\n   Supported CPUs are:\\n   * x86 (practically any; Pentium-I or above), AMD Athlon or above)\\n   * AMD Athlon64/Opteron\\n\' >&2\nexit 1\n',
    );
    const env = { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH ?? ""}` };
    const dir = workspace("  - { name: crash, file: bench/crash-under-valgrind.mjs, kind: cpu }");
    const auto = spawnSync(process.execPath, [cli, "run", "--cost", "auto", "--out", "r.json"], { cwd: dir, encoding: "utf8", env });
    expect(auto.status, auto.stderr).toBe(0);
    const results = JSON.parse(readFileSync(path.join(dir, "r.json"), "utf8")) as ResultsFile;
    expect(results.costs![0]).toMatchObject({ status: "skipped", reason: "valgrind --version failed: valgrind: fatal error: unsupported CPU." });
    expect(auto.stdout).toContain("CPU cost: not counted: valgrind --version failed: valgrind: fatal error: unsupported CPU.");
    const explicit = spawnSync(process.execPath, [cli, "run", "--cost", "instructions", "--out", "r.json"], { cwd: dir, encoding: "utf8", env });
    expect(explicit.status).toBe(2);
    expect(explicit.stderr).toContain("needs valgrind to count instructions, but valgrind --version failed: valgrind: fatal error: unsupported CPU.");
  }, 120_000);
});
