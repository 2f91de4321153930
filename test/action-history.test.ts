// Covers the action's history step (src/action/history-step.ts) and src/publish/history-issue.ts: a baseline run on a real repository and branch store opens one issue for a change point, stays quiet when nothing is new, reopens a closed issue for a new one, against a loopback GitHub API.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runAction } from "../src/action/run-action.js";
import { createGitHubClient } from "../src/publish/github-client.js";
import { historyIssueMarker, listedKeys, upsertHistoryIssue } from "../src/publish/history-issue.js";
import { readEnv } from "../src/results/env.js";
import { BranchStore } from "../src/store/branch-store.js";
import { webhookExample } from "./support/action-process.js";
import { startFakeGitHub, type FakeGitHub } from "./support/fake-github.js";
import { recorder } from "./support/recording-io.js";
import { cell, results, seeded } from "./support/results-fixture.js";

const TOKEN = "ghs_history_test";
const OWNER = "Codertocat";
const REPO = "Hello-World";
let gh: FakeGitHub;
let dir: string;

function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", ["-c", "user.name=Test", "-c", "user.email=test@example.com", ...args], { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
}

beforeEach(async () => {
  gh = await startFakeGitHub({ token: TOKEN });
  dir = mkdtempSync(path.join(tmpdir(), "cg-action-history-"));
});
afterEach(async () => {
  expect(gh.violations).toEqual([]);
  await gh.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A checkout of master with 18 commits, each with a stored baseline of this machine; throughput drops 22% from the 9th on. */
async function repoWithHistory(): Promise<{ workspace: string; shas: string[] }> {
  const origin = path.join(dir, "origin.git");
  const workspace = path.join(dir, "workspace");
  git(dir, "init", "--quiet", "--bare", "--initial-branch=master", origin);
  git(dir, "clone", "--quiet", origin, workspace);
  mkdirSync(path.join(workspace, "bench"));
  writeFileSync(path.join(workspace, "bench/tick.mjs"), 'import { setTimeout as sleep } from "node:timers/promises";\nexport async function run() { await sleep(1); }\n');
  writeFileSync(
    path.join(workspace, "concurrency-guard.yml"),
    "version: 1\ndefaults: { models: [async], concurrency: [1], trials: 3, duration: 150ms, warmup: 50ms, timeout: 10s }\nscenarios:\n  - { name: tick, file: bench/tick.mjs, kind: io }\n",
  );
  git(workspace, "add", ".");
  const shas: string[] = [];
  for (let i = 0; i < 18; i++) {
    git(workspace, "commit", "--quiet", "--allow-empty", "-m", `change ${i}`);
    shas.push(git(workspace, "rev-parse", "HEAD"));
  }
  git(workspace, "push", "--quiet", "origin", "HEAD:master");
  const store = new BranchStore({ cwd: workspace });
  const fingerprint = readEnv().fingerprint;
  for (const [i, sha] of shas.entries()) {
    const r = results([cell({ scenario: "tick", model: "async", concurrency: 1, throughput: 900, p99: 1.3, noise: 0.02, trials: 5, factor: i >= 8 ? 0.78 : 1 }, seeded(i + 1))], { sha, fingerprint });
    r.git = { sha, ref: "refs/heads/master" };
    await store.save(r, { trusted: true, ref: "refs/heads/master" });
  }
  return { workspace, shas };
}

function pushEnv(workspace: string, sha: string, inputs: Record<string, string> = {}): NodeJS.ProcessEnv {
  const runner = mkdtempSync(path.join(dir, "runner-"));
  const push = webhookExample("push", (e) => e.ref === "refs/heads/master");
  push.after = sha;
  writeFileSync(path.join(runner, "event.json"), JSON.stringify(push));
  return {
    GITHUB_EVENT_NAME: "push",
    GITHUB_EVENT_PATH: path.join(runner, "event.json"),
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_REF: "refs/heads/master",
    GITHUB_SHA: sha,
    GITHUB_API_URL: gh.url,
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_WORKFLOW: "concurrency",
    RUNNER_TEMP: runner,
    "INPUT_GITHUB-TOKEN": TOKEN,
    // Instruction counts under valgrind (the action's default where valgrind exists) are not what
    // this test covers, and took most of its time: about 30 s of each baseline run.
    INPUT_COST: "off",
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
  };
}

describe("the action's history step", () => {
  it("opens one issue for a change point after storing a baseline, then stays quiet when nothing is new", async () => {
    const { workspace, shas } = await repoWithHistory();
    const head = shas[17]!;
    const first = recorder();
    const outcome = await runAction({ env: pushEnv(workspace, head), io: first.io });
    expect(first.state.failed).toEqual([]);
    expect(outcome?.decision.mode).toBe("update-baseline");
    const issues = [...gh.issues.values()];
    expect(issues).toHaveLength(1);
    const issue = issues[0]!;
    expect(issue.body.startsWith(historyIssueMarker("concurrency-guard.yml"))).toBe(true);
    expect(issue.body).toContain(`https://github.com/${OWNER}/${REPO}/compare/${shas[7]}...${shas[8]}`);
    expect(issue.body).toContain("xychart-beta");
    expect(issue.title).toMatch(/^concurrency-guard: performance changed on the default branch/);
    expect(listedKeys(issue.body).some((k) => k.endsWith(`tick/async/1:throughput:${shas[8]!.slice(0, 12)}`))).toBe(true);
    expect(first.state.outputs?.["history-issue-url"]).toBe(`https://github.com/${OWNER}/${REPO}/issues/${issue.number}`);
    expect(first.state.summary).toContain("## Performance history of `branch:concurrency-guard-baselines`");
    expect(first.state.summary).toContain(`(changed at ${shas[8]!.slice(0, 7)})`);

    // The same run again (a re-run of the nightly): the same change points, no write to the issue.
    const before = gh.requests.length;
    const again = recorder();
    await runAction({ env: pushEnv(workspace, head), io: again.io });
    const writes = gh.requests.slice(before).filter((r) => r.method !== "GET");
    expect(writes).toEqual([]);
    expect(again.events).toContain(`info concurrency-guard: history issue already lists every change point: ${issue.body ? `https://github.com/${OWNER}/${REPO}/issues/${issue.number}` : ""}`);

    // history-issue: false: no issue traffic at all, the summary still has the charts.
    const mark = gh.requests.length;
    const off = recorder();
    await runAction({ env: pushEnv(workspace, head, { "history-issue": "false" }), io: off.io });
    expect(gh.requests.slice(mark).filter((r) => r.route?.includes("/issues"))).toEqual([]);
    expect(off.state.summary).toContain("xychart-beta");
    // Three baseline runs, each a real run of one cell and the history of 19 baselines.
  }, 120_000);
});

describe("upsertHistoryIssue", () => {
  const client = () => createGitHubClient({ token: TOKEN, baseUrl: gh.url, retries: 0 });
  const marker = historyIssueMarker("concurrency-guard.yml");
  const request = (keys: string[]) => ({ owner: OWNER, repo: REPO, marker, title: "t", body: "report", keys, author: "github-actions[bot]" });

  it("reopens our closed issue for a new change point, and ignores someone else's issue with the marker", async () => {
    const forged = gh.addIssue({ owner: OWNER, repo: REPO, title: "forged", body: `${marker}\nfake`, userType: "User", login: "mallory" });
    const ours = gh.addIssue({ owner: OWNER, repo: REPO, title: "old", body: `${marker}\n<!-- concurrency-guard:history-keys fp:a:throughput:111 -->\nold`, state: "closed" });
    expect(await upsertHistoryIssue(client(), request(["fp:a:throughput:111"]))).toMatchObject({ action: "unchanged", number: ours.number });
    const r = await upsertHistoryIssue(client(), request(["fp:a:throughput:111", "fp:b:p99:222"]));
    expect(r).toMatchObject({ action: "reopened", number: ours.number });
    expect(gh.issues.get(ours.number)?.state).toBe("open");
    expect(listedKeys(gh.issues.get(ours.number)!.body)).toEqual(["fp:a:throughput:111", "fp:b:p99:222"]);
    expect(gh.issues.get(forged.number)?.body).toBe(`${marker}\nfake`);
    // No change points and no issue of ours: nothing is opened.
    gh.issues.delete(ours.number);
    expect(await upsertHistoryIssue(client(), request([]))).toEqual({ action: "skipped" });
    expect([...gh.issues.values()]).toHaveLength(1);
  });
});
