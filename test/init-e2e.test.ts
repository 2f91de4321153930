// `concurrency-guard init` through the built CLI in fresh git repositories (Node, Python): files that validate, a first run, no overwrite.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { loadConfig } from "../src/config/load-config.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const cli = path.join(root, "dist/cli.js");

function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "cg-init-"));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  expect(spawnSync("git", ["init", "-q", "-b", "trunk"], { cwd: dir }).status).toBe(0);
  return dir;
}

function init(args: string[], cwd: string) {
  return spawnSync(process.execPath, [cli, "init", ...args], { cwd, encoding: "utf8", env: { ...process.env, CI: "true" }, timeout: 240_000 });
}

/** Every file under dir (not .git) with its text: what a second init must leave alone. */
function snapshot(dir: string, sub = ""): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(path.join(dir, sub))) {
    if (name === ".git") continue;
    const rel = path.join(sub, name);
    if (statSync(path.join(dir, rel)).isDirectory()) Object.assign(out, snapshot(dir, rel));
    else out[rel] = readFileSync(path.join(dir, rel), "utf8");
  }
  return out;
}

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  if: string;
  permissions: Record<string, string>;
  steps: Step[];
}

function workflow(dir: string): { on: Record<string, unknown>; permissions: unknown; jobs: Record<string, Job> } {
  return parse(readFileSync(path.join(dir, ".github/workflows/concurrency-guard.yml"), "utf8")) as never;
}

describe("concurrency-guard init", () => {
  it("in a Node repository: writes a config and workflow that validate, runs them once, and never overwrites", () => {
    const dir = repo({
      "package.json": JSON.stringify({ name: "demo", type: "module", exports: { ".": { import: "./src/index.js" } } }),
      "src/index.js": 'export function slugify(s = "Hello Big World") {\n  return s.toLowerCase().split(" ").join("-");\n}\n',
    });
    const first = init(["--yes", "--scenario", "src/index.js#slugify"], dir);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stderr).toContain("found Node (src/index.js)");

    const config = loadConfig(undefined, dir);
    expect(config.scenarios.map((s) => [s.name, s.file, s.kind, s.runtime])).toEqual([
      ["slugify", "bench/slugify.mjs", "cpu", "node"],
      ["starter-io", "bench/starter-io.mjs", "io", "node"],
    ]);
    expect(readFileSync(path.join(dir, "concurrency-guard.yml"), "utf8").split("\n")[0]).toMatch(/^# yaml-language-server: \$schema=https:\/\/.+\/v\d+\/schema\/concurrency-guard\.schema\.json$/);
    expect(readFileSync(path.join(dir, "bench/slugify.mjs"), "utf8")).toContain('import { slugify } from "../src/index.js";');
    expect(readFileSync(path.join(dir, "bench/starter-io.mjs"), "utf8")).toContain("TEMPLATE");

    const wf = workflow(dir);
    expect(Object.keys(wf.jobs)).toEqual(["check", "baseline"]);
    expect(wf.permissions).toEqual({});
    expect(wf.on).toMatchObject({ push: { branches: ["trunk"] }, schedule: [{ cron: "0 3 * * *" }] });
    expect("pull_request" in wf.on).toBe(true);
    expect(wf.jobs.check!.permissions).toEqual({ contents: "read", "pull-requests": "write" });
    expect(wf.jobs.check!.steps[0]).toEqual({ uses: "actions/checkout@v4", with: { "persist-credentials": false } });
    expect(wf.jobs.baseline!.permissions).toEqual({ contents: "write" });
    const all = [...wf.jobs.check!.steps, ...wf.jobs.baseline!.steps];
    expect(all.some((s) => s.uses?.startsWith("actions/setup-python"))).toBe(false);
    expect(all.filter((s) => s.run === "npm install")).toHaveLength(2);
    expect(all.filter((s) => /^concurrency-guard\/concurrency-guard@v\d+$/.test(s.uses ?? "")).map((s) => s.with?.["time-budget"])).toEqual(["5m", "5m"]);

    // The first run measured every cell and printed the table.
    for (const scenario of ["slugify (node, declared cpu)", "starter-io (node, declared io)"]) expect(first.stdout).toContain(scenario);
    expect(first.stdout).toMatch(/processes\s+8\s+\d+x\d+\s+[\d.]+k?\/s/);

    const before = snapshot(dir);
    const second = init(["--yes", "--no-run", "--scenario", "src/index.js#slugify"], dir);
    expect(second.status).toBe(2);
    expect(second.stderr).toContain("concurrency-guard.yml, bench/slugify.mjs, bench/starter-io.mjs, .github/workflows/concurrency-guard.yml: already exist; init never overwrites a file (pass --force");
    expect(snapshot(dir)).toEqual(before);
  });

  it("in a Python-only repository: Python scenarios, setup-python and pip install, no Node steps", () => {
    const dir = repo({
      "pyproject.toml": '[project]\nname = "shop"\nversion = "0.1.0"\n',
      "src/shop/__init__.py": "",
      "src/shop/pricing.py": "def total(items=((3, 2.5), (1, 10.0))):\n    return sum(n * price for n, price in items)\n",
    });
    const first = init(["--scenario", "src/shop/pricing.py#total"], dir);
    expect(first.status, first.stderr).toBe(0);
    const config = loadConfig(undefined, dir);
    expect(config.scenarios.map((s) => [s.name, s.file, s.kind, s.runtime])).toEqual([
      ["total", "bench/total.py", "cpu", "python"],
      ["starter-io-py", "bench/starter_io.py", "io", "python"],
    ]);
    expect(readFileSync(path.join(dir, "bench/total.py"), "utf8")).toContain("from shop.pricing import total");
    const wf = workflow(dir);
    for (const job of Object.values(wf.jobs)) {
      expect(job.steps.map((s) => s.uses ?? s.run)).toEqual([
        "actions/checkout@v4",
        "actions/setup-python@v5",
        "python -m pip install -e .",
        expect.stringMatching(/^concurrency-guard\/concurrency-guard@v\d+$/),
        ...(job === wf.jobs.check ? ["actions/upload-artifact@v4"] : []),
      ]);
    }
    expect(first.stdout).toContain("total (python, declared cpu)");
    expect(first.stdout).toContain("starter-io-py (python, declared io)");

    const before = snapshot(dir);
    const second = init(["--no-run"], dir);
    expect(second.status).toBe(2);
    expect(second.stderr).toMatch(/concurrency-guard\.yml.*already exist/);
    expect(snapshot(dir)).toEqual(before);
  });
});
