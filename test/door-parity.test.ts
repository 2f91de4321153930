// The two doors agree: `concurrency-guard compare --fail-on X` and the action with `fail-on: X` give the same verdict and exit code on the same inputs.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Stall } from "../src/results/types.js";
import { ROOT, runBuiltAction, webhookExample } from "./support/action-process.js";
import { startFakeGitHub, type FakeGitHub } from "./support/fake-github.js";
import { around, fixtureResults } from "./support/results-fixture.js";

const TOKEN = "ghs_parity";
let gh: FakeGitHub;
let workspace: string;

/** A blocking call at bench/tick.mjs:3 in every trial of the current run only. */
const stall = (): Stall[] => [{ loop: "main", startMs: 100, durationMs: 40, site: { file: "bench/tick.mjs", line: 3, api: "readFileSync", via: "sync-api" } }];

beforeAll(async () => {
  gh = await startFakeGitHub({ token: TOKEN });
  workspace = mkdtempSync(path.join(tmpdir(), "cg-parity-"));
  mkdirSync(path.join(workspace, "bench"));
  writeFileSync(path.join(workspace, "bench/tick.mjs"), "export async function run() {}\n");
  writeFileSync(
    path.join(workspace, "concurrency-guard.yml"),
    [
      "version: 1",
      "defaults: { models: [async], concurrency: [1, 8] }",
      "scenarios:",
      "  - name: tick",
      "    file: bench/tick.mjs",
      "    kind: io",
      '    budgets: { p99: "<= 12ms" }',
    ].join("\n") + "\n",
  );
  const sha = "a".repeat(40);
  // tick/async/1 slows by 30% (a regression); tick/async/8 gains a blocking call and breaks its p99 budget.
  const baseline = fixtureResults(
    [
      { scenario: "tick", model: "async", concurrency: 1, throughput: around(1000, 10) },
      { scenario: "tick", model: "async", concurrency: 8, throughput: around(5000, 10), p99: 10 },
    ],
    { sha, ref: "refs/heads/main" },
  );
  const current = fixtureResults([
    { scenario: "tick", model: "async", concurrency: 1, throughput: around(700, 10) },
    { scenario: "tick", model: "async", concurrency: 8, throughput: around(5000, 10), p99: 15, stalls: stall },
  ]);
  writeFileSync(path.join(workspace, "baseline.json"), JSON.stringify(baseline));
  writeFileSync(path.join(workspace, "current.json"), JSON.stringify(current));
});

afterAll(async () => {
  await gh?.close();
});

function cli(failOn: string) {
  const proc = spawnSync(
    process.execPath,
    [path.join(ROOT, "dist/cli.js"), "compare", "--baseline", "file:baseline.json", "--current", "current.json", "--config", "concurrency-guard.yml", "--fail-on", failOn],
    { cwd: workspace, encoding: "utf8" },
  );
  return { code: proc.status, stdout: proc.stdout, stderr: proc.stderr };
}

async function action(failOn: string) {
  const payload = webhookExample("pull_request", (e) => e.action === "opened");
  return runBuiltAction({
    workspace,
    eventName: "pull_request",
    payload,
    ref: "refs/pull/1/merge",
    sha: "b".repeat(40),
    apiUrl: gh.url,
    token: TOKEN,
    inputs: { mode: "check", results: "current.json", baseline: "file:baseline.json", "fail-on": failOn, comment: "never" },
  });
}

describe("compare --fail-on and the action's fail-on", () => {
  for (const [failOn, verdict] of [
    ["regression,blocking,budget", "fail"],
    ["regression", "fail"],
    ["blocking", "fail"],
    ["budget", "fail"],
    ["none", "pass"],
  ] as const) {
    it(`agree on fail-on ${failOn}: ${verdict}`, async () => {
      const fromCli = cli(failOn);
      const fromAction = await action(failOn);
      expect(fromAction.outputs.verdict, fromAction.stdout + fromAction.stderr).toBe(verdict);
      expect(fromCli.code, fromCli.stderr).toBe(verdict === "fail" ? 1 : 0);
      expect(fromAction.code).toBe(fromCli.code);
    });
  }

  it("counts the same findings through both doors", async () => {
    const fromAction = await action("regression");
    // tick/async/1 throughput -30% is a regression through either door; one new blocking site.
    expect(fromAction.outputs).toMatchObject({ blocking: "1" });
    expect(Number(fromAction.outputs.regressions)).toBeGreaterThanOrEqual(1);
    const fromCli = cli("regression");
    expect(fromCli.stdout).toMatch(/^concurrency-guard compare: FAIL/);
    // What fail-on leaves out is still shown, and named as not failing the run.
    const [failing, ignored] = fromCli.stdout.split("Not failing on (left out of --fail-on regression):\n");
    expect(ignored).toMatch(/- new blocking site bench\/tick\.mjs:3/);
    expect(ignored).toMatch(/- scenario tick, model async, concurrency 8: p99 budget <= 12ms broken/);
    // The gate's own list names only what fail-on counts.
    const because = failing!.split("Gate failed because:\n")[1] ?? "";
    expect(because).toMatch(/tick\/async\/1: throughput -30% \[.*\] beyond the 5% threshold/);
    expect(because).not.toMatch(/blocking site|budget/);
    expect(because.split("\n").filter((l) => l.startsWith("  - ")).length).toBe(Number(fromAction.outputs.regressions));
  });
});
