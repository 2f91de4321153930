// init's decisions without trials: what it reads of a repository, the --scenario form, the files it plans, dry runs and --force.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { initCommand } from "../src/cli/init-command.js";
import type { CommandIo } from "../src/cli/command-io.js";
import { InputError } from "../src/shared/input-error.js";
import { entryOf, inspectRepo } from "../src/init/inspect-repo.js";
import { planInit, WORKFLOW_FILE } from "../src/init/init-plan.js";
import { kebab, readScenarioTarget } from "../src/init/scenario-target.js";
import { forkFollowUpDocument } from "../src/init/workflow-text.js";
import { ACTION_REPOSITORY, actionRef } from "../src/init/action-ref.js";

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "cg-init-unit-"));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

function io(cwd: string) {
  const out = { stdout: "", stderr: "", code: undefined as number | undefined };
  const commandIo: CommandIo = { stdout: (t) => (out.stdout += t), stderr: (t) => (out.stderr += t), setExitCode: (c) => (out.code = c), env: { CI: "true" }, cwd };
  return { io: commandIo, out };
}

const plan = (root: string, targets: string[] = []) => planInit({ root, targets, version: "1.2.3", defaultBranch: "main", schemaInstalled: false });

describe("init: reading a repository", () => {
  it("finds the entry in exports (its \".\" entry, through conditions), else main", () => {
    expect(entryOf({ exports: "./lib/a.js", main: "b.js" })).toBe("./lib/a.js");
    expect(entryOf({ exports: { ".": { types: "./a.d.ts", require: "./a.cjs", import: "./a.mjs" } } })).toBe("./a.mjs");
    expect(entryOf({ exports: { node: { default: "./n.js" }, default: "./d.js" } })).toBe("./n.js");
    expect(entryOf({ exports: { "./sub": "./sub.js" }, main: "main.js" })).toBe("main.js");
    expect(entryOf({ exports: [{ import: "./x.js" }, "./y.js"] })).toBe("./x.js");
    expect(entryOf({})).toBeUndefined();
  });

  it("tells TypeScript, a build script, a lockfile, Python by its files, and a src layout", () => {
    const dir = tree({
      "package.json": JSON.stringify({ main: "dist/index.js", scripts: { build: "tsc" } }),
      "package-lock.json": "{}",
      "tsconfig.json": "{}",
      "tools/gen/make.py": "print(1)\n",
    });
    const facts = inspectRepo(dir);
    expect(facts.node).toEqual({ entry: "dist/index.js", entryExists: false, typescript: true, build: true, lockfile: true });
    expect(facts.python).toEqual({ install: [], srcLayout: false });
    expect(inspectRepo(tree({ "requirements.txt": "x\n", "src/app/m.py": "" })).python).toEqual({ install: ["-r requirements.txt"], srcLayout: true });
    expect(inspectRepo(tree({ "node_modules/x/y.py": "", "README.md": "" }))).toEqual({ root: expect.any(String) });
  });

  it("names a bad package.json and refuses an entry outside the repository", () => {
    expect(() => inspectRepo(tree({ "package.json": "{ nope" }))).toThrow(/package\.json: not valid JSON/);
    expect(inspectRepo(tree({ "package.json": JSON.stringify({ main: "../elsewhere.js" }) })).node?.entry).toBeUndefined();
  });
});

describe("init: --scenario MODULE#EXPORT", () => {
  const dir = tree({
    "src/a.js": "export async function load(id) {}\nexport function parse(t) {}\nconst render = () => 1;\nexport { render };\n",
    "src/c.cjs": "exports.hash = function (x) {};\n",
    "app/io.py": "async def fetch(url):\n    pass\n\ndef price(x):\n    return x\n",
  });

  it("reads the module, the export and the kind (async: io, else cpu, or as written)", () => {
    expect(readScenarioTarget("src/a.js#load", dir)).toEqual({ runtime: "node", module: "src/a.js", exportName: "load", kind: "io", name: "load" });
    expect(readScenarioTarget("./src/a.js#parse", dir).kind).toBe("cpu");
    expect(readScenarioTarget("src/a.js#render:io", dir).kind).toBe("io");
    expect(readScenarioTarget("src/c.cjs#hash", dir).kind).toBe("cpu");
    expect(readScenarioTarget("app/io.py#fetch", dir)).toMatchObject({ runtime: "python", kind: "io" });
    expect(readScenarioTarget("app/io.py#price", dir)).toMatchObject({ runtime: "python", kind: "cpu" });
  });

  it("refuses a bad form, a module outside the repository or missing, and a missing export, naming each", () => {
    expect(() => readScenarioTarget("src/a.js", dir)).toThrow(/--scenario: expected MODULE#EXPORT/);
    expect(() => readScenarioTarget("src/a.js#load:fast", dir)).toThrow(/--scenario: expected MODULE#EXPORT/);
    expect(() => readScenarioTarget("../x.js#f", dir)).toThrow(/expected a module inside the repository/);
    expect(() => readScenarioTarget("src/none.js#f", dir)).toThrow(/module not found \(tried src\/none\.js\)/);
    expect(() => readScenarioTarget("README.md#f", dir)).toThrow(/expected a \.js, \.mjs, \.cjs, \.ts or \.py module/);
    expect(() => readScenarioTarget("src/a.js#missing", dir)).toThrow("--scenario src/a.js#missing: src/a.js does not export missing");
    expect(() => readScenarioTarget("app/io.py#nothing", dir)).toThrow("app/io.py does not define nothing");
  });

  it("kebab-cases names into the config's form", () => {
    expect([kebab("parseConfig"), kebab("render_page"), kebab("HTMLPage"), kebab("$")]).toEqual(["parse-config", "render-page", "htmlpage", "scenario"]);
  });
});

describe("init: the planned files", () => {
  it("refuses a folder with neither runtime", () => {
    expect(() => plan(tree({ "README.md": "hi" }))).toThrow(InputError);
  });

  it("writes both runtimes' scenarios and setup steps in a mixed repository, sized with teeth", () => {
    const p = plan(tree({ "package.json": "{}", "requirements.txt": "", "index.js": "" }));
    expect(p.runtimes).toEqual(["node", "python"]);
    expect(p.scenarios.map((s) => `${s.name}:${s.kind}`)).toEqual(["starter-io:io", "starter-cpu:cpu", "starter-io-py:io", "starter-cpu-py:cpu"]);
    // 24 cells x 2 gated metrics = 48 comparisons; Holm's first step needs p <= 0.01/48 = 0.000208. The smallest
    // two-sided exact rank p with 8 a side is 2/C(16,8) = 0.000155 (enough); with 7, 2/C(14,7) = 0.00058 (not).
    expect(p.settings).toMatchObject({ concurrency: [1, 8], trials: 8 });
    const wf = parse(p.files.find((f) => f.path === WORKFLOW_FILE)!.text) as { jobs: Record<string, { steps: { uses?: string; run?: string }[] }> };
    expect(wf.jobs.check!.steps.map((s) => s.uses ?? s.run)).toEqual([
      "actions/checkout@v4", "actions/setup-node@v4", "npm install", "actions/setup-python@v5", "python -m pip install -r requirements.txt", "concurrency-guard/concurrency-guard@v1", "actions/upload-artifact@v4",
    ]);
  });

  it("comments out a fork follow-up that, uncommented, is a workflow_run workflow with only read and comment rights", () => {
    const text = plan(tree({ "package.json": "{}" })).files.find((f) => f.path === WORKFLOW_FILE)!.text;
    const tail = text.slice(text.indexOf("# name: concurrency-guard-comment"));
    const uncommented = tail.split("\n").map((l) => l.replace(/^# ?/, "")).join("\n");
    expect(parse(uncommented)).toEqual(forkFollowUpDocument({ action: actionRef("1.2.3"), defaultBranch: "main", python: false, node: true, timeBudget: "5m" }).toJS());
    const followUp = parse(uncommented) as { on: unknown; permissions: unknown };
    expect(followUp.on).toEqual({ workflow_run: { workflows: ["concurrency-guard"], types: ["completed"] } });
    expect(followUp.permissions).toEqual({ contents: "read", "pull-requests": "write", actions: "read" });
  });
});

describe("init: the command", () => {
  it("--dry-run prints every file and writes none", async () => {
    const dir = tree({ "package.json": "{}" });
    const { io: cio, out } = io(dir);
    expect(await initCommand({ scenario: [], dryRun: true, run: false }, cio)).toBe(0);
    expect(out.stdout).toContain("--- concurrency-guard.yml\n# yaml-language-server: $schema=");
    expect(out.stdout).toContain("--- .github/workflows/concurrency-guard.yml\n");
    expect(out.stdout).toMatch(/nothing written \(--dry-run\)\n$/);
    expect(existsSync(path.join(dir, "concurrency-guard.yml"))).toBe(false);
    expect(existsSync(path.join(dir, "bench"))).toBe(false);
  });

  it("refuses to overwrite without --force, naming the file, and replaces with it", async () => {
    const dir = tree({ "package.json": "{}", "bench/starter-cpu.mjs": "// mine\n" });
    await expect(initCommand({ scenario: [], yes: true, run: false }, io(dir).io)).rejects.toThrow("bench/starter-cpu.mjs: already exists; init never overwrites a file (pass --force to replace it); nothing written");
    expect(existsSync(path.join(dir, "concurrency-guard.yml"))).toBe(false);
    expect(await initCommand({ scenario: [], yes: true, force: true, run: false }, io(dir).io)).toBe(0);
    expect(readFileSync(path.join(dir, "bench/starter-cpu.mjs"), "utf8")).toContain("TEMPLATE");
  });

  it("on a terminal asks first, and writes nothing when told no", async () => {
    const dir = tree({ "package.json": "{}" });
    const { io: cio, out } = io(dir);
    cio.env = {};
    const tty = process.stdin.isTTY;
    process.stdin.isTTY = true;
    try {
      const questions: string[] = [];
      expect(await initCommand({ scenario: [], run: false }, cio, async (q) => (questions.push(q), false))).toBe(0);
      expect(questions[0]).toMatch(/^write concurrency-guard\.yml, bench\/starter-io\.mjs, bench\/starter-cpu\.mjs, \.github\/workflows\/concurrency-guard\.yml\? \[Y\/n\] $/);
      expect(out.stdout).toBe("nothing written\n");
      expect(existsSync(path.join(dir, "concurrency-guard.yml"))).toBe(false);
    } finally {
      process.stdin.isTTY = tty;
    }
  });
});

describe("the pinned action", () => {
  it("is the npm package's repository, and README and docs pin it at the released major tag", () => {
    const pkg = JSON.parse(readFileSync(path.join(import.meta.dirname, "../package.json"), "utf8")) as { version: string; repository: { url: string } };
    expect(pkg.repository.url).toBe(`git+https://github.com/${ACTION_REPOSITORY}.git`);
    const ref = actionRef(pkg.version);
    for (const doc of ["README.md", "docs/action.md", "docs/walkthrough.md", "examples/node-service/.github/workflows/concurrency-guard.yml", "examples/python-service/.github/workflows/concurrency-guard.yml", ".github/workflows/example-concurrency-guard.yml"]) {
      const text = readFileSync(path.join(import.meta.dirname, "..", doc), "utf8");
      const uses = [...text.matchAll(/uses: ([^\s`]*concurrency-guard[^\s`]*)/g)].map((m) => m[1]);
      expect(uses.length, doc).toBeGreaterThan(0);
      expect(uses.filter((u) => u !== ref), doc).toEqual([]);
    }
  });
});
