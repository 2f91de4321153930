// The bundled action end to end, as the runner starts it: real webhook payloads, a fake GitHub API checked against OpenAPI, real git baselines in a bare repo.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Comparison } from "../src/compare/types.js";
import type { ResultsFile } from "../src/results/types.js";
import { runBuiltAction, webhookExample, type RunOptions } from "./support/action-process.js";
import { startFakeGitHub, type FakeGitHub } from "./support/fake-github.js";
import { around, fixtureResults } from "./support/results-fixture.js";

const TOKEN = "ghs_e2e_token_0123456789";
const OWNER = "Codertocat";
const REPO = "Hello-World";

const git = (cwd: string, ...args: string[]) =>
  execFileSync("git", args, {
    cwd,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@example.com", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@example.com" },
  }).trim();

interface Repo {
  origin: string;
  workspace: string;
  sha: string;
}

/** A repository like a checkout on a runner: a clone of a (bare, local) origin, with a tiny config on master. */
function makeRepo(): Repo {
  const dir = mkdtempSync(path.join(tmpdir(), "cg-e2e-"));
  const origin = path.join(dir, "origin.git");
  const workspace = path.join(dir, "workspace");
  git(dir, "init", "--quiet", "--bare", "--initial-branch=master", origin);
  git(dir, "clone", "--quiet", origin, workspace);
  mkdirSync(path.join(workspace, "bench"));
  writeFileSync(
    path.join(workspace, "bench/tick.mjs"),
    [
      "// A 1 ms wait per operation; setup records the environment the scenario (the PR's code) can read.",
      'import { writeFileSync } from "node:fs";',
      'import { setTimeout as sleep } from "node:timers/promises";',
      'export function setup() { writeFileSync(new URL("../env-seen.json", import.meta.url), JSON.stringify(process.env)); }',
      "export async function run() { await sleep(1); }",
      "",
    ].join("\n"),
  );
  writeFileSync(
    path.join(workspace, "concurrency-guard.yml"),
    [
      "version: 1",
      "defaults: { models: [async], concurrency: [1, 4], trials: 3, duration: 150ms, warmup: 50ms, timeout: 10s }",
      "scenarios:",
      "  - { name: tick, file: bench/tick.mjs, kind: io }",
      "",
    ].join("\n"),
  );
  git(workspace, "add", ".");
  git(workspace, "commit", "--quiet", "-m", "scenarios");
  git(workspace, "push", "--quiet", "origin", "HEAD:master");
  return { origin, workspace, sha: git(workspace, "rev-parse", "HEAD") };
}

function pullRequest(action: "opened" | "synchronize", fork = false): Record<string, unknown> {
  const payload = webhookExample("pull_request", (e) => e.action === action);
  if (fork) {
    // The examples have no fork PR: move the head to another owner's repository, as GitHub sends it then.
    const head = (payload.pull_request as { head: { label: string; user: { login: string }; repo: { full_name: string; fork: boolean; owner: { login: string } } } }).head;
    head.repo.full_name = "someone-else/Hello-World";
    head.repo.owner.login = "someone-else";
    head.repo.fork = true;
    head.user.login = "someone-else";
    head.label = "someone-else:changes";
  }
  return payload;
}

let gh: FakeGitHub;
let repo: Repo;

beforeEach(async () => {
  gh = await startFakeGitHub({ token: TOKEN });
  repo = makeRepo();
});

afterEach(async () => {
  expect(gh.violations).toEqual([]);
  await gh.close();
});

const run = (options: Partial<RunOptions> & Pick<RunOptions, "eventName" | "payload" | "ref">) =>
  runBuiltAction({ workspace: repo.workspace, sha: repo.sha, apiUrl: gh.url, token: TOKEN, ...options });

const prRun = (payload: Record<string, unknown>, inputs: Record<string, string> = {}) =>
  run({ eventName: "pull_request", payload, ref: "refs/pull/2/merge", inputs });

describe("pull request runs", () => {
  it("creates the comment on the first run and updates it in place on the next push", async () => {
    const first = await run({ eventName: "pull_request", payload: pullRequest("opened"), ref: "refs/pull/2/merge", env: { ACTIONS_RUNTIME_TOKEN: "runtime-secret" } });
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("concurrency-guard: pull request #2 into master: compare with the baseline");
    // Three trials a side can never be significant: the log warns before the trials, and the comment says so.
    const toothless =
      "this run has no teeth: with 3 trials a side no change can be significant at alpha 0.01 against a stored baseline " +
      "(the smallest possible p of the trials, 0.1, is above 0.01, so their rank interval is unbounded); use at least 5 trials";
    expect(first.stdout).toContain(`::warning::${toothless}`);
    expect(first.stdout.indexOf(`::warning::${toothless}`)).toBeLessThan(first.stdout.indexOf("results written to"));
    expect(first.outputs).toMatchObject({ verdict: "no-baseline", regressions: "0", blocking: "0", comparison: "" });
    const comments = gh.commentsOn(OWNER, REPO, 2);
    expect(comments).toHaveLength(1);
    const body = comments[0]!.body;
    expect(body.split("\n")[0]).toMatch(/^<!-- concurrency-guard:sticky key=[0-9a-f]{16} \(concurrency \/ concurrency-guard\.yml\) -->$/);
    expect(body.split("\n")[1]).toBe("### ⚪ concurrency-guard: no baseline yet");
    expect(body.replace(/\\(.)/g, "$1")).toContain(`> ${toothless}`);
    expect(first.outputs["comment-url"]).toBe(`https://github.com/${OWNER}/${REPO}/pull/2#issuecomment-${comments[0]!.id}`);
    // The same report is in the job summary, and the files named by the outputs exist.
    expect(first.summary).toContain("### ⚪ concurrency-guard: no baseline yet");
    expect(readFileSync(first.outputs.report!, "utf8")).toContain("#### `tick` · declared io");
    const results = JSON.parse(readFileSync(first.outputs.results!, "utf8")) as ResultsFile;
    expect(results.cells.map((c) => `${c.id}:${c.trials.length}`).sort()).toEqual(["tick/async/1:3", "tick/async/4:3"]);
    // The token was masked, and neither it nor the runner's own tokens reached the scenario processes.
    expect(first.stdout).toContain(`::add-mask::${TOKEN}`);
    const seen = readFileSync(path.join(repo.workspace, "env-seen.json"), "utf8");
    expect(seen).toContain("GITHUB_EVENT_NAME");
    expect(seen).not.toContain(TOKEN);
    expect(seen).not.toContain("runtime-secret");

    const second = await prRun(pullRequest("synchronize"));
    expect(second.code).toBe(0);
    expect(gh.commentsOn(OWNER, REPO, 2)).toHaveLength(1);
    expect(gh.commentsOn(OWNER, REPO, 2)[0]!.id).toBe(comments[0]!.id);
    expect(second.outputs["comment-url"]).toBe(first.outputs["comment-url"]);
    // GET /user: whose comments are ours (GITHUB_TOKEN cannot read it: github-actions[bot]).
    expect(gh.requests.map((r) => `${r.method} ${r.route} ${r.status}`)).toEqual([
      "GET /user 403",
      "GET /repos/{owner}/{repo}/issues/{issue_number}/comments 200",
      "POST /repos/{owner}/{repo}/issues/{issue_number}/comments 201",
      "GET /user 403",
      "GET /repos/{owner}/{repo}/issues/{issue_number}/comments 200",
      "PATCH /repos/{owner}/{repo}/issues/comments/{comment_id} 200",
    ]);
    expect(gh.requests.every((r) => r.path === "/user" || r.path.startsWith(`/repos/${OWNER}/${REPO}/issues/`))).toBe(true);
  });

  it("degrades gracefully on a fork's read-only token: no failure, summary and results kept", async () => {
    // comment: auto does not even try on a fork.
    const auto = await prRun(pullRequest("opened", true));
    expect(auto.code).toBe(0);
    expect(auto.stdout).toMatch(/::notice::concurrency-guard: pull request #2 comes from a fork, whose token is read-only: no comment/);
    expect(gh.requests).toEqual([]);

    // comment: always tries, gets GitHub's 403, and reports it.
    gh.fail({ method: "POST", path: /\/issues\/2\/comments$/, status: 403, times: 5 });
    const always = await prRun(pullRequest("opened", true), { comment: "always" });
    expect(always.code).toBe(0);
    expect(always.stdout).toMatch(/::notice::concurrency-guard: the PR comment could not be posted \(HTTP 403: the token cannot write to this pull request/);
    expect(always.stdout).not.toContain("::error::");
    expect(always.outputs).toMatchObject({ verdict: "no-baseline", "comment-url": "" });
    expect(always.summary).toContain("### ⚪ concurrency-guard: no baseline yet");
    expect(always.summary).toContain("the PR comment could not be posted (HTTP 403");
    expect(existsSync(always.outputs.results!)).toBe(true);
    expect(gh.requests.filter((r) => r.method === "POST").map((r) => r.status)).toEqual([403]);
    expect(gh.commentsOn(OWNER, REPO, 2)).toHaveLength(0);
  });

  it("retries a 502 from the API and then posts the comment", async () => {
    gh.fail({ method: "POST", path: /\/issues\/2\/comments$/, status: 502 });
    const result = await prRun(pullRequest("opened"));
    expect(result.code).toBe(0);
    expect(gh.requests.filter((r) => r.method === "POST").map((r) => r.status)).toEqual([502, 201]);
    expect(gh.commentsOn(OWNER, REPO, 2)).toHaveLength(1);
    expect(result.outputs["comment-url"]).toMatch(/#issuecomment-\d+$/);
  });

  it("fails the step on a regression with the right outputs, comment, summary and error", async () => {
    // A baseline far faster than a 1 ms sleep allows (1000/s per operation in flight), and with a p99 of 5 s:
    // a throughput regression in both cells by construction, not by timing luck, and no p99 one.
    const baseline = fixtureResults(
      [1, 4].map((concurrency) => ({ scenario: "tick", model: "async" as const, concurrency, throughput: around(50_000 * concurrency, 16), p99: 5000 })),
      { sha: "f95f852bd8fca8fcc58a9a2d6c842781e32a215e", ref: "refs/heads/master" },
    );
    writeFileSync(path.join(repo.workspace, "baseline.json"), JSON.stringify(baseline));
    const result = await prRun(pullRequest("synchronize"), { baseline: "file:baseline.json" });
    expect(result.code).toBe(1);
    expect(result.outputs).toMatchObject({ verdict: "fail", regressions: "2", blocking: "0" });
    expect(result.stdout).toMatch(/::error::concurrency-guard: 2 regression\(s\), 0 new blocking site\(s\), 0 budget\(s\) broken%0A- tick\/async\/1: throughput -\d+%25 /);
    const comparison = JSON.parse(readFileSync(result.outputs.comparison!, "utf8")) as Comparison;
    expect(comparison.verdict).toBe("fail");
    // The baseline was measured on the PR's base commit (the payload's base.sha), so it was picked by commit.
    expect(comparison.baseline.source).toBe("file:baseline.json@f95f852bd8fc");
    const body = gh.commentsOn(OWNER, REPO, 2)[0]!.body;
    expect(body.split("\n")[1]).toBe("### ❌ concurrency-guard: failed");
    expect(body).toContain("**2 regressions** · 0 new blocking sites · 0 budgets broken");
    expect(body).toContain("compared with baseline [`f95f852`](https://github.com/Codertocat/Hello-World/commit/f95f852bd8fca8fcc58a9a2d6c842781e32a215e) (master)");
    expect(body).toContain("```mermaid\nxychart-beta");
    expect(result.summary).toContain("### ❌ concurrency-guard: failed");

    // fail-on without regression: the same findings are reported and the step passes.
    const lenient = await prRun(pullRequest("synchronize"), { baseline: "file:baseline.json", "fail-on": "blocking, budget" });
    expect(lenient.code).toBe(0);
    expect(lenient.outputs).toMatchObject({ verdict: "pass", regressions: "2" });
    expect(gh.commentsOn(OWNER, REPO, 2)[0]!.body).toContain("passed, with findings outside `fail-on`");
  });

  it("against: base-commit measures the PR's base commit in the same job, fetching it into a shallow checkout", async () => {
    // The PR makes each operation 5x slower (1 ms -> 5 ms); the checkout is shallow, as actions/checkout leaves it.
    writeFileSync(path.join(repo.workspace, "bench/tick.mjs"), readFileSync(path.join(repo.workspace, "bench/tick.mjs"), "utf8").replace("sleep(1)", "sleep(5)"));
    git(repo.workspace, "commit", "--quiet", "-am", "slower tick");
    git(repo.workspace, "push", "--quiet", "origin", "HEAD:refs/heads/changes");
    const shallow = path.join(path.dirname(repo.workspace), "shallow");
    git(path.dirname(repo.workspace), "clone", "--quiet", "--depth=1", "--branch=changes", `file://${repo.origin}`, shallow);
    expect(() => git(shallow, "cat-file", "-e", `${repo.sha}^{commit}`)).toThrow();
    const payload = pullRequest("synchronize");
    (payload.pull_request as { base: { sha: string } }).base.sha = repo.sha;

    const result = await runBuiltAction({
      workspace: shallow,
      sha: git(shallow, "rev-parse", "HEAD"),
      apiUrl: gh.url,
      token: TOKEN,
      eventName: "pull_request",
      payload,
      ref: "refs/pull/2/merge",
      inputs: { against: "base-commit", trials: "6" },
    });
    expect(result.stdout).toContain(`fetching the base commit ${repo.sha.slice(0, 12)}`);
    expect(result.code, result.stdout).toBe(1);
    expect(result.outputs.verdict).toBe("fail");
    expect(Number(result.outputs.regressions)).toBeGreaterThanOrEqual(2);
    const comparison = JSON.parse(readFileSync(result.outputs.comparison!, "utf8")) as Comparison;
    expect(comparison.baseline.source).toBe(`base commit ${repo.sha.slice(0, 12)}, measured side by side in this job`);
    expect(comparison.baseline.git?.sha).toBe(repo.sha);
    for (const cell of comparison.cells) expect(cell.metrics.find((m) => m.metric === "throughput")!.change!).toBeLessThan(-0.4);
    const body = gh.commentsOn(OWNER, REPO, 2)[0]!.body;
    expect(body).toContain("measured in this job with its trials taking turns with the PR's");
    expect(body).toContain(`compared with baseline [\`${repo.sha.slice(0, 7)}\`](https://github.com/${OWNER}/${REPO}/commit/${repo.sha}) (master)`);
    // The checkout of the base was removed; no baseline branch was read or written.
    expect(existsSync(path.join(shallow, ".concurrency-guard"))).toBe(false);
    expect(() => git(repo.origin, "rev-parse", "--verify", "refs/heads/concurrency-guard-baselines")).toThrow();
  });

  it("fails with a message naming the input when an input is invalid", async () => {
    const result = await prRun(pullRequest("opened"), { "fail-on": "regressions", trials: "one" });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('::error::concurrency-guard: input "fail-on": expected a list of regression, blocking, budget (or none), got "regressions"%0Ainput "trials"');
    expect(gh.requests).toEqual([]);
  });
});

describe("workflow_run follow-up for fork pull requests", () => {
  /** A workflow_run payload (the examples have none for a PR) built from the example's shape. */
  function followUpPayload(pr: Record<string, unknown>): Record<string, unknown> {
    const payload = webhookExample("workflow_run", (e) => e.action === "completed");
    const head = (pr.pull_request as { head: { sha: string; ref: string; repo: Record<string, unknown> } }).head;
    const run = payload.workflow_run as Record<string, unknown>;
    Object.assign(run, { name: "concurrency", event: "pull_request", head_branch: head.ref, head_sha: head.sha, head_repository: head.repo, pull_requests: [], conclusion: "success" });
    return payload;
  }

  it("reports the fork PR's results artifact as a comment, finding the PR by its head and never running its code", async () => {
    const pr = pullRequest("opened", true);
    const prJob = await prRun(pr);
    expect(prJob.code).toBe(0);
    expect(gh.requests).toEqual([]);
    // The follow-up downloads the artifact into its own checkout of the default branch.
    mkdirSync(path.join(repo.workspace, "artifact"));
    writeFileSync(path.join(repo.workspace, "artifact/results.json"), readFileSync(prJob.outputs.results!));
    rmSync(path.join(repo.workspace, "env-seen.json"));
    gh.addPullRequest(OWNER, REPO, pr.pull_request as Record<string, unknown>);

    const followUp = await run({
      eventName: "workflow_run",
      payload: followUpPayload(pr),
      ref: "refs/heads/master",
      inputs: { results: "artifact/results.json" },
      env: { GITHUB_WORKFLOW: "concurrency-comment" },
    });
    expect(followUp.stderr).toBe("");
    expect(followUp.code).toBe(0);
    expect(followUp.stdout).toContain("reporting on pull request #2 (someone-else:changes at ec26c3e)");
    expect(existsSync(path.join(repo.workspace, "env-seen.json"))).toBe(false);
    expect(gh.requests.map((r) => `${r.method} ${r.route} ${r.status}`)).toEqual([
      "GET /repos/{owner}/{repo}/pulls 200",
      "GET /user 403",
      "GET /repos/{owner}/{repo}/issues/{issue_number}/comments 200",
      "POST /repos/{owner}/{repo}/issues/{issue_number}/comments 201",
    ]);
    expect(gh.requests[0]!.query).toMatchObject({ head: "someone-else:changes", state: "open" });
    const comments = gh.commentsOn(OWNER, REPO, 2);
    expect(comments).toHaveLength(1);
    // Same marker as the PR's own workflow would use: the two never make two comments.
    expect(comments[0]!.body).toMatch(/^<!-- concurrency-guard:sticky key=[0-9a-f]{16} \(concurrency \/ concurrency-guard\.yml\) -->\n### ⚪ concurrency-guard: no baseline yet/);
    expect(followUp.outputs["comment-url"]).toMatch(/#issuecomment-\d+$/);
  });

  it("comments on nothing when no open PR has the run's head commit", async () => {
    const pr = pullRequest("opened", true);
    const prJob = await prRun(pr);
    mkdirSync(path.join(repo.workspace, "artifact"));
    writeFileSync(path.join(repo.workspace, "artifact/results.json"), readFileSync(prJob.outputs.results!));
    const moved = structuredClone(pr.pull_request) as { head: { sha: string } };
    moved.head.sha = "0".repeat(40);
    gh.addPullRequest(OWNER, REPO, moved as unknown as Record<string, unknown>);
    const followUp = await run({ eventName: "workflow_run", payload: followUpPayload(pr), ref: "refs/heads/master", inputs: { results: "artifact/results.json" } });
    expect(followUp.code).toBe(0);
    expect(gh.commentsOn(OWNER, REPO, 2)).toHaveLength(0);
    expect(followUp.summary.replace(/\\/g, "")).toContain("no open pull request has the head someone-else:changes at ec26c3e");
  });
});

describe("baseline runs", () => {
  it("updates the baseline branch on push and schedule, and pull requests then compare with it", async () => {
    const push = webhookExample("push", (e) => e.ref === "refs/heads/master");
    push.after = repo.sha;
    const pushed = await run({ eventName: "push", payload: push, ref: "refs/heads/master" });
    expect(pushed.stderr).toBe("");
    expect(pushed.code).toBe(0);
    expect(pushed.stdout).toContain("concurrency-guard: push on the default branch master: measure and update the baseline");
    expect(pushed.summary.split("\n")[0]).toBe("### 📌 concurrency-guard: baseline run");
    expect(pushed.summary.replace(/\\/g, "")).toContain(`this run is now the baseline in branch:concurrency-guard-baselines (commit ${repo.sha.slice(0, 12)})`);
    expect(gh.requests).toEqual([]);

    const index = () => JSON.parse(git(repo.origin, "show", "concurrency-guard-baselines:index.json")) as { entries: { sha: string; file: string }[] };
    expect(index().entries.map((e) => e.sha)).toEqual([repo.sha]);
    const stored = JSON.parse(git(repo.origin, "show", `concurrency-guard-baselines:results/${repo.sha}.json`)) as ResultsFile;
    expect(stored.git?.sha).toBe(repo.sha);
    expect(stored.cells).toHaveLength(2);

    // A nightly run on a later commit adds a second baseline (schedule payloads carry the repository).
    writeFileSync(path.join(repo.workspace, "README.md"), "later\n");
    git(repo.workspace, "add", "README.md");
    git(repo.workspace, "commit", "--quiet", "-m", "later");
    git(repo.workspace, "push", "--quiet", "origin", "HEAD:master");
    const later = git(repo.workspace, "rev-parse", "HEAD");
    const schedule = { schedule: "0 3 * * *", repository: push.repository, sender: push.sender };
    const nightly = await run({ eventName: "schedule", payload: schedule, ref: "refs/heads/master", sha: later });
    expect(nightly.code).toBe(0);
    expect(index().entries.map((e) => e.sha)).toEqual([later, repo.sha]);

    // A pull request based on the first commit, compared with the stored baseline (not the default
    // side by side), is compared with that commit's baseline.
    const pr = pullRequest("synchronize");
    (pr.pull_request as { base: { sha: string } }).base.sha = repo.sha;
    const checked = await prRun(pr, { against: "baseline" });
    expect(checked.code).toBe(0);
    // Three trials a side can never reach alpha 0.01, so the verdict cannot be a regression: it is a pass.
    expect(checked.outputs.verdict).toBe("pass");
    const comparison = JSON.parse(readFileSync(checked.outputs.comparison!, "utf8")) as Comparison;
    expect(comparison.baseline.git?.sha).toBe(repo.sha);
    expect(comparison.baseline.source).toBe(`branch:concurrency-guard-baselines@${repo.sha.slice(0, 12)}`);
    // Both stored baselines were read for the drift; two are too few, so the default allowance applies and the comment says so.
    expect(comparison).toMatchObject({ mode: "stored", driftHistory: 2 });
    expect(gh.commentsOn(OWNER, REPO, 2)[0]!.body).toContain("### ✅ concurrency-guard: passed");
    // The headline says why: the check had no teeth (the plan's own warning gives way to it in the comment).
    const headline = gh.commentsOn(OWNER, REPO, 2)[0]!.body.split("\n").slice(0, 8).map((l) => l.replace(/\\(.)/g, "$1"));
    expect(headline).toContain(
      "> ⚠️ **This check had no teeth: with 3 trials a side no change can be significant at alpha 0.01 against a stored baseline " +
        "(the smallest possible p of the trials, 0.1, is above 0.01, so their rank interval is unbounded); use at least 9 trials in this run against a baseline of 3, or 5 trials on both sides (the next baseline too).**",
    );
    expect(gh.commentsOn(OWNER, REPO, 2)[0]!.body).not.toContain("this run has no teeth");
    expect(comparison.teeth).toMatchObject({ canFlag: false, test: "drift-adjusted", trials: { current: 3, baseline: 3 }, needed: { current: 9, baseline: 3 } });
    expect(checked.stdout).toContain("::warning::this run has no teeth");
    expect(gh.commentsOn(OWNER, REPO, 2)[0]!.body).toMatch(/fewer than 5 stored baselines on this hardware .*2.*: the default allowance/);
    // The pull request run did not write a baseline.
    expect(index().entries).toHaveLength(2);
  });

  it("refuses to write a baseline from a pull request even when asked", async () => {
    const result = await prRun(pullRequest("opened"), { mode: "update-baseline" });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("update-baseline is refused on a pull_request event");
    expect(() => git(repo.origin, "rev-parse", "--verify", "concurrency-guard-baselines")).toThrow();
  });
});
