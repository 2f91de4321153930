// The bundled action sharded: matrix jobs measure their shards, a report job merges them, compares once, posts exactly one comment (fake GitHub API on 127.0.0.1) and stores one baseline (real git).
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ResultsFile } from "../src/results/types.js";
import { runBuiltAction, webhookExample, type ActionRun, type RunOptions } from "./support/action-process.js";
import { startFakeGitHub, type FakeGitHub } from "./support/fake-github.js";

const TOKEN = "ghs_shards_token_0123456789";
const OWNER = "Codertocat";
const REPO = "Hello-World";

const git = (cwd: string, ...args: string[]) =>
  execFileSync("git", args, {
    cwd,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@example.com", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@example.com" },
  }).trim();

let gh: FakeGitHub;
let dir: string;
let workspace: string;
let origin: string;
let sha: string;

/** A checkout of a (bare, local) origin with three cells: one scenario, async at 1, 2 and 4. */
beforeEach(async () => {
  gh = await startFakeGitHub({ token: TOKEN });
  dir = mkdtempSync(path.join(tmpdir(), "cg-action-shards-"));
  origin = path.join(dir, "origin.git");
  workspace = path.join(dir, "workspace");
  git(dir, "init", "--quiet", "--bare", "--initial-branch=master", origin);
  git(dir, "clone", "--quiet", origin, workspace);
  mkdirSync(path.join(workspace, "bench"));
  writeFileSync(path.join(workspace, "bench/tick.mjs"), 'import { setTimeout as sleep } from "node:timers/promises";\nexport async function run() { await sleep(1); }\n');
  writeFileSync(
    path.join(workspace, "concurrency-guard.yml"),
    ["version: 1", "defaults: { models: [async], concurrency: [1, 2, 4], trials: 2, duration: 100ms, warmup: 20ms, timeout: 10s }", "scenarios:", "  - { name: tick, file: bench/tick.mjs, kind: io }", ""].join("\n"),
  );
  git(workspace, "add", ".");
  git(workspace, "commit", "--quiet", "-m", "scenarios");
  git(workspace, "push", "--quiet", "origin", "HEAD:master");
  sha = git(workspace, "rev-parse", "HEAD");
});

afterEach(async () => {
  expect(gh.violations).toEqual([]);
  await gh.close();
});

const run = (options: Partial<RunOptions> & Pick<RunOptions, "eventName" | "payload" | "ref">) => runBuiltAction({ workspace, sha, apiUrl: gh.url, token: TOKEN, ...options });

/** What actions/upload-artifact then download-artifact with a pattern do: each job's output folder under artifacts/NAME/. */
function upload(job: ActionRun, name: string, to: string): void {
  cpSync(path.dirname(job.outputs.results!), path.join(to, name), { recursive: true });
}

/** The measuring jobs of a matrix of `count` shards, one after another, each in its own runner folder; their artifacts in `to`. */
async function shardJobs(count: number, event: Pick<RunOptions, "eventName" | "payload" | "ref"> & { sha?: string }, to: string, inputs: Record<string, string> = {}): Promise<ActionRun[]> {
  const jobs: ActionRun[] = [];
  for (let k = 1; k <= count; k++) {
    const job = await run({ ...event, inputs: { ...inputs, shard: `${k}/${count}` } });
    expect(job.code, job.stdout).toBe(0);
    upload(job, `concurrency-guard-shard-${k}`, to);
    jobs.push(job);
  }
  return jobs;
}

describe("a sharded workflow", () => {
  it("stores the merged nightly run as one baseline, then a pull request's shards get one comparison and exactly one comment", async () => {
    const push = webhookExample("push", (e) => e.ref === "refs/heads/master");
    const schedule = { eventName: "schedule", payload: { schedule: "0 3 * * *", repository: push.repository, sender: push.sender }, ref: "refs/heads/master" };
    const nightly = path.join(dir, "nightly");
    const measured = await shardJobs(2, schedule, nightly);
    // A measuring job measures its part only: no baseline written, nothing posted.
    const cellsOf = (job: ActionRun) => (JSON.parse(readFileSync(job.outputs.results!, "utf8")) as ResultsFile).cells.map((c) => c.id);
    expect([...cellsOf(measured[0]!), ...cellsOf(measured[1]!)].sort()).toEqual(["tick/async/1", "tick/async/2", "tick/async/4"]);
    expect(measured[0]!.summary).toMatch(/shard 1\/2 of plan [0-9a-f]{16}: \d of the plan's 3 cells measured here/);
    expect(() => git(origin, "rev-parse", "--verify", "concurrency-guard-baselines")).toThrow();

    const report = await run({ ...schedule, inputs: { shards: nightly } });
    expect(report.stderr).toBe("");
    expect(report.code, report.stdout).toBe(0);
    expect(report.stdout).toContain("merged 2 shard results (3 cells)");
    const index = JSON.parse(git(origin, "show", "concurrency-guard-baselines:index.json")) as { entries: { sha: string; cells: number }[] };
    expect(index.entries.map((e) => [e.sha, e.cells])).toEqual([[sha, 3]]);
    const stored = JSON.parse(git(origin, "show", `concurrency-guard-baselines:results/${sha}.json`)) as ResultsFile;
    expect(stored.shards?.merged.map((m) => m.index)).toEqual([1, 2]);
    expect(gh.requests).toEqual([]);

    // The pull request: two measuring jobs, then the report job posts the one comment.
    const pr = { eventName: "pull_request", payload: webhookExample("pull_request", (e) => e.action === "opened"), ref: "refs/pull/2/merge" };
    const artifacts = path.join(dir, "pr");
    await shardJobs(2, pr, artifacts, { against: "baseline" });
    expect(gh.requests).toEqual([]);
    const checked = await run({ ...pr, inputs: { shards: artifacts, against: "baseline" } });
    expect(checked.code, checked.stdout).toBe(0);
    expect(checked.outputs.verdict).toBe("pass");
    const comparison = JSON.parse(readFileSync(checked.outputs.comparison!, "utf8")) as { cells: { id: string; status: string }[] };
    expect(comparison.cells.map((c) => `${c.id}:${c.status}`).sort()).toEqual(["tick/async/1:compared", "tick/async/2:compared", "tick/async/4:compared"]);
    const comments = gh.commentsOn(OWNER, REPO, 2);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body.replace(/\\(.)/g, "$1")).toMatch(/merged from 2 of 2 shards of plan [0-9a-f]{16}: shard 1: \d cells? on/);
    expect(gh.requests.filter((r) => r.method === "POST").map((r) => r.route)).toEqual(["/repos/{owner}/{repo}/issues/{issue_number}/comments"]);

    // A shard whose job died: the report still goes out (the same comment, updated), and the step fails.
    const partial = path.join(dir, "partial");
    cpSync(path.join(artifacts, "concurrency-guard-shard-1"), path.join(partial, "concurrency-guard-shard-1"), { recursive: true });
    const missing = await run({ ...pr, inputs: { shards: partial, against: "baseline" } });
    expect(missing.code).toBe(1);
    expect(missing.stdout).toMatch(/::error::concurrency-guard: shard 2 of 2 missing: \d cells? not measured \(tick\/async\/\d/);
    expect(gh.commentsOn(OWNER, REPO, 2)).toHaveLength(1);
    expect(gh.commentsOn(OWNER, REPO, 2)[0]!.body.replace(/\\(.)/g, "$1")).toContain("shard 2 of 2 missing");
  });

  it("side by side: each shard measures the base commit's cells too, and the report compares the merged sides as one", async () => {
    // The PR makes each operation 5x slower (1 ms -> 5 ms); its base commit is the first one.
    writeFileSync(path.join(workspace, "bench/tick.mjs"), readFileSync(path.join(workspace, "bench/tick.mjs"), "utf8").replace("sleep(1)", "sleep(5)"));
    git(workspace, "commit", "--quiet", "-am", "slower tick");
    const head = git(workspace, "rev-parse", "HEAD");
    const payload = webhookExample("pull_request", (e) => e.action === "synchronize");
    (payload.pull_request as { base: { sha: string } }).base.sha = sha;
    const pr = { eventName: "pull_request", payload, ref: "refs/pull/2/merge", sha: head };
    const artifacts = path.join(dir, "side-by-side");
    // 7 trials a side: over 6 gated comparisons the smallest exact p, 2 / C(14, 7), passes Holm's first step at 0.01.
    const jobs = await shardJobs(2, pr, artifacts, { trials: "7" });
    for (const job of jobs) {
      const base = JSON.parse(readFileSync(path.join(path.dirname(job.outputs.results!), "base-results.json"), "utf8")) as ResultsFile;
      const current = JSON.parse(readFileSync(job.outputs.results!, "utf8")) as ResultsFile;
      expect(base.cells.map((c) => c.id)).toEqual(current.cells.map((c) => c.id));
      expect(base.git?.sha).toBe(sha);
      expect(base.pairing?.id).toBe(current.pairing?.id);
      // A shard alone is not compared (its Holm family would be its own cells only): the report job compares.
      expect(job.outputs).toMatchObject({ comparison: "", verdict: "no-baseline" });
    }
    expect(gh.requests).toEqual([]);
    const report = await run({ ...pr, inputs: { shards: artifacts } });
    expect(report.code, report.stdout).toBe(1);
    expect(report.outputs.verdict).toBe("fail");
    const comparison = JSON.parse(readFileSync(report.outputs.comparison!, "utf8")) as { mode: string; baseline: { source: string }; cells: { id: string; metrics: { metric: string; change: number }[] }[] };
    expect(comparison.mode).toBe("side-by-side");
    expect(comparison.baseline.source).toBe(`base commit ${sha.slice(0, 12)}, measured side by side in each shard's job`);
    expect(comparison.cells.map((c) => c.id).sort()).toEqual(["tick/async/1", "tick/async/2", "tick/async/4"]);
    for (const cell of comparison.cells) expect(cell.metrics.find((m) => m.metric === "throughput")!.change).toBeLessThan(-0.4);
    expect(gh.commentsOn(OWNER, REPO, 2)).toHaveLength(1);
    expect(gh.commentsOn(OWNER, REPO, 2)[0]!.body).toContain("measured in each shard's job with its trials taking turns with the PR's");
  });

  it("refuses bad shard inputs by name before measuring", async () => {
    const pr = { eventName: "pull_request", payload: webhookExample("pull_request", (e) => e.action === "opened"), ref: "refs/pull/2/merge" };
    const bad = await run({ ...pr, inputs: { shard: "3/2" } });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain(`::error::concurrency-guard: input "shard": expected K/N, this shard's number K of N shards, 1 <= K <= N <= 5000 (such as 2/4), got "3/2"`);
    const both = await run({ ...pr, inputs: { shard: "1/2", shards: "artifacts" } });
    expect(both.stdout).toContain(`inputs "shard" and "shards": give one`);
    const budget = await run({ ...pr, inputs: { shard: "1/2", "time-budget": "5m" } });
    expect(budget.code).toBe(1);
    expect(budget.stdout).toContain("shard with time-budget: each shard would trim its own plan differently");
    const adaptive = await run({ ...pr, inputs: { shard: "1/2", trials: "adaptive" } });
    expect(adaptive.code).toBe(1);
    expect(adaptive.stdout).toContain("a sharded run needs a fixed number of trials");
    const none = await run({ ...pr, inputs: { shards: "nothing-here" } });
    expect(none.stdout).toContain(`input "shards" (${path.join(workspace, "nothing-here")}): cannot read the folder`);
    expect(gh.requests).toEqual([]);
  });
});
