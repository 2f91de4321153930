// Covers src/cli/baseline-command.ts: `baseline save` and `baseline show` on file and branch stores, and the pull-request guard.
import { execFileSync } from "node:child_process";
import { mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { registerBaseline } from "../src/cli/baseline-command.js";
import { cell, results, seeded } from "./support/results-fixture.js";
import { runCommand } from "./support/run-command.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "cg-baseline-cli-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function baseline(cwd: string, env: NodeJS.ProcessEnv, ...args: string[]) {
  return runCommand(registerBaseline, ["baseline", ...args], { cwd, env });
}

const sample = (sha: string) =>
  results([cell({ scenario: "io", model: "async", concurrency: 8, throughput: 4000, p99: 3, trials: 4 }, seeded(3))], { sha });

describe("concurrency-guard baseline", () => {
  it("saves to and shows a file store", async () => {
    await writeFile(join(dir, "concurrency-guard-results.json"), JSON.stringify(sample("c".repeat(40))));
    const saved = await baseline(dir, {}, "save", "--store", "file:base/baseline.json");
    expect(saved.code).toBe(0);
    expect(saved.stdout).toBe(`saved baseline ${"c".repeat(12)} (1 cells, 2 x Test CPU) to file:base/baseline.json\n`);
    const shown = await baseline(dir, {}, "show", "--store", "base/baseline.json", "--commit", "ccccccc");
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(/^baseline c{12} measured 2025-01-01T00:00:00.000Z on 2 x Test CPU\n/);
    expect(shown.stdout).toMatch(/io\/async\/8\s+4\s+3996\/s\s+3\.03ms\s+4\.99ms\n/);
  });

  it("refuses to save on a pull_request event unless --trusted, writing nothing", async () => {
    await writeFile(join(dir, "r.json"), JSON.stringify(sample("d".repeat(40))));
    const r = await baseline(dir, { GITHUB_EVENT_NAME: "pull_request" }, "save", "--store", "b.json", "--results", "r.json");
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^concurrency-guard: refusing to save a baseline from a pull_request event/);
    await expect(stat(join(dir, "b.json"))).rejects.toThrow(/ENOENT/);
    const ok = await baseline(dir, { GITHUB_EVENT_NAME: "pull_request" }, "save", "--store", "b.json", "--results", "r.json", "--trusted");
    expect(ok.code).toBe(0);
  });

  it("saves to a branch store in a real repository and lists it", async () => {
    const git = (cwd: string, ...args: string[]) => execFileSync("git", args, { cwd, encoding: "utf8", stdio: "pipe" }).trim();
    git(dir, "init", "--quiet", "--bare", "origin.git");
    git(dir, "clone", "--quiet", join(dir, "origin.git"), "work");
    const work = join(dir, "work");
    await writeFile(join(work, "r1.json"), JSON.stringify(sample("1".repeat(40))));
    await writeFile(join(work, "r2.json"), JSON.stringify(sample("2".repeat(40))));
    expect((await baseline(work, {}, "save", "--store", "branch:", "--results", "r1.json")).code).toBe(0);
    expect((await baseline(work, {}, "save", "--store", "branch:", "--results", "r2.json", "--history", "1")).code).toBe(0);
    const shown = await baseline(work, {}, "show", "--store", "branch:concurrency-guard-baselines");
    expect(shown.code).toBe(0);
    const lines = shown.stdout.split("\n");
    expect(lines[0]).toBe("branch:concurrency-guard-baselines: 1 baseline(s), newest first");
    expect(lines[3]).toMatch(/^2{12}\s+refs\/heads\/main\s+2025-01-01T00:00:00.000Z/);
    const json = JSON.parse((await baseline(work, {}, "show", "--store", "branch:", "--json")).stdout);
    expect(json.map((e: { sha: string }) => e.sha)).toEqual(["2".repeat(40)]);
  });

  it("exits 2 with a clear message for a bad results file or history", async () => {
    await writeFile(join(dir, "r.json"), "[]");
    const bad = await baseline(dir, {}, "save", "--store", "b.json", "--results", "r.json");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe("concurrency-guard: r.json: (top level): expected a results object, got []\n");
    await writeFile(join(dir, "r.json"), JSON.stringify(sample("e".repeat(40))));
    const hist = await baseline(dir, {}, "save", "--store", "branch:x", "--results", "r.json", "--history", "0");
    expect(hist.code).toBe(2);
    expect(hist.stderr).toBe('concurrency-guard: expected a positive integer, got "0"\n');
  });
});
