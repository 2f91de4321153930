// `concurrency-guard run --against REV | --base-config FILE`: the base and the current code measured
// in one run, their trials taking turns, written as two results files that compare reads.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { ResultsFile } from "../src/results/types.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const cli = path.join(root, "dist/cli.js");

/** A scenario whose every trial writes its version to a shared log at setup, then waits 2 ms per op. */
function scenario(version: string): string {
  return [
    'import { appendFileSync } from "node:fs";',
    "export function setup() {",
    `  appendFileSync(process.env.CG_TEST_LOG, "${version}\\n");`,
    "}",
    "export function run() {",
    "  return new Promise((resolve) => setTimeout(resolve, 2));",
    "}",
  ].join("\n");
}

const CONFIG = [
  "version: 1",
  "defaults: { models: [async], concurrency: [1, 4], trials: 4, duration: 100ms, warmup: 20ms, timeout: 5s }",
  "scenarios:",
  "  - { name: wait, file: bench/wait.mjs, kind: io }",
].join("\n");

function project(dir: string, version: string): void {
  mkdirSync(path.join(dir, "bench"), { recursive: true });
  writeFileSync(path.join(dir, "concurrency-guard.yml"), CONFIG);
  writeFileSync(path.join(dir, "bench/wait.mjs"), scenario(version));
}

function run(args: string[], cwd: string, log: string) {
  return spawnSync(process.execPath, [cli, ...args], { cwd, encoding: "utf8", env: { ...process.env, CI: "true", CG_TEST_LOG: log } });
}

const read = (file: string) => JSON.parse(readFileSync(file, "utf8")) as ResultsFile;

/** A fresh git repository and a way to run git in it. */
function gitRepo(prefix: string) {
  const repo = mkdtempSync(path.join(tmpdir(), prefix));
  const git = (...args: string[]) => execFileSync("git", args, { cwd: repo, encoding: "utf8" }).trim();
  git("init", "-q", "-b", "main");
  git("config", "user.email", "t@example.com");
  git("config", "user.name", "t");
  return { repo, git, log: path.join(repo, "..", `${path.basename(repo)}.log`) };
}

describe("run side by side", () => {
  it("--base-config: measures both, their trials taking turns, and writes two comparable results files", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "cg-sbs-"));
    project(path.join(dir, "old"), "old");
    project(path.join(dir, "new"), "new");
    const log = path.join(dir, "log.txt");
    const proc = run(["run", "--config", "new/concurrency-guard.yml", "--base-config", "old/concurrency-guard.yml", "--out", "out/r.json"], dir, log);
    expect(proc.status, proc.stderr).toBe(0);
    expect(proc.stdout).toContain("compare them: concurrency-guard compare --baseline out/r.base.json --current out/r.json");
    // Progress names each arm's cells.
    expect(proc.stderr).toMatch(/^cell \d+\/4 base: wait\/async\/1/m);
    expect(proc.stderr).toMatch(/^cell \d+\/4 current: wait\/async\/4/m);

    const order = readFileSync(log, "utf8").trim().split("\n");
    expect(order).toHaveLength(16);
    for (let k = 0; k < 16; k += 2) expect(new Set(order.slice(k, k + 2))).toEqual(new Set(["old", "new"]));

    const current = read(path.join(dir, "out/r.json"));
    const base = read(path.join(dir, "out/r.base.json"));
    for (const r of [current, base]) {
      expect(r.cells.map((c) => [c.id, c.trials.filter((t) => t.status === "ok").length])).toEqual([
        ["wait/async/1", 4],
        ["wait/async/4", 4],
      ]);
    }
    expect((current.config as { seed: number }).seed).toBe((base.config as { seed: number }).seed);
    expect(current.env.fingerprint).toBe(base.env.fingerprint);

    const cmp = spawnSync(process.execPath, [cli, "compare", "--baseline", "out/r.base.json", "--current", "out/r.json"], { cwd: dir, encoding: "utf8" });
    expect(cmp.status, cmp.stderr + cmp.stdout).toBe(0);
  });

  it("measures nothing on the base for an --only that picks a scenario the change adds", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "cg-sbs-new-"));
    project(path.join(dir, "old"), "old");
    project(path.join(dir, "new"), "new");
    writeFileSync(path.join(dir, "new/concurrency-guard.yml"), `${CONFIG}\n  - { name: extra, file: bench/wait.mjs, kind: io }\n`);
    const log = path.join(dir, "log.txt");
    const proc = run(["run", "--config", "new/concurrency-guard.yml", "--base-config", "old/concurrency-guard.yml", "--only", "extra/async/1", "--trials", "2", "--out", "r.json"], dir, log);
    expect(proc.status, proc.stderr).toBe(0);
    expect(read(path.join(dir, "r.base.json")).cells).toEqual([]);
    expect(read(path.join(dir, "r.json")).cells.map((c) => c.id)).toEqual(["extra/async/1"]);
    expect(readFileSync(log, "utf8").trim().split("\n")).toEqual(["new", "new"]);
  });

  it("--against REV: checks the commit out beside the repository, measures it, and removes the checkout", () => {
    const { repo, git, log } = gitRepo("cg-sbs-git-");
    project(repo, "v1");
    git("add", ".");
    git("commit", "-q", "-m", "v1");
    const v1 = git("rev-parse", "HEAD");
    writeFileSync(path.join(repo, "bench/wait.mjs"), scenario("v2"));
    git("commit", "-q", "-am", "v2");

    const proc = run(["run", "--against", "HEAD~1", "--only", "wait/async/1", "--trials", "3", "--out", "r.json"], repo, log);
    expect(proc.status, proc.stderr).toBe(0);
    const order = readFileSync(log, "utf8").trim().split("\n");
    expect(order.filter((v) => v === "v1")).toHaveLength(3);
    expect(order.filter((v) => v === "v2")).toHaveLength(3);
    const base = read(path.join(repo, "r.base.json"));
    expect(base.git).toEqual({ sha: v1, ref: "HEAD~1" });
    expect(read(path.join(repo, "r.json")).git?.sha).toBe(git("rev-parse", "HEAD"));
    expect(existsSync(path.join(repo, ".concurrency-guard"))).toBe(false);
    expect(git("worktree", "list").split("\n")).toHaveLength(1);
  });

  it("exits 2 with a clear message for an unknown revision, a base without the config, or two bases", () => {
    const { repo, git, log } = gitRepo("cg-sbs-bad-");
    writeFileSync(path.join(repo, "README"), "empty\n");
    git("add", ".");
    git("commit", "-q", "-m", "before the config");
    project(repo, "v1");
    git("add", ".");
    git("commit", "-q", "-m", "config");

    const unknown = run(["run", "--against", "no-such-branch"], repo, log);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("--against no-such-branch: expected a commit, branch or tag of");

    const noConfig = run(["run", "--against", "HEAD~1"], repo, log);
    expect(noConfig.status).toBe(2);
    expect(noConfig.stderr).toMatch(/--against HEAD~1: concurrency-guard\.yml does not exist at [0-9a-f]{12}, so there is nothing to measure against/);
    expect(existsSync(path.join(repo, ".concurrency-guard"))).toBe(false);

    const both = run(["run", "--against", "HEAD", "--base-config", "concurrency-guard.yml"], repo, log);
    expect(both.status).toBe(2);
    expect(both.stderr).toContain("--against and --base-config: give one base, not both");
    expect(existsSync(log)).toBe(false);
  });
});
