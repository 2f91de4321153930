// Covers `concurrency-guard history` (src/cli/history-command.ts, src/pipeline/history.ts, src/compare/history-series.ts, change-points.ts) on a real branch store in a real git repository: commit order, change points, too few baselines, machines apart, corrupt entries.
import { execFileSync } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { registerHistory } from "../src/cli/history-command.js";
import { BranchStore } from "../src/store/branch-store.js";
import type { ResultsFile } from "../src/results/types.js";
import { cell, results, seeded } from "./support/results-fixture.js";
import { runCommand } from "./support/run-command.js";

let dir: string;
let work: string;

function sh(cwd: string, ...args: string[]): string {
  return execFileSync("git", ["-c", "user.name=Test", "-c", "user.email=test@example.com", ...args], { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
}

/** A main branch of `n` real commits, oldest first. */
function commits(n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    sh(work, "commit", "--quiet", "--allow-empty", "-m", `change ${i}`);
    out.push(sh(work, "rev-parse", "HEAD"));
  }
  sh(work, "push", "--quiet", "origin", "HEAD:refs/heads/main");
  return out;
}

/** A baseline of two cells; `slow` multiplies the first cell's throughput (and divides its p99). */
function baseline(sha: string, i: number, slow: number, fingerprint = "fp-runner"): ResultsFile {
  const random = seeded(100 + i);
  const r = results(
    [
      cell({ scenario: "sha256", model: "threads", concurrency: 8, throughput: 4000, p99: 10, noise: 0.02, trials: 5, factor: slow }, random),
      cell({ scenario: "http-get", model: "async", concurrency: 64, throughput: 9000, p99: 20, noise: 0.02, trials: 5 }, random),
    ],
    { sha, fingerprint },
  );
  // Measured out of commit order (a re-run of an old commit): only the commit order is right.
  r.createdAt = new Date(Date.UTC(2026, 0, 1, 0, (i * 7) % 13)).toISOString();
  return r;
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "cg-history-"));
  sh(dir, "init", "--quiet", "--bare", "origin.git");
  sh(dir, "clone", "--quiet", join(dir, "origin.git"), "work");
  work = join(dir, "work");
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("concurrency-guard history", () => {
  it("names the commit a step landed on, in the default branch's order, with levels, change and significance", async () => {
    // 2 cells x 3 timed metrics = 6 series, 12 tests: at 0.01 a split needs 14 baselines or more.
    const shas = commits(16);
    const store = new BranchStore({ cwd: work });
    for (const [i, sha] of shas.entries()) await store.save(baseline(sha, i, i >= 8 ? 0.8 : 1), { trusted: true });
    const out = await runCommand(registerHistory, ["history", "--store", "branch:", "--json", "h.json", "--markdown", "h.md", "--branch", "origin/main"], {
      cwd: work,
      env: { GITHUB_REPOSITORY: "octo/app", GITHUB_SERVER_URL: "https://github.com" },
    });
    expect(out.code).toBe(0);
    expect(out.stdout).toContain("16 baseline(s) in the commit order of origin/main");
    const doc = JSON.parse(await readFile(join(work, "h.json"), "utf8")) as {
      changePoints: { cell: string; metric: string; commit: string; before: string; direction: string; change: { estimate: number; lower: number; upper: number }; adjustedP: number }[];
      drifts: unknown[];
    };
    const found = doc.changePoints.map((c) => `${c.cell} ${c.metric}`).sort();
    expect(found).toEqual(["sha256/threads/8 p99", "sha256/threads/8 throughput"]);
    const tp = doc.changePoints.find((c) => c.metric === "throughput")!;
    expect(tp.commit).toBe(shas[8]);
    expect(tp.before).toBe(shas[7]);
    expect(tp.direction).toBe("regression");
    expect(tp.change.estimate).toBeGreaterThan(-0.23);
    expect(tp.change.estimate).toBeLessThan(-0.17);
    expect(tp.change.lower).toBeLessThan(tp.change.estimate);
    expect(tp.adjustedP).toBeLessThanOrEqual(0.05);
    expect(doc.drifts).toEqual([]);
    const md = await readFile(join(work, "h.md"), "utf8");
    expect(md).toContain(`https://github.com/octo/app/compare/${shas[7]}...${shas[8]}`);
    expect(md).toContain("xychart-beta");
    expect(md).toContain(`(changed at ${shas[8]!.slice(0, 7)})`);
    expect(md).not.toContain("http-get/async/64");
  });

  it("says how many baselines it has and needs, keeps machines apart, and skips a corrupt entry by name", async () => {
    const shas = commits(10);
    const store = new BranchStore({ cwd: work });
    // Nine on one machine with a step in the middle, four on another: never one series.
    for (const [i, sha] of shas.slice(0, 9).entries()) await store.save(baseline(sha, i, i >= 5 ? 0.8 : 1), { trusted: true });
    for (const [i, sha] of shas.slice(6).entries()) {
      const other = baseline(sha, 50 + i, 1, "fp-other");
      other.git = { sha: `${"f".repeat(39)}${i}` };
      await store.save(other, { trusted: true, sha: other.git.sha });
    }
    // Corrupt one stored file in place, on the branch.
    sh(work, "fetch", "--quiet", "origin", "concurrency-guard-baselines");
    sh(work, "checkout", "--quiet", "-b", "edit", "FETCH_HEAD");
    execFileSync("sh", ["-c", `echo '{ broken' > results/${shas[0]}.json`], { cwd: work });
    sh(work, "commit", "--quiet", "-am", "break one");
    sh(work, "push", "--quiet", "origin", "HEAD:refs/heads/concurrency-guard-baselines");
    sh(work, "checkout", "--quiet", "main");

    const out = await runCommand(registerHistory, ["history", "--store", "branch:", "--json", "h.json"], { cwd: work });
    expect(out.code).toBe(0);
    expect(out.stderr).toContain(`warning: skipped results/${shas[0]}.json`);
    expect(out.stdout).toContain(`1 stored baseline(s) skipped, unreadable: results/${shas[0]}.json`);
    // The four of the other machine are not in main's history: the order falls back to time, and says why.
    expect(out.stdout).toMatch(/in the order they were measured: 4 of 12 baseline commits are not on the first-parent line/);
    // 12 series, 24 tests at 0.01: 2 / C(15, 7) is the first to pass 0.01 / 24.
    expect(out.stdout).toMatch(/machine 2 x Test CPU \(fp-other\): 4 baseline\(s\), the analysis needs 15: no change points claimed/);
    expect(out.stdout).toMatch(/machine 2 x Test CPU \(fp-runner\): 8 baseline\(s\), the analysis needs 15/);
    expect(out.stdout).toContain("2 machines (hardware fingerprints): each is its own series");
    const doc = JSON.parse(await readFile(join(work, "h.json"), "utf8")) as { machines: { fingerprint: string; baselines: number }[]; changePoints: { fingerprint: string }[] };
    expect(doc.machines).toHaveLength(2);
    expect(doc.machines).toEqual(
      expect.arrayContaining([expect.objectContaining({ fingerprint: "fp-runner", baselines: 8 }), expect.objectContaining({ fingerprint: "fp-other", baselines: 4 })]),
    );
    expect(doc.changePoints).toEqual([]);
  });

  it("claims nothing from a store with too few baselines, and exits 0", async () => {
    const shas = commits(3);
    const store = new BranchStore({ cwd: work });
    for (const [i, sha] of shas.entries()) await store.save(baseline(sha, i, i === 2 ? 0.5 : 1), { trusted: true });
    const out = await runCommand(registerHistory, ["history", "--store", "branch:"], { cwd: work });
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/3 baseline\(s\), the analysis needs 14: no change points claimed/);
    expect(out.stdout).toContain("no change point and no slow drift found");
  });

  it("refuses a bad option value with exit 2 naming it", async () => {
    await expect(runCommand(registerHistory, ["history", "--store", "branch:", "--alpha", "2"], { cwd: work })).rejects.toThrow(/--alpha/);
  });
});
