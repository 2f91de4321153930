// Advice end to end on a real run of the built CLI (Node and Python blocking calls): terminal table, PR comment, compare, annotations; advice: false; the verdict untouched.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { evaluateGate } from "../src/compare/gate.js";
import { buildAnnotations } from "../src/publish/annotations.js";
import { renderResultsTable } from "../src/report/cli-table.js";
import { renderMarkdownReport } from "../src/report/markdown-report.js";
import type { ResultsFile } from "../src/results/types.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const cli = path.join(root, "dist/cli.js");

const CONFIG = [
  "version: 1",
  "defaults: { models: [async], concurrency: [1], trials: 2, duration: 600ms, warmup: 100ms, timeout: 20s, cost: off }",
  "scenarios:",
  "  - { name: sync-sleep, file: bench/sync-sleep.mjs, kind: io }",
  "  - { name: sleep-in-coroutine, file: bench/sleep_in_coroutine.py, kind: io }",
];

let dir: string;
let results: ResultsFile;
let table: string;

function cg(args: string[]) {
  return spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: "utf8", env: { ...process.env, CI: "true" } });
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "cg-advice-"));
  mkdirSync(path.join(dir, "bench"));
  copyFileSync(path.join(root, "fixtures/node-blocking/bench/sync-sleep.mjs"), path.join(dir, "bench/sync-sleep.mjs"));
  copyFileSync(path.join(root, "fixtures/python-basic/bench/sleep_in_coroutine.py"), path.join(dir, "bench/sleep_in_coroutine.py"));
  writeFileSync(path.join(dir, "concurrency-guard.yml"), CONFIG.join("\n"));
  writeFileSync(path.join(dir, "quiet.yml"), [...CONFIG, "advice: false"].join("\n"));
  const run = cg(["run", "--out", "results.json"]);
  expect(run.status, run.stderr).toBe(0);
  table = run.stdout;
  results = JSON.parse(readFileSync(path.join(dir, "results.json"), "utf8")) as ResultsFile;
}, 120_000);

describe("advice on a real run", () => {
  it("shows what to write instead under each blocking site of the terminal table", () => {
    expect(table).toContain("advice: `Atomics.wait` on a loop: `await Atomics.waitAsync(...).value` waits without blocking it");
    expect(table).toContain("advice: `execFileSync`: `execFile` (promisified with `util.promisify`), or `spawn` and its events");
    expect(table).toContain("advice: `time.sleep` in a coroutine: `await asyncio.sleep(...)` (https://docs.python.org/3/library/asyncio-task.html#asyncio.sleep)");
    // Each advice line follows its site's source line.
    const lines = table.split("\n");
    const sleep = lines.findIndex((l) => l.includes("> time.sleep(0.03)"));
    expect(lines[sleep + 1]).toMatch(/^\s+advice: `time\.sleep` in a coroutine/);
  });

  it("puts it under each site of the PR comment and on each annotation", () => {
    const ctx = { gate: evaluateGate(undefined, [], []), mode: "run" as const, current: results, budgets: [], configDir: "", commits: {}, store: "file:x", notes: [] };
    const md = renderMarkdownReport(ctx);
    expect(md).toMatch(/bench\/sleep_in_coroutine\.py:16`.*\n {2}- 💡 `time\.sleep` in a coroutine: `await asyncio\.sleep\(\.\.\.\)` \(\[docs\]\(https:\/\/docs\.python\.org\/3\/library\/asyncio-task\.html#asyncio\.sleep\)\)/);
    expect(md).toContain("💡 `Atomics.wait` on a loop");
    const { annotations } = buildAnnotations({ current: results, configDir: "", failOn: [] });
    const sleep = annotations.find((a) => a.file === "bench/sleep_in_coroutine.py")!;
    expect(sleep.message).toMatch(/\. Instead: `time\.sleep` in a coroutine: `await asyncio\.sleep\(\.\.\.\)`/);
  });

  it("shows it in compare's text and markdown, leaves the verdict and the comparison JSON alone, and advice: false turns it off", () => {
    // The baseline: the same run with its stalls taken out, so every site is new to the comparison.
    const base = structuredClone(results);
    for (const c of base.cells) {
      delete c.blocking;
      for (const t of c.trials) delete t.stalls;
    }
    writeFileSync(path.join(dir, "base.json"), JSON.stringify(base));
    const on = cg(["compare", "--baseline", "base.json", "--current", "results.json", "--markdown", "on.md", "--json", "on.json"]);
    const off = cg(["compare", "--baseline", "base.json", "--current", "results.json", "--config", "quiet.yml", "--markdown", "off.md", "--json", "off.json"]);
    expect(on.status, on.stderr).toBe(1);
    expect(off.status, off.stderr).toBe(1);
    // Everything but the moment each comparison was made.
    const json = (name: string) => ({ ...(JSON.parse(readFileSync(path.join(dir, name), "utf8")) as Record<string, unknown>), createdAt: undefined });
    expect(json("on.json")).toEqual(json("off.json"));
    expect(on.stdout).toMatch(/sleep_in_coroutine\.py:16 in run \(time\.sleep\).*\n {2,}advice: `time\.sleep` in a coroutine: `await asyncio\.sleep\(\.\.\.\)`/);
    const markdown = (name: string) => readFileSync(path.join(dir, name), "utf8");
    expect(markdown("on.md")).toMatch(/\n {2}- 💡 `time\.sleep` in a coroutine: `await asyncio\.sleep\(\.\.\.\)` \(\[docs\]/);
    expect(markdown("on.md")).toContain("💡 `execFileSync`: `execFile`");
    expect(markdown("off.md")).not.toContain("💡");
    expect(off.stdout).not.toMatch(/advice/i);
    // Advice is all that differs: take its lines out and the two outputs are the same.
    const withoutAdvice = (text: string) => text.split("\n").filter((l) => !/advice/i.test(l)).join("\n").replace(/\n{3,}/g, "\n\n");
    expect(on.stdout).not.toBe(off.stdout);
    expect(withoutAdvice(on.stdout)).toBe(withoutAdvice(off.stdout));
  });

  it("is gone from the table, the comment and the annotations when the run's config says advice: false", () => {
    const quiet = { ...results, config: { ...(results.config as object), advice: false } };
    expect(renderResultsTable(quiet)).not.toContain("advice:");
    const ctx = { gate: evaluateGate(undefined, [], []), mode: "run" as const, current: quiet, budgets: [], configDir: "", commits: {}, store: "file:x", notes: [] };
    expect(renderMarkdownReport(ctx)).not.toContain("💡");
    expect(buildAnnotations({ current: quiet, configDir: "", failOn: [] }).annotations.map((a) => a.message).join("\n")).not.toContain("Instead");
  });
});
