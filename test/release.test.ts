// The release workflow without publishing: its order and rights, its scripts in real git repos, its dist check, and the package it would publish.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const root = path.resolve(import.meta.dirname, "..");
const script = path.join(root, "scripts/release.mjs");

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  env?: Record<string, string>;
}
const workflow = parse(readFileSync(path.join(root, ".github/workflows/release.yml"), "utf8")) as {
  on: { workflow_dispatch: { inputs: Record<string, { type: string; default: unknown }> } };
  permissions: unknown;
  jobs: Record<string, { if: string; permissions: Record<string, string>; steps: Step[] }>;
};
const job = workflow.jobs.release!;
const index = (test: (s: Step) => boolean) => job.steps.findIndex(test);

function gitRepo(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "cg-release-"));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  const g = (...args: string[]) => execFileSync("git", args, { cwd: dir, encoding: "utf8" });
  g("init", "-q", "-b", "main");
  g("-c", "user.name=t", "-c", "user.email=t@example.com", "add", "-A");
  g("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "First feature");
  return dir;
}

function release(command: string, cwd: string, env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [script, command], { cwd, encoding: "utf8", env: { ...process.env, GITHUB_REPOSITORY: "", GITHUB_ENV: "", ...env } });
}

const PKG = (version: string) => JSON.stringify({ name: "x", version, repository: { url: "git+https://github.com/acme/tool.git" } });
const CHANGELOG = "# Changelog\n\n## 1.1.0\n\n- Added a thing.\n\n## 1.0.0\n\n- First.\n";

describe("release workflow", () => {
  it("runs by hand on the default branch, with contents and id-token write only, and no rights at the top", () => {
    expect(Object.keys(workflow.on)).toEqual(["workflow_dispatch"]);
    expect(workflow.on.workflow_dispatch.inputs["dry-run"]).toMatchObject({ type: "boolean", default: false });
    expect(workflow.permissions).toEqual({});
    expect(job.if).toBe("github.ref == 'refs/heads/main'");
    expect(job.permissions).toEqual({ contents: "write", "id-token": "write" });
  });

  it("checks, builds, verifies dist/, tests and packs before it tags, and tags before it publishes; dry runs stop before tagging", () => {
    const order = [
      index((s) => s.run === "node scripts/release.mjs check"),
      index((s) => s.run === "npm ci"),
      index((s) => s.run === "npm run build"),
      index((s) => s.name === "dist/ is the build of this commit"),
      index((s) => s.run === "npm test"),
      index((s) => s.run === "npm pack --dry-run"),
      index((s) => s.run?.startsWith("node scripts/release.mjs notes") ?? false),
      index((s) => s.run?.includes('git tag -a "v$VERSION"') ?? false),
      index((s) => s.run === "npm publish --provenance --access public"),
      index((s) => s.run?.startsWith("gh release create") ?? false),
    ];
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const tagging = job.steps[order[7]!]!;
    expect(tagging.run).toContain('git tag -f -a "v$MAJOR"');
    expect(tagging.run).toContain('git push --force origin "refs/tags/v$MAJOR"');
    for (const i of order.slice(7)) expect(job.steps[i]!.if).toBe("${{ !inputs.dry-run }}");
    for (const i of order.slice(0, 7)) expect(job.steps[i]!.if).toBeUndefined();
  });

  it("its dist/ check passes on a clean build and fails when a rebuild changed dist/", () => {
    const check = job.steps.find((s) => s.name === "dist/ is the build of this commit")!.run!;
    const dir = gitRepo({ "dist/cli.js": "built\n", "package.json": PKG("1.0.0") });
    expect(spawnSync("bash", ["-c", check], { cwd: dir }).status).toBe(0);
    writeFileSync(path.join(dir, "dist/cli.js"), "rebuilt differently\n");
    expect(spawnSync("bash", ["-c", check], { cwd: dir }).status).not.toBe(0);
    execFileSync("git", ["checkout", "--", "dist"], { cwd: dir });
    writeFileSync(path.join(dir, "dist/new.js"), "a new file\n");
    expect(spawnSync("bash", ["-c", check], { cwd: dir }).status).not.toBe(0);
  });

  it("check: takes package.json's version when untagged, in the changelog and from this repository; writes VERSION and MAJOR", () => {
    const dir = gitRepo({ "package.json": PKG("1.1.0"), "CHANGELOG.md": CHANGELOG });
    const envFile = path.join(dir, ".github-env");
    writeFileSync(envFile, "");
    const ok = release("check", dir, { GITHUB_REPOSITORY: "acme/tool", GITHUB_ENV: envFile });
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toBe("version 1.1.0, tags v1.1.0 and v1\n");
    expect(readFileSync(envFile, "utf8")).toBe("VERSION=1.1.0\nMAJOR=1\n");

    expect(release("check", dir, { GITHUB_REPOSITORY: "someone/fork" }).stderr).toContain("repository.url: expected this repository (someone/fork) for npm provenance");
    execFileSync("git", ["tag", "v1.1.0"], { cwd: dir });
    const tagged = release("check", dir);
    expect(tagged.status).toBe(1);
    expect(tagged.stderr).toBe("release: v1.1.0 is already tagged: bump package.json's version first\n");
    const unlisted = gitRepo({ "package.json": PKG("1.2.0"), "CHANGELOG.md": CHANGELOG });
    expect(release("check", unlisted).stderr).toBe('release: CHANGELOG.md: expected a "## 1.2.0" section with this release\'s changes\n');
    expect(release("check", gitRepo({ "package.json": PKG("1.2"), "CHANGELOG.md": CHANGELOG })).stderr).toContain('version: expected X.Y.Z, got "1.2"');
  });

  it("notes: the changelog's section, then the commits since the previous release tag", () => {
    const dir = gitRepo({ "package.json": PKG("1.0.0"), "CHANGELOG.md": CHANGELOG });
    const g = (...args: string[]) => execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", ...args], { cwd: dir, encoding: "utf8" }).trim();
    g("tag", "-a", "v1.0.0", "-m", "v1.0.0");
    writeFileSync(path.join(dir, "package.json"), PKG("1.1.0"));
    g("commit", "-qam", "Add a thing");
    const hash = g("rev-parse", "--short", "HEAD");
    const notes = release("notes", dir);
    expect(notes.status, notes.stderr).toBe(0);
    expect(notes.stdout).toBe(`- Added a thing.\n\n### Commits since v1.0.0\n\n- Add a thing (${hash})\n`);
  });

  it("this repository's own version passes the check, and the package it would publish holds the CLI, the action and the schemas, not the sources", () => {
    const own = release("check", root, { GITHUB_REPOSITORY: "concurrency-guard/concurrency-guard" });
    const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { version: string };
    const tagged = execFileSync("git", ["tag", "--list", `v${pkg.version}`], { cwd: root, encoding: "utf8" }).trim() !== "";
    if (!tagged) expect(own.status, own.stderr).toBe(0);
    const pack = spawnSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: root, encoding: "utf8" });
    expect(pack.status, pack.stderr).toBe(0);
    const files = (JSON.parse(pack.stdout) as [{ files: { path: string }[] }])[0].files.map((f) => f.path);
    for (const f of ["dist/cli.js", "dist/index.js", "dist/trial.js", "dist/python/harness.py", "schema/concurrency-guard.schema.json", "schema/results.schema.json", "action.yml", "package.json", "README.md"]) {
      expect(files).toContain(f);
    }
    expect(files.filter((f) => /^(src|test|examples|fixtures|bench)\//.test(f))).toEqual([]);
  });
});
