// `run --shard K/N` and `merge` through the built CLI: real trial processes on a small project in a git repository, every refusal of merge, side by side per shard.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import type { ResultsFile } from "../src/results/types.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const cli = path.join(root, "dist/cli.js");
const FORM = "expected K/N, this shard's number K of N shards, 1 <= K <= N <= 5000 (such as 2/4)";

const CONFIG = [
  "version: 1",
  "defaults: { models: [async], concurrency: [1, 2], trials: 2, duration: 100ms, warmup: 20ms, timeout: 5s, cost: off }",
  "scenarios:",
  "  - { name: wait, file: bench/wait.mjs, kind: io }",
  "  - { name: spin, file: bench/spin.mjs, kind: cpu }",
].join("\n");

let repo: string;
const git = (...args: string[]) => execFileSync("git", args, { cwd: repo, encoding: "utf8" }).trim();
const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { cwd: repo, encoding: "utf8", env: { ...process.env, CI: "true" } });
const read = (file: string) => JSON.parse(readFileSync(path.join(repo, file), "utf8")) as ResultsFile;
const write = (file: string, results: ResultsFile) => writeFileSync(path.join(repo, file), JSON.stringify(results));
const ids = (r: ResultsFile) => r.cells.map((c) => c.id);

beforeAll(() => {
  repo = mkdtempSync(path.join(tmpdir(), "cg-shards-"));
  git("init", "-q", "-b", "main");
  git("config", "user.email", "t@example.com");
  git("config", "user.name", "t");
  mkdirSync(path.join(repo, "bench"));
  writeFileSync(path.join(repo, "concurrency-guard.yml"), CONFIG);
  writeFileSync(path.join(repo, "bench/wait.mjs"), "export function run() { return new Promise((r) => setTimeout(r, 2)); }\n");
  writeFileSync(path.join(repo, "bench/spin.mjs"), "export function run() { let x = 0; for (let i = 0; i < 20000; i++) x += i; return x; }\n");
  git("add", ".");
  git("commit", "-qm", "base");
  writeFileSync(path.join(repo, "bench/wait.mjs"), "export function run() { return new Promise((r) => setTimeout(r, 3)); }\n");
  git("commit", "-qam", "change");
});

describe("run --shard and merge", () => {
  let whole: ResultsFile;
  const shards: ResultsFile[] = [];

  beforeAll(() => {
    const unsharded = run("run", "-o", "whole.json");
    expect(unsharded.status, unsharded.stderr).toBe(0);
    whole = read("whole.json");
    // Four cells over five shards: the fifth gets none.
    for (let k = 1; k <= 5; k++) {
      const r = run("run", "--shard", `${k}/5`, "-o", `s${k}.json`);
      expect(r.status, r.stderr).toBe(0);
      shards.push(read(`s${k}.json`));
    }
  });

  it("measures every cell of the unsharded plan exactly once over the shards, and merges them into the whole plan", () => {
    expect(ids(whole)).toEqual(["wait/async/1", "wait/async/2", "spin/async/1", "spin/async/2"]);
    const sharded = shards.flatMap(ids);
    expect(sharded.sort()).toEqual([...ids(whole)].sort());
    expect(shards.map((s) => s.cells.length)).toEqual([1, 1, 1, 1, 0]);
    expect(shards.every((s) => s.cells.every((c) => c.trials.length === 2))).toBe(true);
    expect(new Set(shards.map((s) => s.shard!.fingerprint)).size).toBe(1);
    expect(shards.map((s) => s.shard!.index)).toEqual([1, 2, 3, 4, 5]);

    const merged = run("merge", "s1.json", "s2.json", "s3.json", "s4.json", "s5.json", "--out", "merged.json");
    expect(merged.status, merged.stderr).toBe(0);
    expect(merged.stdout).toBe("merged 5 shard results (4 cells) into merged.json\n");
    const m = read("merged.json");
    expect(ids(m)).toEqual(ids(whole));
    expect(m.shard).toBeUndefined();
    expect(m.shards).toMatchObject({ count: 5, missing: [] });
    expect(m.shards!.merged.map((s) => s.cells)).toEqual([1, 1, 1, 1, 0]);
    // Compared with the unsharded run like any results file, and stored as one baseline.
    const compared = run("compare", "--baseline", "whole.json", "--current", "merged.json", "--fail-on", "none");
    expect(compared.status, compared.stderr).toBe(0);
    expect(compared.stderr).toContain("merged from 5 of 5 shards of plan");
    const saved = run("baseline", "save", "--store", "file:store", "--results", "merged.json");
    expect(saved.status, saved.stderr).toBe(0);
    expect(saved.stdout).toContain("(4 cells,");
  });

  it("says an empty shard had nothing to measure, and merge needs no file from it", () => {
    const empty = run("run", "--shard", "5/5", "-o", "again5.json");
    expect(empty.status).toBe(0);
    expect(empty.stderr).toMatch(/shard 5\/5 of plan [0-9a-f]{16}: the plan's 4 cells went to other shards; nothing to measure here \(merge accepts this file\)/);
    const without = run("merge", "s1.json", "s2.json", "s3.json", "s4.json", "--out", "four.json");
    expect(without.status, without.stderr).toBe(0);
  });

  it("refuses, with exit 2 and the files named, what cannot be one plan", () => {
    const refusal = (args: string[], message: string | RegExp) => {
      const r = run("merge", ...args, "--out", "refused.json");
      expect(r.status, r.stdout).toBe(2);
      expect(r.stderr).toMatch(message);
    };
    refusal(["s1.json", "s1.json"], "concurrency-guard: s1.json and s1.json: shard 1/5 twice");
    refusal(["s1.json", "s2.json", "s3.json"], "concurrency-guard: shard 4 of 5 missing (merged: s1.json, s2.json, s3.json): their 1 cell would not be measured; give every shard's results, or pass --allow-missing to merge what there is");
    refusal(["s1.json", "whole.json"], "concurrency-guard: whole.json: not a shard's results");

    const other = run("run", "--shard", "2/5", "--seed", "5", "-o", "seed5.json");
    expect(other.status, other.stderr).toBe(0);
    refusal(["s1.json", "seed5.json"], /concurrency-guard: s1\.json and seed5\.json: shards of different plans \(shard 1\/5, plan [0-9a-f]{16} vs shard 2\/5, plan [0-9a-f]{16}\)/);

    write("commit.json", { ...shards[1]!, git: { sha: "b".repeat(40) } });
    refusal(["s1.json", "commit.json"], `concurrency-guard: s1.json and commit.json: results of different commits (${git("rev-parse", "HEAD")} vs ${"b".repeat(40)})`);

    write("overlap.json", { ...shards[1]!, cells: [...shards[1]!.cells, ...shards[0]!.cells] });
    refusal(["s1.json", "overlap.json"], `concurrency-guard: s1.json and overlap.json: cell ${shards[0]!.cells[0]!.id} in both (overlapping shards)`);
    write("stray.json", { ...shards[1]!, cells: shards[0]!.cells });
    refusal(["stray.json"], `concurrency-guard: stray.json: cell ${shards[0]!.cells[0]!.id} belongs to shard 1, not to shard 2/5`);
    refusal(["s1.json", "nowhere.json"], "concurrency-guard: nowhere.json: file not found");
  });

  it("merges what there is with --allow-missing; compare and baseline save then refuse to pass", () => {
    const r = run("merge", "s1.json", "s2.json", "s3.json", "s5.json", "--out", "partial.json", "--allow-missing");
    expect(r.status, r.stderr).toBe(0);
    const missingCell = shards[3]!.cells[0]!.id;
    expect(r.stderr).toContain(`warning: shard 4 of 5 missing: 1 cell not measured (${missingCell}); a missing shard fails the check`);
    expect(read("partial.json").shards!.missing).toEqual([{ index: 4, cells: [missingCell] }]);
    const compared = run("compare", "--baseline", "whole.json", "--current", "partial.json", "--fail-on", "none");
    expect(compared.status).toBe(1);
    expect(compared.stderr).toContain("shard 4 of 5 missing");
    const saved = run("baseline", "save", "--store", "file:store", "--results", "partial.json");
    expect(saved.status).toBe(2);
    expect(saved.stderr).toContain("a baseline must hold the whole plan");
    const one = run("baseline", "save", "--store", "file:store", "--results", "s1.json");
    expect(one.status).toBe(2);
    expect(one.stderr).toContain("these are the results of shard 1/5, a part of the plan: merge every shard's results");
  });

  it("refuses a bad --shard with the expected form", () => {
    for (const bad of ["0/2", "3/2", "1/0", "two"]) {
      const r = run("run", "--shard", bad);
      expect(r.status, bad).toBe(2);
      expect(r.stderr).toContain(`${FORM}, got "${bad}"`);
    }
    const adaptive = run("run", "--shard", "1/2", "--trials", "adaptive");
    expect(adaptive.status).toBe(2);
    expect(adaptive.stderr).toContain("a sharded run needs a fixed number of trials");
  });
});

describe("side by side per shard", () => {
  it("measures base and current of the same cells on each shard; the merged sides compare as one side-by-side run", () => {
    for (const k of [1, 2]) {
      const r = run("run", "--shard", `${k}/2`, "--against", "HEAD~1", "-o", `p${k}.json`);
      expect(r.status, r.stderr).toBe(0);
      const current = read(`p${k}.json`);
      const base = read(`p${k}.base.json`);
      expect(ids(base)).toEqual(ids(current));
      expect(base.shard).toEqual(current.shard);
      expect(base.pairing!.id).toBe(current.pairing!.id);
    }
    expect(run("merge", "p1.json", "p2.json", "--out", "pc.json").status).toBe(0);
    expect(run("merge", "p1.base.json", "p2.base.json", "--out", "pb.json").status).toBe(0);
    const mixed = run("merge", "p1.json", "p2.base.json", "--out", "mixed.json");
    expect(mixed.status).toBe(2);
    expect(mixed.stderr).toContain("p1.json and p2.base.json: results of different commits");
    const compared = run("compare", "--baseline", "pb.json", "--current", "pc.json", "--fail-on", "none", "--json", "cmp.json");
    expect(compared.status, compared.stderr).toBe(0);
    const doc = JSON.parse(readFileSync(path.join(repo, "cmp.json"), "utf8")) as { mode: string; cells: { id: string }[] };
    expect(doc.mode).toBe("side-by-side");
    expect(doc.cells.map((c) => c.id).sort()).toEqual(["spin/async/1", "spin/async/2", "wait/async/1", "wait/async/2"]);
  });
});
