// A store that cannot be trusted stops the reader: malformed index entries, garbage numbers refused at save and load, non-sha commits, baselines of other branches never the fallback.
import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { registerBaseline } from "../src/cli/baseline-command.js";
import { registerCompare } from "../src/cli/compare-command.js";
import { BranchStore } from "../src/store/branch-store.js";
import { FileStore } from "../src/store/file-store.js";
import type { ResultsFile } from "../src/results/types.js";
import { InputError } from "../src/shared/input-error.js";
import { cell, results, seeded } from "./support/results-fixture.js";
import { runCommand } from "./support/run-command.js";

let dir: string;
let origin: string;

function sh(cwd: string, ...args: string[]): string {
  return execFileSync("git", ["-c", "user.name=Test", "-c", "user.email=test@example.com", ...args], { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
}

function clone(name: string): string {
  sh(dir, "clone", "--quiet", origin, name);
  return join(dir, name);
}

const sha = (n: number) => n.toString(16).padStart(40, "0");
const sample = (n: number): ResultsFile => results([cell({ scenario: "s", model: "async", concurrency: 1, throughput: 100 + n, p99: 5, trials: 3 }, seeded(n))], { sha: sha(n) });

/** Rewrites the baseline branch's index.json (and optionally a results file) as a hostile or broken writer would. */
function rewriteBranch(work: string, files: Record<string, string>): void {
  sh(work, "fetch", "--quiet", "origin", "concurrency-guard-baselines");
  sh(work, "checkout", "--quiet", "-B", "tamper", "FETCH_HEAD");
  for (const [file, text] of Object.entries(files)) execFileSync("sh", ["-c", `mkdir -p "$(dirname "$1")" && cat > "$1"`, "sh", join(work, file)], { input: text });
  sh(work, "add", "-A");
  sh(work, "commit", "--quiet", "-m", "tamper");
  sh(work, "push", "--quiet", "--force", "origin", "tamper:concurrency-guard-baselines");
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "cg-store-integrity-"));
  origin = join(dir, "origin.git");
  sh(dir, "init", "--quiet", "--bare", "origin.git");
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("index entries", () => {
  it("refuses null and malformed entries with their position, never a TypeError", async () => {
    const a = clone("a");
    await new BranchStore({ cwd: a }).save(sample(1), { trusted: true });
    const index = (entries: unknown[]) => JSON.stringify({ schema: "concurrency-guard/baselines@1", entries });
    const reader = new BranchStore({ cwd: clone("b") });

    rewriteBranch(a, { "index.json": index([null]) });
    const nullEntry = await reader.loadLatest().catch((e: unknown) => e);
    expect(nullEntry).toBeInstanceOf(InputError);
    expect((nullEntry as Error).message).toBe("branch:concurrency-guard-baselines: index.json: entries[0]: expected an object, got null");

    rewriteBranch(a, { "index.json": index([{ sha: 42, file: "results/x.json" }]) });
    await expect(reader.loadByCommit(sha(1))).rejects.toThrow(/^branch:concurrency-guard-baselines: index\.json: entries\[0\]\.sha: expected a commit sha \(7 to 64 hex digits\), got 42$/);

    rewriteBranch(a, { "index.json": index([{ sha: sha(1), file: "../../etc/passwd", fingerprint: "fp", createdAt: "x", savedAt: "x" }]) });
    await expect(reader.list()).rejects.toThrow(/entries\[0\]\.file: expected results\/SHA\.json, got "\.\.\/\.\.\/etc\/passwd"/);
  });

  it("makes compare and baseline show exit 2 naming the entry", async () => {
    const a = clone("a");
    await new BranchStore({ cwd: a }).save(sample(1), { trusted: true });
    rewriteBranch(a, { "index.json": JSON.stringify({ schema: "concurrency-guard/baselines@1", entries: [null] }) });
    const b = clone("b");
    await writeFile(join(b, "cur.json"), JSON.stringify(sample(2)));
    const cmp = await runCommand(registerCompare, ["compare", "--baseline", "branch:", "--current", "cur.json"], { cwd: b });
    expect(cmp.code).toBe(2);
    expect(cmp.stderr).toBe("concurrency-guard: branch:concurrency-guard-baselines: index.json: entries[0]: expected an object, got null\n");
    const show = await runCommand(registerBaseline, ["baseline", "show", "--store", "branch:", "--commit", sha(1)], { cwd: b });
    expect(show.code).toBe(2);
    expect(show.stderr).toContain("entries[0]: expected an object, got null");
  });

  it("refuses a --commit that is not a sha, exit 2", async () => {
    const a = clone("a");
    await new BranchStore({ cwd: a }).save(sample(1), { trusted: true });
    await writeFile(join(a, "cur.json"), JSON.stringify(sample(2)));
    for (const commit of ["main", "HEAD~1", "12345", `${sha(1)}x`]) {
      const cmp = await runCommand(registerCompare, ["compare", "--baseline", "branch:", "--current", "cur.json", "--commit", commit], { cwd: a });
      expect(cmp.code).toBe(2);
      expect(cmp.stderr).toBe(`concurrency-guard: --commit: expected a commit sha (7 to 64 hex digits), got "${commit}"\n`);
    }
    const show = await runCommand(registerBaseline, ["baseline", "show", "--store", "branch:", "--commit", "main"], { cwd: a });
    expect(show).toMatchObject({ code: 2, stderr: 'concurrency-guard: --commit: expected a commit sha (7 to 64 hex digits), got "main"\n' });
    const save = await runCommand(registerBaseline, ["baseline", "save", "--store", "file:b.json", "--results", "cur.json", "--commit", "main"], { cwd: a });
    expect(save).toMatchObject({ code: 2, stderr: 'concurrency-guard: --commit: expected a commit sha (7 to 64 hex digits), got "main"\n' });
  });
});

describe("garbage baselines", () => {
  const garbage: [string, (r: ResultsFile) => void, RegExp][] = [
    ["negative throughput", (r) => (r.cells[0]!.trials[1]!.throughput = -5), /cells\[0\]\.trials\[1\]\.throughput: expected a finite number >= 0, got -5$/],
    ["infinite throughput", (r) => (r.cells[0]!.trials[0]!.throughput = Infinity), /cells\[0\]\.trials\[0\]\.throughput: expected a finite number >= 0, got Infinity$/],
    ["a string latency", (r) => ((r.cells[0]!.trials[2]!.latencyMs as unknown as Record<string, unknown>).p99 = "fast"), /cells\[0\]\.trials\[2\]\.latencyMs\.p99: expected a finite number >= 0, got "fast"$/],
    ["NaN cpu", (r) => (r.cells[0]!.trials[0]!.cpu.perOpUs = NaN), /cells\[0\]\.trials\[0\]\.cpu\.perOpUs: expected a finite number >= 0, got NaN$/],
    ["implausible throughput", (r) => (r.cells[0]!.trials[0]!.throughput = 1e15), /cells\[0\]\.trials\[0\]\.throughput: expected at most 1e\+10 \(a plausible measurement\), got 1e\+15$/],
    ["a fractional concurrency", (r) => (r.cells[0]!.concurrency = 0.5), /cells\[0\]\.concurrency: expected a positive integer, got 0\.5$/],
  ];

  it.each(garbage)("refuses %s at save, in a branch store and a file store, writing nothing", async (_name, spoil, message) => {
    const a = clone("a");
    const bad = sample(1);
    spoil(bad);
    const branch = new BranchStore({ cwd: a });
    await expect(branch.save(bad, { trusted: true })).rejects.toThrow(message);
    expect(sh(a, "ls-remote", "origin")).toBe("");
    const file = new FileStore(join(dir, "base.json"), "base.json");
    await expect(file.save(bad, { trusted: true })).rejects.toThrow(message);
    await expect(file.loadLatest()).resolves.toBeUndefined();
  });

  it("refuses garbage at load: a results file on the branch, a file store, a number JSON reads as Infinity", async () => {
    const a = clone("a");
    await new BranchStore({ cwd: a }).save(sample(1), { trusted: true });
    const stored = JSON.stringify(sample(1), null, 2).replace(/"throughput": ([0-9.]+)/, '"throughput": -$1');
    expect(stored).toContain('"throughput": -1');
    rewriteBranch(a, { [`results/${sha(1)}.json`]: stored });
    const reader = new BranchStore({ cwd: clone("b") });
    await expect(reader.loadLatest()).rejects.toThrow(/^branch:concurrency-guard-baselines@[0-9a-f]{12}:results\/0{39}1\.json: not a valid results file \(schema\/results\.schema\.json\):\n {2}\/cells\/0\/trials\/\d\/throughput: expected a number >= 0$/);

    const huge = JSON.stringify(sample(2)).replace(/"throughput":[0-9.]+/, '"throughput":1e999');
    await writeFile(join(dir, "base.json"), huge);
    await expect(new FileStore(join(dir, "base.json"), "base.json").loadLatest()).rejects.toThrow(/^file:base\.json: not a valid results file \(schema\/results\.schema\.json\):\n {2}\/cells\/0\/trials\/0\/throughput: expected number$/);
  });
});

describe("what a reader falls back to", () => {
  it("tells an unreadable file store from an absent one", async () => {
    await expect(new FileStore(join(dir, "none.json"), "none.json").loadLatest()).resolves.toBeUndefined();
    await mkdir(join(dir, "adir.json"));
    await expect(new FileStore(join(dir, "adir.json"), "adir.json").loadLatest()).rejects.toThrow(/^file:adir\.json: cannot read/);
  });

  it("files a baseline under the sha and ref it is given, and falls back only to baselines of the wanted branch", async () => {
    const a = clone("a");
    const store = new BranchStore({ cwd: a });
    await store.save(sample(1), { trusted: true, sha: sha(11), ref: "refs/heads/main" });
    // The results file claims main, the run was a push to a feature branch: the run's own ref wins.
    await store.save(sample(2), { trusted: true, sha: sha(12), ref: "refs/heads/feature" });
    const entries = await store.list();
    expect(entries.map((e) => [e.sha, e.ref])).toEqual([
      [sha(12), "refs/heads/feature"],
      [sha(11), "refs/heads/main"],
    ]);
    expect((await store.loadLatest())?.cells[0]?.trials[0]?.throughput).toBe(sample(2).cells[0]!.trials[0]!.throughput);
    const onMain = await store.loadLatest({ ref: "refs/heads/main" });
    expect(onMain?.cells[0]?.trials[0]?.throughput).toBe(sample(1).cells[0]!.trials[0]!.throughput);
    expect(await store.loadLatest({ ref: "refs/heads/release" })).toBeUndefined();
    expect((await store.loadRecent({ limit: 5, ref: "refs/heads/main" })).length).toBe(1);
  });
});
