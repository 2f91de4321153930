import { mkdir, rename, stat, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import type { ResultsFile } from "../results/types.js";
import { readResultsFile } from "./results-file.js";
import { InputError } from "../shared/input-error.js";
import { assertPlausible } from "../results/plausible-results.js";
import { assertWholePlan } from "../results/merge-shards.js";
import { assertTrusted, checkSha, entryFor, shaMatches, type BaselineEntry, type BaselineStore, type LatestOptions, type SaveOptions, type StoredHistory } from "./store.js";

/**
 * `file:PATH`: one results file is the baseline. The simplest store, for local
 * use ("compare against my last run") and tests; it keeps no history.
 */
export class FileStore implements BaselineStore {
  readonly description: string;

  constructor(
    private readonly path: string,
    label?: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.description = `file:${label ?? path}`;
  }

  /** The one file, whatever branch it was made on: a file store is the baseline someone chose by its path. */
  async loadLatest(): Promise<ResultsFile | undefined> {
    return this.read();
  }

  /** The file, undefined when there is none yet; a file that is there but cannot be read is an error. */
  private async read(): Promise<ResultsFile | undefined> {
    if (!(await exists(this.path, this.description))) return undefined;
    return readResultsFile(this.path, this.description);
  }

  async loadByCommit(sha: string): Promise<ResultsFile | undefined> {
    const r = await this.read();
    return r?.git && shaMatches(r.git.sha, sha) ? r : undefined;
  }

  async loadRecent(options: { limit: number } & LatestOptions): Promise<ResultsFile[]> {
    const r = await this.read();
    return r && options.limit > 0 && (!options.fingerprint || r.env.fingerprint === options.fingerprint) ? [r] : [];
  }

  /** The one file, as a history of one; a file that cannot be read is skipped and named, as a branch store's entries are. */
  async loadAll(): Promise<StoredHistory> {
    try {
      const r = await this.read();
      if (!r) return { runs: [], skipped: [] };
      const info = await stat(this.path);
      return { runs: [{ entry: entryFor(r, r.git?.sha ?? "unknown", this.path, info.mtime.toISOString()), results: r }], skipped: [] };
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      return { runs: [], skipped: [{ file: this.path, reason: error.message }] };
    }
  }

  async list(): Promise<BaselineEntry[]> {
    const r = await this.read();
    if (!r) return [];
    const info = await stat(this.path);
    return [entryFor(r, r.git?.sha ?? "unknown", this.path, info.mtime.toISOString())];
  }

  async save(results: ResultsFile, options: SaveOptions): Promise<BaselineEntry> {
    assertTrusted(this.description, options);
    if (options.sha !== undefined) checkSha(options.sha, `${this.description}: commit`);
    assertPlausible(results, `${this.description}: refusing to save`);
    assertWholePlan(results, `${this.description}: refusing to save`);
    // The file is the whole store: the commit and branch the run was filed under go into it.
    const git = options.sha ?? results.git?.sha;
    const ref = options.ref ?? results.git?.ref;
    if (git) results = { ...results, git: { sha: git, ...(ref && { ref }) } };
    await mkdir(dirname(this.path), { recursive: true });
    // Write aside and rename, so a reader never sees half a baseline.
    const tmp = `${this.path}.${process.pid}.${Date.now()}.tmp`;
    await writeFile(tmp, JSON.stringify(results, null, 2) + "\n");
    await rename(tmp, this.path);
    return entryFor(results, results.git?.sha ?? "unknown", this.path, this.now().toISOString());
  }
}

/** False only when nothing is there: a path that cannot be looked at (permissions, a file as a folder) is an error. */
async function exists(path: string, label: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return false;
    throw new InputError(`${label}: cannot read: ${(error as Error).message}`);
  }
}
