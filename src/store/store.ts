import { InputError } from "../shared/input-error.js";
import type { ResultsFile } from "../results/types.js";

/** One stored baseline, as listed by a store. */
export interface BaselineEntry {
  /** Commit the baseline run measured. */
  sha: string;
  ref?: string;
  /** When the run was made (from the results file). */
  createdAt: string;
  /** When it was stored. */
  savedAt: string;
  fingerprint: string;
  cpuModel: string;
  cpus: number;
  cells: number;
  /** Where it lives inside the store (a path in the branch, or the file itself). */
  file: string;
}

export interface SaveOptions {
  /**
   * Must be `true`: a baseline decides what later runs are judged against, so
   * only a run the caller vouches for (a default-branch run, not a pull
   * request from a fork) may become one. Anything else is refused.
   */
  trusted: boolean;
  /**
   * Commit to file the run under. The action always gives the workflow's commit (`GITHUB_SHA`):
   * a results file's own `git` is a claim, not a fact. Without it, the results file's commit.
   */
  sha?: string;
  /** Branch ref the run was made on (`GITHUB_REF`), over the results file's claim: readers fall back only to baselines of their branch. */
  ref?: string;
}

/** Which stored baselines a reader may fall back to. */
export interface LatestOptions {
  /** Prefer baselines measured on this hardware. */
  fingerprint?: string;
  /**
   * Only baselines made on this branch ref (`refs/heads/main`), or that recorded no ref: a push to
   * another branch must not become the baseline a pull request into this one is judged against.
   */
  ref?: string;
}

/**
 * Where baselines live. Small on purpose: the compare command needs the
 * latest (or a given commit's) baseline, `baseline show` a list, and trusted
 * runs a way to add one; a store for another backend implements just this.
 */
export interface BaselineStore {
  /** `file:PATH` or `branch:NAME`, for messages. */
  readonly description: string;
  /** Newest baseline, preferring one measured on the same hardware when a fingerprint is given. */
  loadLatest(options?: LatestOptions): Promise<ResultsFile | undefined>;
  /** Baseline of a commit (full sha or a prefix of at least 7 characters). */
  loadByCommit(sha: string): Promise<ResultsFile | undefined>;
  /** Newest first. */
  list(): Promise<BaselineEntry[]>;
  /**
   * The newest baselines (newest first, at most `limit`), only those measured on this hardware when
   * a fingerprint is given: the history a run-to-run drift is estimated from. One read of the store.
   */
  loadRecent(options: { limit: number } & LatestOptions): Promise<ResultsFile[]>;
  save(results: ResultsFile, options: SaveOptions): Promise<BaselineEntry>;
  /**
   * Every stored baseline (of `ref`'s branch, or that recorded none), newest first, for the history
   * analysis: one read of the store. A results file that cannot be read is skipped and named, not
   * fatal: one bad entry must not hide a hundred good ones.
   */
  loadAll(options?: { ref?: string }): Promise<StoredHistory>;
}

/** The readable baselines of a store and the ones skipped, by file, with why. */
export interface StoredHistory {
  runs: { entry: BaselineEntry; results: ResultsFile }[];
  skipped: { file: string; reason: string }[];
}

/** Thrown by every store when `save` is called without `trusted: true`. */
export class UntrustedWriteError extends Error {
  override name = "UntrustedWriteError";
  constructor(store: string) {
    super(`${store}: refusing to write a baseline from an untrusted run (pass trusted: true only for default-branch runs)`);
  }
}

export function assertTrusted(store: string, options: SaveOptions | undefined): void {
  if (options?.trusted !== true) throw new UntrustedWriteError(store);
}

/** The index entry describing a results file. */
export function entryFor(results: ResultsFile, sha: string, file: string, savedAt: string, ref?: string): BaselineEntry {
  const entry: BaselineEntry = {
    sha,
    createdAt: results.createdAt,
    savedAt,
    fingerprint: results.env.fingerprint,
    cpuModel: results.env.cpuModel,
    cpus: results.env.cpus,
    cells: results.cells.length,
    file,
  };
  const madeOn = ref ?? results.git?.ref;
  if (madeOn) entry.ref = madeOn;
  return entry;
}

/** Whether a baseline made on `ref` (undefined: not recorded) may stand in for one of `wanted`. */
export function refAllowed(ref: string | undefined, wanted: string | undefined): boolean {
  return wanted === undefined || ref === undefined || ref === wanted;
}

export const SHA_PATTERN = /^[0-9a-f]{7,64}$/i;

/** A commit named by a user or a file: hex, 7 to 64 digits, or an input error naming where it came from. */
export function checkSha(value: string, label: string): string {
  if (!SHA_PATTERN.test(value)) throw new InputError(`${label}: expected a commit sha (7 to 64 hex digits), got ${JSON.stringify(value)}`);
  return value;
}

/** Full sha or a prefix of 7+ hex characters. */
export function shaMatches(full: string, query: string): boolean {
  const q = query.toLowerCase();
  return q.length >= 7 && full.toLowerCase().startsWith(q);
}
