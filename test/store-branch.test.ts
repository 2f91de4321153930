// Covers src/store/branch-store.ts against real git: orphan branch layout, history bound, untouched checkout, racing writers.
import { execFileSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BranchStore } from "../src/store/branch-store.js";
import type { ResultsFile } from "../src/results/types.js";
import { cell, results, seeded } from "./support/results-fixture.js";

let dir: string;
let origin: string;

function sh(cwd: string, ...args: string[]): string {
  return execFileSync("git", ["-c", "user.name=Test", "-c", "user.email=test@example.com", ...args], {
    cwd,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  }).trim();
}

function clone(name: string): string {
  sh(dir, "clone", "--quiet", origin, name);
  return join(dir, name);
}

const sha = (n: number) => n.toString(16).padStart(40, "0");
const sample = (n: number, fingerprint = "fp-test"): ResultsFile =>
  results([cell({ scenario: "s", model: "async", concurrency: 1, throughput: 100 + n, p99: 5, trials: 3 }, seeded(n))], {
    sha: sha(n),
    fingerprint,
  });
const fastSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, Math.ceil(ms / 20)));

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "cg-branch-store-"));
  origin = join(dir, "origin.git");
  sh(dir, "init", "--quiet", "--bare", "origin.git");
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("BranchStore", () => {
  it("reads the recent history in one go, newest first, on this hardware only", async () => {
    const a = clone("a");
    const store = new BranchStore({ cwd: a, now: () => new Date("2026-01-01T00:00:00Z") });
    for (const n of [1, 2, 3]) await store.save(sample(n), { trusted: true });
    await store.save(sample(4, "fp-other"), { trusted: true });
    const reader = new BranchStore({ cwd: clone("b") });
    const recent = await reader.loadRecent({ limit: 2, fingerprint: "fp-test" });
    expect(recent.map((r) => r.git?.sha)).toEqual([sha(3), sha(2)]);
    expect((await reader.loadRecent({ limit: 10 })).map((r) => r.git?.sha)).toEqual([sha(4), sha(3), sha(2), sha(1)]);
  });

  it("reads an absent branch as empty and refuses untrusted writes without pushing", async () => {
    const a = clone("a");
    const store = new BranchStore({ cwd: a });
    expect(await store.list()).toEqual([]);
    expect(await store.loadLatest()).toBeUndefined();
    await expect(store.save(sample(1), { trusted: false })).rejects.toThrow(/untrusted/);
    expect(sh(a, "ls-remote", "origin")).toBe("");
  });

  it("writes an orphan branch another clone can read, without touching the user's checkout", async () => {
    const a = clone("a");
    await writeFile(join(a, "app.js"), "console.log(1)\n");
    sh(a, "add", "app.js");
    sh(a, "commit", "--quiet", "-m", "app");
    sh(a, "push", "--quiet", "origin", "HEAD:refs/heads/main");
    await writeFile(join(a, "app.js"), "console.log(2)\n"); // uncommitted work must survive
    await writeFile(join(a, "staged.js"), "x\n");
    sh(a, "add", "staged.js");
    const before = {
      head: sh(a, "rev-parse", "HEAD"),
      status: sh(a, "status", "--porcelain"),
      branches: sh(a, "branch", "--list"),
      refs: sh(a, "for-each-ref", "--format=%(refname) %(objectname)"),
    };

    const store = new BranchStore({ cwd: a, now: () => new Date("2025-04-04T00:00:00Z") });
    const entry = await store.save(sample(1), { trusted: true });
    expect(entry).toMatchObject({ sha: sha(1), file: `results/${sha(1)}.json`, savedAt: "2025-04-04T00:00:00.000Z" });
    expect(store.lastAttempts).toBe(1);

    expect({
      head: sh(a, "rev-parse", "HEAD"),
      status: sh(a, "status", "--porcelain"),
      branches: sh(a, "branch", "--list"),
      refs: sh(a, "for-each-ref", "--format=%(refname) %(objectname)"),
    }).toEqual(before);

    // Orphan: its one commit has no parent and shares nothing with main.
    const tip = sh(origin, "rev-parse", "refs/heads/concurrency-guard-baselines");
    expect(sh(origin, "rev-list", "--count", tip)).toBe("1");
    expect(sh(origin, "ls-tree", "-r", "--name-only", tip).split("\n")).toEqual(["index.json", `results/${sha(1)}.json`]);
    expect(sh(origin, "log", "-1", "--format=%an %s", tip)).toBe(`concurrency-guard baseline ${sha(1).slice(0, 12)} (refs/heads/main)`);

    const b = clone("b");
    const reader = new BranchStore({ cwd: b });
    expect(await reader.loadLatest()).toEqual(sample(1));
    expect(await reader.loadByCommit(sha(1).slice(0, 10))).toEqual(sample(1));
    expect(await reader.loadByCommit("1234567")).toBeUndefined();
  });

  it("keeps a bounded history, newest first, and replaces a re-saved commit", async () => {
    const a = clone("a");
    const store = new BranchStore({ cwd: a, history: 3 });
    for (const n of [1, 2, 3, 4, 5]) await store.save(sample(n), { trusted: true });
    await store.save(sample(4), { trusted: true });
    expect((await store.list()).map((e) => e.sha)).toEqual([sha(4), sha(5), sha(3)]);
    const files = sh(origin, "ls-tree", "-r", "--name-only", "refs/heads/concurrency-guard-baselines").split("\n");
    expect(files.sort()).toEqual(["index.json", `results/${sha(3)}.json`, `results/${sha(4)}.json`, `results/${sha(5)}.json`]);
    // Six commits, each on the previous one: the history is a line.
    expect(sh(origin, "rev-list", "--count", "refs/heads/concurrency-guard-baselines")).toBe("6");
  });

  it("prefers the newest baseline from the same hardware", async () => {
    const a = clone("a");
    const store = new BranchStore({ cwd: a });
    await store.save(sample(1, "fp-a"), { trusted: true });
    await store.save(sample(2, "fp-b"), { trusted: true });
    expect((await store.loadLatest())?.git?.sha).toBe(sha(2));
    expect((await store.loadLatest({ fingerprint: "fp-a" }))?.git?.sha).toBe(sha(1));
    expect((await store.loadLatest({ fingerprint: "fp-c" }))?.git?.sha).toBe(sha(2));
  });

  it("lands both of two writers that push from the same parent (one re-fetches and retries)", async () => {
    const a = clone("a");
    const b = clone("b");
    await new BranchStore({ cwd: a }).save(sample(1), { trusted: true });
    // Barrier: both writers build their commit on the same parent before either pushes.
    let arrived = 0;
    let release!: () => void;
    const bothReady = new Promise<void>((r) => (release = r));
    const beforePush = async (attempt: number) => {
      if (attempt > 1) return;
      arrived++;
      if (arrived === 2) release();
      await bothReady;
    };
    const wa = new BranchStore({ cwd: a, beforePush, sleep: fastSleep });
    const wb = new BranchStore({ cwd: b, beforePush, sleep: fastSleep });
    await Promise.all([wa.save(sample(2), { trusted: true }), wb.save(sample(3), { trusted: true })]);
    expect([wa.lastAttempts, wb.lastAttempts].sort()).toEqual([1, 2]);
    const shas = (await new BranchStore({ cwd: a }).list()).map((e) => e.sha);
    expect(shas.sort()).toEqual([sha(1), sha(2), sha(3)]);
    const files = sh(origin, "ls-tree", "-r", "--name-only", "refs/heads/concurrency-guard-baselines").split("\n");
    expect(files).toHaveLength(4);
  });

  it("prunes the oldest first when two racing writers pass the history bound, and keeps both", async () => {
    const a = clone("a");
    const b = clone("b");
    for (const n of [1, 2]) await new BranchStore({ cwd: a, history: 3 }).save(sample(n), { trusted: true });
    let arrived = 0;
    let release!: () => void;
    const bothReady = new Promise<void>((r) => (release = r));
    const beforePush = async (attempt: number) => {
      if (attempt > 1) return;
      if (++arrived === 2) release();
      await bothReady;
    };
    const wa = new BranchStore({ cwd: a, history: 3, beforePush, sleep: fastSleep });
    const wb = new BranchStore({ cwd: b, history: 3, beforePush, sleep: fastSleep });
    await Promise.all([wa.save(sample(3), { trusted: true }), wb.save(sample(4), { trusted: true })]);
    // The loser rebuilt from the winner's index: both new ones kept, the oldest (1) pruned, file and entry.
    const shas = (await new BranchStore({ cwd: b }).list()).map((e) => e.sha);
    expect(shas.slice(0, 2).sort()).toEqual([sha(3), sha(4)]);
    expect(shas[2]).toBe(sha(2));
    const files = sh(origin, "ls-tree", "-r", "--name-only", "refs/heads/concurrency-guard-baselines").split("\n").sort();
    expect(files).toEqual(["index.json", `results/${sha(2)}.json`, `results/${sha(3)}.json`, `results/${sha(4)}.json`].sort());
  });

  it("lands every one of four unsynchronized writers from two clones", async () => {
    const a = clone("a");
    const b = clone("b");
    const writers = [a, b, a, b].map((cwd, i) => new BranchStore({ cwd, sleep: fastSleep }).save(sample(10 + i), { trusted: true }));
    await Promise.all(writers);
    const shas = (await new BranchStore({ cwd: b }).list()).map((e) => e.sha);
    expect(shas.sort()).toEqual([sha(10), sha(11), sha(12), sha(13)]);
  });

  it("reports a branch that is not a baseline branch and a results file without a commit", async () => {
    const a = clone("a");
    await writeFile(join(a, "index.json"), "{ not json");
    sh(a, "checkout", "--quiet", "--orphan", "junk");
    sh(a, "add", "index.json");
    sh(a, "commit", "--quiet", "-m", "junk");
    sh(a, "push", "--quiet", "origin", "junk");
    await expect(new BranchStore({ cwd: a, branch: "junk" }).list()).rejects.toThrow(/^branch:junk: index\.json: not valid JSON/);
    const noGit = { ...sample(1) };
    delete noGit.git;
    await expect(new BranchStore({ cwd: a }).save(noGit, { trusted: true })).rejects.toThrow(/has no git commit/);
  });

  it("fails clearly when the remote does not exist", async () => {
    const a = clone("a");
    await expect(new BranchStore({ cwd: a, remote: "nowhere" }).list()).rejects.toThrow(/branch:concurrency-guard-baselines: git fetch nowhere failed/);
  });
});
