// The action's `results` input (a fork's artifact in the follow-up) is validated before anything is rendered or posted.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, expect, it } from "vitest";
import { runAction } from "../src/action/run-action.js";
import type { RunnerIO } from "../src/publish/runner-io.js";
import { webhookExample } from "./support/action-process.js";
import { startFakeGitHub, type FakeGitHub } from "./support/fake-github.js";
import { around, fixtureResults } from "./support/results-fixture.js";

const TOKEN = "ghs_results_input";
let gh: FakeGitHub;
let workspace: string;

beforeEach(async () => {
  gh = await startFakeGitHub({ token: TOKEN });
  workspace = mkdtempSync(path.join(tmpdir(), "cg-results-input-"));
  mkdirSync(path.join(workspace, "bench"));
  writeFileSync(path.join(workspace, "bench/tick.mjs"), "export async function run() {}\n");
  writeFileSync(path.join(workspace, "concurrency-guard.yml"), "version: 1\nscenarios:\n  - { name: tick, file: bench/tick.mjs, kind: io }\n");
});

afterEach(async () => {
  expect(gh.violations).toEqual([]);
  await gh.close();
});

it("refuses a hostile artifact with the file and the problems named, and posts nothing", async () => {
  const cells = [{ scenario: "tick", model: "async" as const, concurrency: 1, throughput: around(1000, 8) }];
  const artifact = fixtureResults(cells, { sha: "ec26c3e57ca3a959ca5aad62de7213c562f8c821" }) as unknown as { cells: Record<string, unknown>[] };
  artifact.cells[0]!.kind = "<img src=x onerror=alert(1)> @someone [click](https://evil.example)\n## heading";
  writeFileSync(path.join(workspace, "current.json"), JSON.stringify(artifact));
  writeFileSync(path.join(workspace, "baseline.json"), JSON.stringify(fixtureResults(cells, { sha: "f95f852bd8fca8fcc58a9a2d6c842781e32a215e" })));
  const runner = mkdtempSync(path.join(tmpdir(), "cg-results-input-runner-"));
  writeFileSync(path.join(runner, "event.json"), JSON.stringify(webhookExample("pull_request", (e) => e.action === "opened")));
  const failed: string[] = [];
  let summary = "";
  const io: RunnerIO = {
    info: () => {},
    notice: () => {},
    warning: () => {},
    setFailed: (m) => void failed.push(m),
    setSecret: () => {},
    setOutputs: () => {},
    writeSummary: async (md) => void (summary += md),
    annotate: () => {},
    group: async (_name, fn) => fn(),
  };
  await runAction({
    env: {
      GITHUB_EVENT_NAME: "pull_request",
      GITHUB_EVENT_PATH: path.join(runner, "event.json"),
      GITHUB_WORKSPACE: workspace,
      GITHUB_REPOSITORY: "Codertocat/Hello-World",
      GITHUB_REF: "refs/pull/2/merge",
      GITHUB_API_URL: gh.url,
      GITHUB_WORKFLOW: "concurrency",
      RUNNER_TEMP: runner,
      "INPUT_GITHUB-TOKEN": TOKEN,
      INPUT_RESULTS: "current.json",
      INPUT_BASELINE: "file:baseline.json",
      INPUT_COMMENT: "always",
    },
    io,
  });
  expect(failed).toHaveLength(1);
  expect(failed[0]).toContain('input "results"');
  expect(failed[0]).toContain('/cells/0/kind: expected one of "io", "cpu"');
  expect(summary).not.toContain("<img");
  expect(gh.requests.filter((r) => r.method !== "GET")).toEqual([]);
});
