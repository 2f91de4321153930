import { mkdir, rename, stat, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import type { ResultsFile } from "../results/types.js";
import { readResultsFile } from "./results-file.js";
import { assertTrusted, entryFor, shaMatches, type BaselineEntry, type BaselineStore, type SaveOptions } from "./store.js";

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

  async loadLatest(): Promise<ResultsFile | undefined> {
    if (!(await exists(this.path))) return undefined;
    return readResultsFile(this.path, this.description);
  }

  async loadByCommit(sha: string): Promise<ResultsFile | undefined> {
    const r = await this.loadLatest();
    return r?.git && shaMatches(r.git.sha, sha) ? r : undefined;
  }

  async loadRecent(options: { limit: number; fingerprint?: string }): Promise<ResultsFile[]> {
    const r = await this.loadLatest();
    return r && options.limit > 0 && (!options.fingerprint || r.env.fingerprint === options.fingerprint) ? [r] : [];
  }

  async list(): Promise<BaselineEntry[]> {
    const r = await this.loadLatest();
    if (!r) return [];
    const info = await stat(this.path);
    return [entryFor(r, r.git?.sha ?? "unknown", this.path, info.mtime.toISOString())];
  }

  async save(results: ResultsFile, options: SaveOptions): Promise<BaselineEntry> {
    assertTrusted(this.description, options);
    await mkdir(dirname(this.path), { recursive: true });
    // Write aside and rename, so a reader never sees half a baseline.
    const tmp = `${this.path}.${process.pid}.${Date.now()}.tmp`;
    await writeFile(tmp, JSON.stringify(results, null, 2) + "\n");
    await rename(tmp, this.path);
    return entryFor(results, options.sha ?? results.git?.sha ?? "unknown", this.path, this.now().toISOString());
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
