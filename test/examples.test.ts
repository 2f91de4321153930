// The worked examples (examples/, docs/walkthrough.md): their scenarios run, their workflows are init's, and the walk-through's pull requests are caught as it says.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../src/config/load-config.js";
import { planInit, WORKFLOW_FILE } from "../src/init/init-plan.js";
import type { ResultsFile } from "../src/results/types.js";

const root = path.resolve(import.meta.dirname, "..");
const cli = path.join(root, "dist/cli.js");
const walkthrough = readFileSync(path.join(root, "docs/walkthrough.md"), "utf8");
const version = (JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { version: string }).version;

function copy(example: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), "cg-example-"));
  cpSync(path.join(root, "examples", example), dir, { recursive: true });
  return dir;
}

/** A short run of an example's config (2 trials of 150 ms): every cell measured, no failed operation. */
function run(dir: string, only: string[] = []): ResultsFile {
  const proc = spawnSync(
    process.execPath,
    [cli, "run", "--trials", "2", "--duration", "150ms", "--cost", "off", "--out", "results.json", ...only.flatMap((o) => ["--only", o])],
    { cwd: dir, encoding: "utf8", env: { ...process.env, CI: "true" }, timeout: 240_000 },
  );
  expect(proc.status, proc.stderr).toBe(0);
  const results = JSON.parse(readFileSync(path.join(dir, "results.json"), "utf8")) as ResultsFile;
  for (const cell of results.cells) {
    expect(cell.trials.map((t) => t.status), cell.id).toEqual(["ok", "ok"]);
    expect(cell.trials.every((t) => t.errors === 0 && t.ops > 0), cell.id).toBe(true);
  }
  return results;
}

/** Applies a ```diff block of the walk-through (its `+++ path`, then hunks of context, - and + lines) to a copy. */
function applyWalkthroughDiff(dir: string, example: string): void {
  const blocks = [...walkthrough.matchAll(/```diff\n([\s\S]*?)```/g)].map((m) => m[1]!);
  const block = blocks.find((b) => b.startsWith(`+++ examples/${example}/`))!;
  const [header, ...body] = block.trimEnd().split("\n");
  const file = path.join(dir, header!.slice(`+++ examples/${example}/`.length));
  let text = readFileSync(file, "utf8");
  for (const hunk of body.join("\n").split("\n@@\n")) {
    const lines = hunk.split("\n");
    const before = lines.filter((l) => !l.startsWith("+")).map((l) => l.slice(1)).join("\n");
    const after = lines.filter((l) => !l.startsWith("-")).map((l) => l.slice(1)).join("\n");
    expect(text, `walk-through hunk not found in ${file}:\n${before}`).toContain(before);
    text = text.replace(before, after);
  }
  writeFileSync(file, text);
}

function site(results: ResultsFile, cellId: string): string[] {
  const cell = results.cells.find((c) => c.id === cellId)!;
  // Sites in the repository only: a stall the loaded machine caused is blamed on no line.
  return (cell.blocking ?? []).flatMap((b) => (b.site ? [`${b.site.file}:${b.site.line} ${b.site.api ?? ""}`.trim()] : []));
}

describe.each([
  { example: "node-service", runtime: "node", pattern: /site (src\/catalog\.js:\d+) in handle \((pbkdf2Sync)\)/ },
  { example: "python-service", runtime: "python", pattern: /at\s+(app\/catalog\.py:\d+)\s+(time\.sleep)/ },
])("examples/$example", ({ example, runtime, pattern }) => {
  it("has a config that loads and a workflow that is exactly what init writes for it", () => {
    const dir = copy(example);
    const config = loadConfig(undefined, dir);
    expect(config.scenarios.map((s) => [s.name, s.kind, s.runtime])).toEqual([["products-page", "io", runtime], ["render", "cpu", runtime]]);
    const planned = planInit({ root: dir, targets: [], version, defaultBranch: "main", schemaInstalled: false });
    expect(readFileSync(path.join(dir, WORKFLOW_FILE), "utf8")).toBe(planned.files.find((f) => f.path === WORKFLOW_FILE)!.text);
  });

  it("runs every scenario under every model, and the walk-through's pull request is named at its line", () => {
    const dir = copy(example);
    const clean = run(dir);
    expect(clean.cells).toHaveLength(12);
    expect(site(clean, "products-page/async/8")).toEqual([]);

    applyWalkthroughDiff(dir, example);
    // Concurrency 1: at 8, one operation waits for 7 others' sync work and may outlast a short trial.
    const changed = run(dir, ["products-page/async/1"]);
    const [, where, api] = pattern.exec(walkthrough)!;
    const expected = `${where} ${api}`;
    expect(site(changed, "products-page/async/1")).toContain(expected);
  });
});
