// runAction in-process with a recording RunnerIO: comment on-change, an unreadable baseline, a failed baseline write, outputs and summary order.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runAction } from "../src/action/run-action.js";
import { stickyMarker } from "../src/publish/sticky-comment.js";
import { webhookExample } from "./support/action-process.js";
import { startFakeGitHub, type FakeGitHub } from "./support/fake-github.js";
import { recorder } from "./support/recording-io.js";
import { around, fixtureResults } from "./support/results-fixture.js";
import type { ResultsFile } from "../src/results/types.js";

const TOKEN = "ghs_run_test";

let gh: FakeGitHub;
let workspace: string;

beforeEach(async () => {
  gh = await startFakeGitHub({ token: TOKEN });
  workspace = mkdtempSync(path.join(tmpdir(), "cg-run-"));
  mkdirSync(path.join(workspace, "bench"));
  writeFileSync(path.join(workspace, "bench/tick.mjs"), "export async function run() {}\n");
  writeFileSync(
    path.join(workspace, "concurrency-guard.yml"),
    "version: 1\ndefaults: { models: [async], concurrency: [1], trials: 8 }\nscenarios:\n  - { name: tick, file: bench/tick.mjs, kind: io }\n",
  );
});

afterEach(async () => {
  expect(gh.violations).toEqual([]);
  await gh.close();
});

function env(eventName: string, payload: Record<string, unknown>, inputs: Record<string, string>, ref = "refs/pull/2/merge"): NodeJS.ProcessEnv {
  const runner = mkdtempSync(path.join(tmpdir(), "cg-run-runner-"));
  writeFileSync(path.join(runner, "event.json"), JSON.stringify(payload));
  return {
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: path.join(runner, "event.json"),
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: "Codertocat/Hello-World",
    GITHUB_REF: ref,
    GITHUB_API_URL: gh.url,
    GITHUB_WORKFLOW: "concurrency",
    RUNNER_TEMP: runner,
    "INPUT_GITHUB-TOKEN": TOKEN,
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
  };
}

/** A results file "measured" by the PR (the `results` input) and a baseline with the same numbers. */
function writeRuns(currentThroughput: number): void {
  const cell = (t: number) => [{ scenario: "tick", model: "async" as const, concurrency: 1, throughput: around(t, 8) }];
  writeFileSync(path.join(workspace, "baseline.json"), JSON.stringify(fixtureResults(cell(1000), { sha: "f95f852bd8fca8fcc58a9a2d6c842781e32a215e" })));
  writeFileSync(path.join(workspace, "current.json"), JSON.stringify(fixtureResults(cell(currentThroughput), { sha: "ec26c3e57ca3a959ca5aad62de7213c562f8c821" })));
}

const opened = () => webhookExample("pull_request", (e) => e.action === "opened");
const checkInputs = { results: "current.json", baseline: "file:baseline.json" };

describe("runAction", () => {
  it("with comment: on-change stays quiet on a clean pass, and refreshes a comment that exists", async () => {
    writeRuns(1000);
    const quiet = recorder();
    const outcome = await runAction({ env: env("pull_request", opened(), { ...checkInputs, comment: "on-change" }), io: quiet.io });
    expect(outcome?.gate.verdict).toBe("pass");
    expect(gh.requests.map((r) => `${r.method} ${r.route}`)).toEqual(["GET /user", "GET /repos/{owner}/{repo}/issues/{issue_number}/comments"]);
    expect(quiet.state.outputs?.["comment-url"]).toBe("");

    const old = gh.addComment({ owner: "Codertocat", repo: "Hello-World", issueNumber: 2, body: `${stickyMarker("concurrency", "concurrency-guard.yml")}\nold red report`, userType: "Bot" });
    const refresh = recorder();
    await runAction({ env: env("pull_request", opened(), { ...checkInputs, comment: "on-change" }), io: refresh.io });
    expect(gh.comments.get(old.id)?.body).toContain("### ✅ concurrency-guard: passed");
    expect(refresh.state.outputs?.["comment-url"]).toContain(`#issuecomment-${old.id}`);
  });

  it("with comment: on-change comments when something regressed, and fails the step last", async () => {
    writeRuns(500);
    const r = recorder();
    await runAction({ env: env("pull_request", opened(), { ...checkInputs, comment: "on-change" }), io: r.io });
    expect(gh.commentsOn("Codertocat", "Hello-World", 2)).toHaveLength(1);
    expect(r.state.outputs).toMatchObject({ verdict: "fail", regressions: 1, blocking: 0 });
    // The summary is written before the comment is tried; outputs before the step is failed.
    const order = r.events.filter((e) => ["summary", "outputs", "failed"].includes(e));
    expect(order).toEqual(["summary", "outputs", "failed"]);
    expect(r.state.failed[0]).toMatch(/^concurrency-guard: 1 regression\(s\), 0 new blocking site\(s\), 0 budget\(s\) broken\n- tick\/async\/1: throughput -50%/);
  });

  it("with store-errors: warn reports an unreadable baseline and goes on without one", async () => {
    writeRuns(1000);
    writeFileSync(path.join(workspace, "baseline.json"), "{ not json");
    const r = recorder();
    const outcome = await runAction({ env: env("pull_request", opened(), { ...checkInputs, comment: "never", "store-errors": "warn" }), io: r.io });
    expect(outcome?.gate.verdict).toBe("no-baseline");
    expect(r.events.find((e) => e.startsWith("warning"))).toMatch(/could not read the baseline from file:baseline\.json: .*not valid JSON/);
    expect(r.state.summary).toContain("could not read the baseline");
    expect(r.state.failed).toEqual([]);
    expect(gh.requests).toEqual([]);
  });

  it.each([
    ["a primary rate limit", 403, "API rate limit exceeded for installation ID 1.", { "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(Math.ceil(Date.now() / 1000) + 3600) }, /primary rate limit was hit \(it asked to wait 3\d{3}s\)/],
    ["a secondary rate limit (403)", 403, "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.", { "retry-after": "600" }, /secondary rate limit was hit \(it asked to wait 600s\)/],
    ["a secondary rate limit (429)", 429, "Too many requests", { "retry-after": "900" }, /secondary rate limit was hit \(it asked to wait 900s\)/],
  ])("reports %s on the comment as a rate limit, not as a read-only token", async (_name, status, message, headers, expected) => {
    writeRuns(1000);
    gh.fail({ method: "POST", path: /\/issues\/2\/comments$/, status, message, headers, times: 10 });
    const r = recorder();
    const outcome = await runAction({ env: env("pull_request", opened(), checkInputs), io: r.io });
    expect(outcome?.gate.verdict).toBe("pass");
    const warning = r.events.find((e) => e.startsWith("warning concurrency-guard: the PR comment could not be posted"));
    expect(warning).toMatch(expected);
    expect(warning).not.toMatch(/cannot write|fork/);
    expect(r.events.some((e) => e.startsWith("notice") && /cannot write/.test(e))).toBe(false);
    expect(r.state.failed).toEqual([]);
    expect(gh.commentsOn("Codertocat", "Hello-World", 2)).toHaveLength(0);
  });

  it("still reports a 403 without rate-limit signs as a token that cannot write", async () => {
    writeRuns(1000);
    gh.fail({ method: "POST", path: /\/issues\/2\/comments$/, status: 403, times: 10 });
    const r = recorder();
    await runAction({ env: env("pull_request", opened(), checkInputs), io: r.io });
    expect(r.events.find((e) => e.startsWith("notice concurrency-guard: the PR comment could not be posted"))).toMatch(/HTTP 403: the token cannot write to this pull request/);
  });

  it("fails the step when nothing was measured, after writing the summary and outputs", async () => {
    writeRuns(1000);
    const current = JSON.parse(readFileSync(path.join(workspace, "current.json"), "utf8")) as ResultsFile;
    for (const cell of current.cells) {
      delete cell.summary;
      cell.error = "trial process exited with SIGABRT without a result";
      cell.trials = cell.trials.map((t) => ({ ...t, status: "crashed", ops: 0, throughput: 0, message: cell.error }));
    }
    writeFileSync(path.join(workspace, "current.json"), JSON.stringify(current));
    const r = recorder();
    await runAction({ env: env("pull_request", opened(), { results: "current.json", mode: "run", comment: "never" }), io: r.io });
    expect(r.state.outputs, r.state.failed.join("\n")).toBeDefined();
    expect(r.state.summary).toContain("trial process exited with SIGABRT without a result");
    expect(r.state.failed).toEqual(["concurrency-guard: nothing was measured: every cell failed (1 cell; tick/async/1: trial process exited with SIGABRT without a result)"]);
  });

  it("reports the plan's missing teeth only without a comparison: with one, the comparison's own teeth speak", async () => {
    // 5 trials against a stored baseline: timing has teeth (the drift-adjusted test needs 5), the error-rate gate not.
    writeFileSync(
      path.join(workspace, "concurrency-guard.yml"),
      "version: 1\ndefaults: { models: [async], concurrency: [1], trials: 5, duration: 100ms, warmup: 20ms, timeout: 5s }\nscenarios:\n  - { name: tick, file: bench/tick.mjs, kind: io }\n",
    );
    const plan = /^warning this run's error-rate gate has no teeth: with 5 trials a side/;
    const first = recorder();
    await runAction({ env: env("pull_request", opened(), { mode: "run", comment: "never", cost: "off" }), io: first.io });
    expect(first.state.failed).toEqual([]);
    expect(first.events.filter((e) => plan.test(e))).toHaveLength(1);
    expect(first.state.summary.replace(/\\(.)/g, "$1")).toContain("this run's error-rate gate has no teeth");
    writeFileSync(path.join(workspace, "baseline.json"), readFileSync(first.state.outputs!.results));

    // Compared with that run: no trial erred, so no error rate was tested and neither the plan nor the comparison speaks of its gate.
    const second = recorder();
    const outcome = await runAction({ env: env("pull_request", opened(), { baseline: "file:baseline.json", against: "baseline", comment: "never", cost: "off" }), io: second.io });
    // Two runs of a no-op apart may differ by any amount; the verdict is not what this test is about.
    expect(second.state.outputs, second.state.failed.join("\n")).toBeDefined();
    expect(outcome?.comparison?.teeth).toMatchObject({ canFlag: true, errors: { canFlag: false } });
    expect(outcome?.comparison?.cells.map((c) => c.errors?.p)).toEqual([null]);
    expect(second.events.filter((e) => plan.test(e))).toHaveLength(1);
    expect(second.state.summary).not.toMatch(/teeth/);
  });

  it("fails with every bad input named, before doing anything", async () => {
    const r = recorder();
    const outcome = await runAction({ env: env("pull_request", opened(), { mode: "fast", comment: "loud" }), io: r.io });
    expect(outcome).toBeUndefined();
    expect(r.state.failed).toEqual([
      'concurrency-guard: input "mode": expected one of auto, check, update-baseline, run, got "fast"\ninput "comment": expected one of auto, always, on-change, never, got "loud"',
    ]);
    expect(r.state.outputs).toBeUndefined();
  });
});
