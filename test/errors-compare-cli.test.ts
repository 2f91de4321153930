// Errors through the built CLI on real trials: a race fixed in the baseline and back in the current run is an error-rate regression at concurrency 16 only, named with its kind, line and race wording in text and markdown; a scenario failing at every level gets no race wording.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { ComparisonDocument } from "../src/report/comparison-document.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const cli = path.join(root, "dist/cli.js");
const FIXTURE = path.join(root, "test/fixtures/scenarios/racy-toggle.mjs");
const LINE = readFileSync(FIXTURE, "utf8").split("\n").findIndex((l) => l.includes("throw new Error(`cache fill collided")) + 1;
const KIND = "cache fill collided for k#";

function run(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, [cli, ...args], { cwd, encoding: "utf8", env: { ...process.env, CI: "true", ...env } });
}

describe("errors compared through the CLI", () => {
  it("flags the race at 16 only, names kind, line and race, and leaves the always-failing scenario without race wording", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "cg-errors-"));
    cpSync(path.join(root, "test/fixtures/scenarios"), path.join(dir, "bench"), { recursive: true });
    // Eight trials a side: from a clean baseline the rank test reaches p = 0.0004, enough after Holm.
    writeFileSync(
      path.join(dir, "concurrency-guard.yml"),
      [
        "version: 1",
        "defaults: { trials: 8, duration: 150ms, warmup: 50ms, timeout: 5s, concurrency: [1, 16], models: [async] }",
        "scenarios:",
        "  - { name: cache, file: bench/racy-toggle.mjs, kind: io }",
        "  - { name: throws, file: bench/throws.mjs, kind: io }",
      ].join("\n"),
    );
    const base = run(["run", "--out", "base.json"], dir, { RACY_TOGGLE_FIXED: "1" });
    expect(base.status, base.stderr).toBe(0);
    const cur = run(["run", "--out", "current.json"], dir);
    expect(cur.status, cur.stderr).toBe(0);
    // The run's table: failed operations beside throughput, the top kind with its line and the race wording.
    expect(cur.stdout).toMatch(/model\s+conc\s+pool\s+throughput\s+errors/);
    expect(cur.stdout).toContain(`"${KIND}" x`);
    expect(cur.stdout).toContain(`at bench/racy-toggle.mjs:${LINE} in store`);
    expect(cur.stdout).toMatch(/fails only with 2\+ operations in flight: a race is likely \(async at 16: [\d.]+%; none at 1\)/);
    expect(cur.stdout).toContain(`"boom on call #" x`);
    expect(cur.stdout.match(/a race is likely/g)).toHaveLength(1);

    const cmp = run(["compare", "--baseline", "file:base.json", "--current", "current.json", "--json", "cmp.json", "--markdown", "cmp.md"], dir);
    expect(cmp.status, cmp.stdout + cmp.stderr).toBe(1);
    expect(cmp.stdout).toMatch(/REGRESSION +cache\/async\/16: 0% -> /);
    expect(cmp.stdout).not.toMatch(/REGRESSION +cache\/async\/1:/);
    expect(cmp.stdout).toContain(`new "${KIND}"`);
    expect(cmp.stdout).toContain(`at bench/racy-toggle.mjs:${LINE} in store`);
    expect(cmp.stdout).toMatch(/cache: "cache fill collided for k#" fails only with 2\+ operations in flight: a race is likely/);
    expect(cmp.stdout).toMatch(/Gate failed because:\n(?: {2}- .*\n)* {2}- cache\/async\/16: error rate 0% -> /);
    expect(cmp.stdout).not.toMatch(/throws: .*race/);
    expect(cmp.stdout).not.toMatch(/REGRESSION +throws/);

    const doc = JSON.parse(readFileSync(path.join(dir, "cmp.json"), "utf8")) as ComparisonDocument;
    const verdicts = Object.fromEntries(doc.cells.map((c) => [c.id, c.errors?.verdict]));
    expect(verdicts["cache/async/16"]).toBe("regression");
    expect(verdicts["cache/async/1"]).toBe("unchanged");
    expect(verdicts["throws/async/1"]).not.toBe("regression");
    expect(verdicts["throws/async/16"]).not.toBe("regression");
    expect(doc.races.map((r) => [r.scenario, r.pattern, r.kind])).toEqual([["cache", "concurrent-only", KIND]]);

    const md = readFileSync(path.join(dir, "cmp.md"), "utf8");
    expect(md).toContain("#### Errors");
    expect(md).toContain("❌ `cache/async/16`: error rate 0% → ");
    // throws.mjs fails one call in three at every level: about 33% on both sides, never a regression.
    expect(md).toMatch(/⚠️ `throws\/async\/16`: error rate 3\d% → 3\d%.* · (unchanged|inconclusive)/);
    expect(md).toContain(`\`bench/racy-toggle.mjs:${LINE}\` in \`store\``);
    expect(md).toContain("a race is likely");
    expect(md).toContain("`boom on call #`");
  }, 300_000);
});
