// The action fails closed: a baseline store that cannot be read is verdict `error` (unless store-errors: warn), baselines are filed under GITHUB_SHA, a results file never becomes one, other branches' baselines are no fallback.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runAction } from "../src/action/run-action.js";
import { BranchStore } from "../src/store/branch-store.js";
import { webhookExample } from "./support/action-process.js";
import { startFakeGitHub, type FakeGitHub } from "./support/fake-github.js";
import { recorder } from "./support/recording-io.js";
import { around, fixtureResults } from "./support/results-fixture.js";

const TOKEN = "ghs_store_errors";
const BRANCH = "concurrency-guard-baselines";
/** The base commit of the webhook example's pull request; no stored baseline has it, so readers fall back. */
const PR_BASE = "f95f852bd8fca8fcc58a9a2d6c842781e32a215e";

const git = (cwd: string, ...args: string[]) =>
  execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", ...args], { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();

let gh: FakeGitHub;
let dir: string;
let workspace: string;
let head: string;

beforeEach(async () => {
  gh = await startFakeGitHub({ token: TOKEN });
  dir = mkdtempSync(path.join(tmpdir(), "cg-store-errors-"));
  git(dir, "init", "--quiet", "--bare", "--initial-branch=master", "origin.git");
  git(dir, "clone", "--quiet", path.join(dir, "origin.git"), "workspace");
  workspace = path.join(dir, "workspace");
  mkdirSync(path.join(workspace, "bench"));
  writeFileSync(path.join(workspace, "bench/tick.mjs"), "export async function run() {}\n");
  writeFileSync(
    path.join(workspace, "concurrency-guard.yml"),
    "version: 1\ndefaults: { models: [async], concurrency: [1], trials: 2, duration: 100ms, warmup: 20ms, timeout: 10s }\nscenarios:\n  - { name: tick, file: bench/tick.mjs, kind: io }\n",
  );
  git(workspace, "add", ".");
  git(workspace, "commit", "--quiet", "-m", "scenarios");
  git(workspace, "push", "--quiet", "origin", "HEAD:master");
  head = git(workspace, "rev-parse", "HEAD");
  writeFileSync(path.join(workspace, "current.json"), JSON.stringify(runOf(1000, "ec26c3e57ca3a959ca5aad62de7213c562f8c821")));
});

afterEach(async () => {
  expect(gh.violations).toEqual([]);
  await gh.close();
});

function runOf(throughput: number, sha: string) {
  return fixtureResults([{ scenario: "tick", model: "async", concurrency: 1, throughput: around(throughput, 8) }], { sha, ref: "refs/heads/master" });
}

function env(eventName: string, payload: Record<string, unknown>, inputs: Record<string, string>, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const runner = mkdtempSync(path.join(tmpdir(), "cg-store-errors-runner-"));
  writeFileSync(path.join(runner, "event.json"), JSON.stringify(payload));
  return {
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: path.join(runner, "event.json"),
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: "Codertocat/Hello-World",
    GITHUB_REF: "refs/pull/2/merge",
    GITHUB_API_URL: gh.url,
    GITHUB_WORKFLOW: "concurrency",
    RUNNER_TEMP: runner,
    "INPUT_GITHUB-TOKEN": TOKEN,
    "INPUT_AGAINST": "baseline",
    "INPUT_COST": "off",
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    ...extra,
  };
}

const opened = () => webhookExample("pull_request", (e) => e.action === "opened");
const push = () => webhookExample("push", (e) => e.ref === "refs/heads/master");
const prCheck = (inputs: Record<string, string> = {}) => env("pull_request", opened(), { results: "current.json", ...inputs });

/** Stores a baseline the way a trusted run does, then lets a test break the branch by hand. */
async function storeBaseline(throughput: number, sha: string, ref = "refs/heads/master"): Promise<void> {
  await new BranchStore({ cwd: workspace }).save(runOf(throughput, sha), { trusted: true, sha, ref });
}

function corruptIndex(text: string): void {
  const tamper = path.join(dir, "tamper");
  git(dir, "clone", "--quiet", "--branch", BRANCH, path.join(dir, "origin.git"), tamper);
  writeFileSync(path.join(tamper, "index.json"), text);
  git(tamper, "commit", "--quiet", "-am", "break the index");
  git(tamper, "push", "--quiet", "origin", BRANCH);
}

describe("a baseline store that cannot be read", () => {
  it("fails the step on a corrupt index.json: verdict error in the outputs, the summary and the comment", async () => {
    await storeBaseline(1000, "a".repeat(40));
    corruptIndex("{ not json");
    const r = recorder();
    const outcome = await runAction({ env: prCheck(), io: r.io });
    expect(outcome?.gate.verdict).toBe("error");
    expect(r.state.outputs).toMatchObject({ verdict: "error", regressions: 0, comparison: "" });
    expect(r.state.failed).toHaveLength(1);
    expect(r.state.failed[0]).toMatch(
      /^concurrency-guard: could not read the baseline from branch:concurrency-guard-baselines: branch:concurrency-guard-baselines: index\.json: not valid JSON .*\(set store-errors: warn to go on without a baseline\)$/,
    );
    expect(r.events.filter((e) => ["summary", "outputs", "failed"].includes(e))).toEqual(["summary", "outputs", "failed"]);
    expect(r.state.summary.split("\n")[0]).toBe("### ⛔ concurrency-guard: error: the baseline could not be read");
    expect(r.state.summary).toContain("json: not valid JSON");
    expect(r.state.summary).not.toContain("No baseline was found");
    const [comment] = gh.commentsOn("Codertocat", "Hello-World", 2);
    expect(comment?.body.split("\n")[1]).toBe("### ⛔ concurrency-guard: error: the baseline could not be read");
  });

  it("fails the step when the fetch fails", async () => {
    git(workspace, "remote", "set-url", "origin", path.join(dir, "gone.git"));
    const r = recorder();
    const outcome = await runAction({ env: prCheck({ comment: "never" }), io: r.io });
    expect(outcome?.gate.verdict).toBe("error");
    expect(r.state.failed[0]).toMatch(/^concurrency-guard: could not read the baseline from branch:concurrency-guard-baselines: .*git fetch origin failed/);
  });

  it("fails the step on an index entry that is null", async () => {
    await storeBaseline(1000, "a".repeat(40));
    corruptIndex(JSON.stringify({ schema: "concurrency-guard/baselines@1", entries: [null] }));
    const r = recorder();
    await runAction({ env: prCheck({ comment: "never" }), io: r.io });
    expect(r.state.outputs?.verdict).toBe("error");
    expect(r.state.failed[0]).toContain("index.json: entries[0]: expected an object, got null");
  });

  it("fails the step on a file store that is there but cannot be read", async () => {
    mkdirSync(path.join(workspace, "baseline.json"));
    const r = recorder();
    await runAction({ env: prCheck({ comment: "never", baseline: "file:baseline.json" }), io: r.io });
    expect(r.state.outputs?.verdict).toBe("error");
    expect(r.state.failed[0]).toMatch(/^concurrency-guard: could not read the baseline from file:baseline\.json: file:baseline\.json: cannot read/);
  });

  it("goes on without a baseline with store-errors: warn, saying so", async () => {
    await storeBaseline(1000, "a".repeat(40));
    corruptIndex("{ not json");
    const r = recorder();
    const outcome = await runAction({ env: prCheck({ comment: "never", "store-errors": "warn" }), io: r.io });
    expect(outcome?.gate.verdict).toBe("no-baseline");
    expect(r.state.failed).toEqual([]);
    expect(r.events.find((e) => e.startsWith("warning"))).toMatch(/could not read the baseline from branch:concurrency-guard-baselines: .*not valid JSON/);
    expect(r.state.summary).toContain("could not read the baseline");
  });

  it("refuses a bad store-errors value", async () => {
    const r = recorder();
    await runAction({ env: prCheck({ "store-errors": "ignore" }), io: r.io });
    expect(r.state.failed).toEqual(['concurrency-guard: input "store-errors": expected one of fail, warn, got "ignore"']);
  });

  it("tells the first run (no baseline branch yet) apart: no-baseline, the step passes", async () => {
    const r = recorder();
    const outcome = await runAction({ env: prCheck({ comment: "never" }), io: r.io });
    expect(outcome?.gate.verdict).toBe("no-baseline");
    expect(r.state.failed).toEqual([]);
    expect(r.events.some((e) => e.startsWith("warning"))).toBe(false);
  });
});

describe("what becomes a baseline, and what a pull request falls back to", () => {
  it("refuses the results input on a baseline run: a file from another job never becomes the baseline", async () => {
    const r = recorder();
    const outcome = await runAction({ env: env("push", push(), { results: "current.json" }, { GITHUB_REF: "refs/heads/master", GITHUB_SHA: head }), io: r.io });
    expect(outcome).toBeUndefined();
    expect(r.state.failed).toHaveLength(1);
    expect(r.state.failed[0]).toMatch(/^concurrency-guard: input "results": refused on a baseline run \(mode update-baseline\)/);
    expect(git(workspace, "ls-remote", "origin", BRANCH)).toBe("");
  });

  it("falls back to the newest baseline of the PR's base branch, not to a push to another branch", async () => {
    await storeBaseline(1000, "1".repeat(40));
    await storeBaseline(3000, "2".repeat(40), "refs/heads/experiment");
    const r = recorder();
    const outcome = await runAction({ env: prCheck({ comment: "never" }), io: r.io });
    expect(outcome?.gate.verdict).toBe("pass");
    expect(r.state.summary).toContain(`no baseline for the base commit ${PR_BASE.slice(0, 7)}; compared with the newest baseline \\(1111111\\)`);
  });

  it("files a baseline under GITHUB_SHA and GITHUB_REF, not the commit the results claim", async () => {
    const sha = webhookExample("push", (e) => e.ref === "refs/heads/master").after as string;
    expect(sha).not.toBe(head);
    const r = recorder();
    await runAction({ env: env("push", push(), { trials: "2" }, { GITHUB_REF: "refs/heads/master", GITHUB_SHA: sha }), io: r.io, progress: devNull() });
    expect(r.state.failed).toEqual([]);
    const entries = await new BranchStore({ cwd: workspace }).list();
    expect(entries.map((e) => [e.sha, e.ref])).toEqual([[sha, "refs/heads/master"]]);
  });
});

describe("a baseline run whose store cannot be written", () => {
  it("fails the step after writing the summary and outputs, with both the read and the write error", async () => {
    git(workspace, "remote", "set-url", "origin", path.join(dir, "gone.git"));
    const r = recorder();
    await runAction({ env: env("push", push(), { trials: "2" }, { GITHUB_REF: "refs/heads/master", GITHUB_SHA: head }), io: r.io, progress: devNull() });
    expect(r.state.outputs?.verdict).toBe("error");
    expect(r.state.summary.split("\n")[0]).toBe("### ⛔ concurrency-guard: error: the baseline could not be read");
    expect(r.events.filter((e) => ["summary", "outputs", "failed"].includes(e))).toEqual(["summary", "outputs", "failed"]);
    expect(r.state.failed[0]).toMatch(/^concurrency-guard: could not read the baseline from branch:concurrency-guard-baselines: .*git fetch origin failed.*\ncould not update the baseline in branch:concurrency-guard-baselines: /s);
  });
});

function devNull(): NodeJS.WriteStream {
  return { write: () => true } as unknown as NodeJS.WriteStream;
}
