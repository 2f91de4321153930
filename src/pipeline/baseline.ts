import type { ResultsFile } from "../results/types.js";
import type { BaselineStore } from "../store/store.js";
import { InputError } from "../shared/input-error.js";
import { messageOf } from "../shared/message-of.js";

/** A baseline run and where it came from, for the report. */
export interface LoadedBaseline {
  results: ResultsFile;
  source: string;
}

export interface BaselineRequest {
  /** The commit whose baseline is wanted: a PR's base commit, or `compare --commit`. */
  commit?: string;
  /**
   * With `commit`: true when only that commit's baseline will do (`compare --commit`: the user
   * named it); false to fall back to the newest one, saying so (a PR whose base has none yet).
   */
  exact: boolean;
  /** Prefer baselines measured on this hardware. */
  fingerprint: string;
  /**
   * The branch ref whose baselines may stand in when the commit has none (a PR's base branch):
   * a push to another branch never becomes the baseline a pull request is judged against.
   */
  ref?: string;
}

/**
 * Finds the baseline a run is judged against, the same way for both doors: the named commit's when
 * the store has it, else (unless `exact`) the newest, preferring the same hardware. `notes` gets a
 * sentence whenever the baseline is not the one asked for. Undefined: the store has none.
 */
export async function loadBaseline(store: BaselineStore, request: BaselineRequest, notes: string[] = []): Promise<LoadedBaseline | undefined> {
  const { commit } = request;
  if (commit) {
    const exact = await store.loadByCommit(commit);
    if (exact) return { results: exact, source: `${store.description}@${commit.slice(0, 12)}` };
    if (request.exact) throw new InputError(`${store.description}: no baseline for commit ${commit}`);
  }
  const latest = await store.loadLatest({ fingerprint: request.fingerprint, ...(request.ref && { ref: request.ref }) });
  if (!latest) return undefined;
  if (commit) {
    notes.push(`no baseline for the base commit ${commit.slice(0, 7)}; compared with the newest baseline (${latest.git?.sha.slice(0, 7) ?? "unknown commit"})`);
  }
  return { results: latest, source: store.description };
}

/** How many stored baselines the drift estimate reads: a branch store keeps 100 by default. */
export const HISTORY_RUNS = 20;

/**
 * The store's newest baselines measured on this hardware: repeated runs of nearly the same code,
 * the data a run-to-run drift is estimated from. A store whose history cannot be read gives none
 * (the drift falls back to its default and the report says so): the history informs the
 * allowance, it never decides on its own.
 */
export async function loadHistory(store: BaselineStore, fingerprint: string, notes: string[] = [], ref?: string): Promise<ResultsFile[]> {
  try {
    return await store.loadRecent({ limit: HISTORY_RUNS, fingerprint, ...(ref && { ref }) });
  } catch (error) {
    notes.push(`could not read the baseline history of ${store.description} (${messageOf(error)}): the default drift allowance is used`);
    return [];
  }
}
