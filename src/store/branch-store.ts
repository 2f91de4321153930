import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as delay } from "node:timers/promises";
import type { ResultsFile } from "../results/types.js";
import { git, gitOk, GitError } from "../git/git.js";
import { parseResults } from "./results-file.js";
import { assertPlausible } from "../results/plausible-results.js";
import { assertWholePlan } from "../results/merge-shards.js";
import { checkIndexEntries } from "./index-entries.js";
import { assertTrusted, checkSha, entryFor, refAllowed, shaMatches, type BaselineEntry, type BaselineStore, type LatestOptions, type SaveOptions, type StoredHistory } from "./store.js";
import { InputError } from "../shared/input-error.js";

export const DEFAULT_BRANCH = "concurrency-guard-baselines";
/** Baselines a branch store keeps: enough for the history analysis to see a change and its size. */
export const DEFAULT_HISTORY = 100;
export const INDEX_SCHEMA = "concurrency-guard/baselines@1";

export interface BaselineIndex {
  schema: typeof INDEX_SCHEMA;
  entries: BaselineEntry[];
}

export interface BranchStoreOptions {
  branch?: string;
  remote?: string;
  /** A directory inside the repository whose remote holds the branch. */
  cwd?: string;
  /** Baselines kept; older ones are dropped from the branch's tree. */
  history?: number;
  /** Push attempts before giving up when other writers keep winning. */
  maxAttempts?: number;
  now?: () => Date;
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /**
   * Called after a commit is built and before it is pushed. A test seam, like
   * an injected clock: it lets a test line two writers up so both push from
   * the same parent and one must retry.
   */
  beforePush?: (attempt: number) => Promise<void>;
}

/** Git identity of the baseline commits: the tool made them, whoever ran it. */
const IDENTITY = {
  GIT_AUTHOR_NAME: "concurrency-guard",
  GIT_AUTHOR_EMAIL: "concurrency-guard@users.noreply.github.com",
  GIT_COMMITTER_NAME: "concurrency-guard",
  GIT_COMMITTER_EMAIL: "concurrency-guard@users.noreply.github.com",
};

/**
 * `branch:NAME`: baselines on an orphan branch of the repository's own
 * remote, one results file per baseline commit plus index.json, so a project
 * needs no storage service and the history is auditable in git.
 *
 * Writing never touches the user's checkout, index or branches: the branch is
 * fetched into a private ref, the new tree is built with a temporary index
 * file and `commit-tree`, and pushed by hash. A push rejected because another
 * writer got there first is retried from a fresh fetch with jittered backoff,
 * so two nightly jobs racing both land.
 */
export class BranchStore implements BaselineStore {
  readonly description: string;
  readonly branch: string;
  private readonly remote: string;
  private readonly cwd: string;
  private readonly history: number;
  private readonly maxAttempts: number;
  private readonly now: () => Date;
  private readonly random: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly beforePush?: (attempt: number) => Promise<void>;
  /** Pushes tried by the last save (1 = no race); for reports and tests. */
  lastAttempts = 0;

  constructor(options: BranchStoreOptions = {}) {
    this.branch = options.branch ?? DEFAULT_BRANCH;
    checkBranchName(this.branch);
    this.remote = options.remote ?? "origin";
    this.cwd = options.cwd ?? process.cwd();
    this.history = options.history ?? DEFAULT_HISTORY;
    if (!Number.isInteger(this.history) || this.history < 1) {
      throw new InputError(`branch:${this.branch}: history: expected a positive integer, got ${options.history}`);
    }
    this.maxAttempts = options.maxAttempts ?? 10;
    this.now = options.now ?? (() => new Date());
    this.random = options.random ?? Math.random;
    this.sleep = options.sleep ?? ((ms) => delay(ms));
    if (options.beforePush) this.beforePush = options.beforePush;
    this.description = `branch:${this.branch}`;
  }

  async list(): Promise<BaselineEntry[]> {
    return this.withFetched(async (commit) => (commit ? (await this.readIndex(commit)).entries : []));
  }

  async loadLatest(options: LatestOptions = {}): Promise<ResultsFile | undefined> {
    return this.withFetched(async (commit) => {
      if (!commit) return undefined;
      const entries = (await this.readIndex(commit)).entries.filter((e) => refAllowed(e.ref, options.ref));
      const entry = (options.fingerprint && entries.find((e) => e.fingerprint === options.fingerprint)) || entries[0];
      return entry ? this.readEntry(commit, entry) : undefined;
    });
  }

  async loadRecent(options: { limit: number } & LatestOptions): Promise<ResultsFile[]> {
    return this.withFetched(async (commit) => {
      if (!commit) return [];
      const entries = (await this.readIndex(commit)).entries.filter((e) => (!options.fingerprint || e.fingerprint === options.fingerprint) && refAllowed(e.ref, options.ref));
      const runs: ResultsFile[] = [];
      for (const entry of entries.slice(0, options.limit)) runs.push(await this.readEntry(commit, entry));
      return runs;
    });
  }

  async loadAll(options: { ref?: string } = {}): Promise<StoredHistory> {
    return this.withFetched(async (commit) => {
      const out: StoredHistory = { runs: [], skipped: [] };
      if (!commit) return out;
      for (const entry of (await this.readIndex(commit)).entries.filter((e) => refAllowed(e.ref, options.ref))) {
        try {
          out.runs.push({ entry, results: await this.readEntry(commit, entry) });
        } catch (error) {
          if (!(error instanceof InputError)) throw error;
          out.skipped.push({ file: entry.file, reason: error.message });
        }
      }
      return out;
    });
  }

  async loadByCommit(sha: string): Promise<ResultsFile | undefined> {
    return this.withFetched(async (commit) => {
      if (!commit) return undefined;
      const entry = (await this.readIndex(commit)).entries.find((e) => shaMatches(e.sha, sha));
      return entry ? this.readEntry(commit, entry) : undefined;
    });
  }

  async save(results: ResultsFile, options: SaveOptions): Promise<BaselineEntry> {
    assertTrusted(this.description, options);
    const sha = options.sha ?? results.git?.sha;
    if (!sha) throw new InputError(`${this.description}: the results file has no git commit (git.sha); give the commit explicitly`);
    checkSha(sha, `${this.description}: ${options.sha ? "commit" : "git.sha"}`);
    assertPlausible(results, `${this.description}: refusing to save`);
    assertWholePlan(results, `${this.description}: refusing to save`);
    const file = `results/${sha}.json`;
    const body = JSON.stringify(results, null, 2) + "\n";
    // Push to the URL rather than the remote's name: git then leaves the
    // user's remote-tracking refs alone, and writers in one clone do not race on them.
    const pushUrl = (await gitOk(["remote", "get-url", "--push", this.remote], { cwd: this.cwd })).trim();
    const workDir = await mkdtemp(join(tmpdir(), "cg-store-"));
    try {
      for (let attempt = 1; ; attempt++) {
        this.lastAttempts = attempt;
        const entry = await this.withFetched(async (parent) => {
          const commit = await this.buildCommit(parent, results, { sha, file, body, ...(options.ref && { ref: options.ref }) }, join(workDir, `index-${attempt}`));
          await this.beforePush?.(attempt);
          const push = await git(["push", "--no-verify", "--porcelain", pushUrl, `${commit.sha}:refs/heads/${this.branch}`], {
            cwd: this.cwd,
          });
          if (push.code === 0) return commit.entry;
          if (!isRaceRejection(push.stdout + push.stderr)) {
            throw new GitError(`${this.description}: git push ${this.remote} failed: ${(push.stderr || push.stdout).trim()}`);
          }
          return undefined;
        });
        if (entry) return entry;
        if (attempt >= this.maxAttempts) {
          throw new GitError(`${this.description}: push still rejected after ${attempt} attempts; other writers kept winning`);
        }
        // Exponential backoff with full jitter, so racing writers spread out.
        const cap = Math.min(5000, 100 * 2 ** (attempt - 1));
        await this.sleep(Math.round(cap * (0.5 + this.random() / 2)));
      }
    } finally {
      await rm(workDir, { recursive: true, force: true });
    }
  }

  /** Builds the next commit of the branch from `parent` (or an orphan root) without a working tree. */
  private async buildCommit(
    parent: string | undefined,
    results: ResultsFile,
    saved: { sha: string; file: string; body: string; ref?: string },
    indexFile: string,
  ): Promise<{ sha: string; entry: BaselineEntry }> {
    const { sha, file, body } = saved;
    const env = { GIT_INDEX_FILE: indexFile };
    const run = (args: string[], input?: string) =>
      gitOk(args, { cwd: this.cwd, env, ...(input !== undefined ? { input } : {}) }).then((s) => s.trim());
    const index: BaselineIndex = parent ? await this.readIndex(parent) : { schema: INDEX_SCHEMA, entries: [] };
    const entry = entryFor(results, sha, file, this.now().toISOString(), saved.ref);
    const entries = [entry, ...index.entries.filter((e) => e.sha !== sha)];
    const kept = entries.slice(0, this.history);
    const dropped = entries.slice(this.history);

    if (parent) await run(["read-tree", parent]);
    else await run(["read-tree", "--empty"]);
    const blob = await run(["hash-object", "-w", "--stdin"], body);
    await run(["update-index", "--add", "--cacheinfo", `100644,${blob},${file}`]);
    for (const d of dropped) if (d.file !== file) await run(["update-index", "--force-remove", d.file]);
    const newIndex: BaselineIndex = { schema: INDEX_SCHEMA, entries: kept };
    const indexBlob = await run(["hash-object", "-w", "--stdin"], JSON.stringify(newIndex, null, 2) + "\n");
    await run(["update-index", "--add", "--cacheinfo", `100644,${indexBlob},index.json`]);
    const tree = await run(["write-tree"]);
    const message = `baseline ${sha.slice(0, 12)}${entry.ref ? ` (${entry.ref})` : ""}`;
    const commit = await gitOk(["commit-tree", tree, ...(parent ? ["-p", parent] : []), "-m", message], {
      cwd: this.cwd,
      env: IDENTITY,
    });
    return { sha: commit.trim(), entry };
  }

  /**
   * Fetches the branch into a private, per-call ref (so concurrent readers and
   * writers in one clone never fight over FETCH_HEAD or a shared ref) and
   * hands its commit to `fn`, undefined when the branch does not exist yet.
   */
  private async withFetched<T>(fn: (commit: string | undefined) => Promise<T>): Promise<T> {
    const ref = `refs/concurrency-guard/${randomBytes(6).toString("hex")}`;
    // --refmap= keeps git from also updating refs/remotes/<remote>/<branch> on the side.
    const fetch = await git(["fetch", "--quiet", "--no-tags", "--refmap=", this.remote, `+refs/heads/${this.branch}:${ref}`], {
      cwd: this.cwd,
    });
    let commit: string | undefined;
    if (fetch.code === 0) {
      commit = (await gitOk(["rev-parse", "--verify", `${ref}^{commit}`], { cwd: this.cwd })).trim();
    } else if (!/couldn't find remote ref|could not find remote ref/i.test(fetch.stderr)) {
      throw new GitError(`${this.description}: git fetch ${this.remote} failed: ${fetch.stderr.trim()}`);
    }
    try {
      return await fn(commit);
    } finally {
      if (commit) await git(["update-ref", "-d", ref], { cwd: this.cwd });
    }
  }

  private async readIndex(commit: string): Promise<BaselineIndex> {
    const r = await git(["cat-file", "blob", `${commit}:index.json`], { cwd: this.cwd });
    const label = `${this.description}: index.json`;
    if (r.code !== 0) throw new InputError(`${label}: missing on the branch; is ${this.branch} a concurrency-guard baseline branch?`);
    let data: unknown;
    try {
      data = JSON.parse(r.stdout);
    } catch (err) {
      throw new InputError(`${label}: not valid JSON (${(err as Error).message})`);
    }
    const d = data as Partial<BaselineIndex> | null;
    if (!d || d.schema !== INDEX_SCHEMA || !Array.isArray(d.entries)) {
      throw new InputError(`${label}: expected schema "${INDEX_SCHEMA}" with entries[]`);
    }
    return { schema: INDEX_SCHEMA, entries: checkIndexEntries(d.entries as unknown[], label) };
  }

  private async readEntry(commit: string, entry: BaselineEntry): Promise<ResultsFile> {
    const label = `${this.description}@${commit.slice(0, 12)}:${entry.file}`;
    const r = await git(["cat-file", "blob", `${commit}:${entry.file}`], { cwd: this.cwd });
    if (r.code !== 0) throw new InputError(`${label}: listed in index.json but missing from the branch`);
    const results = parseResults(r.stdout, label);
    // The commit it is filed under is the fact (the workflow's); the file's own git.sha is a claim.
    if (results.git && results.git.sha !== entry.sha) results.git = { ...results.git, sha: entry.sha };
    return results;
  }
}

/** A push lost to another writer (non-fast-forward, or the remote's ref lock held by a concurrent push). */
function isRaceRejection(output: string): boolean {
  return /\[rejected\]|non-fast-forward|fetch first|\[remote rejected\].*(cannot lock ref|failed to update ref|incorrect old value)/i.test(output);
}

/** Accepts names `git check-ref-format --branch` would, minus the exotic cases. */
export function checkBranchName(name: string): void {
  const ok = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(name) && !name.includes("..") && !name.endsWith(".lock") && !name.endsWith("/") && !name.includes("//");
  if (!ok) throw new InputError(`branch:${name}: expected a git branch name such as ${DEFAULT_BRANCH}`);
}
