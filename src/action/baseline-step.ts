import type { LoadedBaseline } from "../pipeline/baseline.js";
import { loadBaseline } from "../pipeline/baseline.js";
import type { RunnerIO } from "../publish/runner-io.js";
import type { ResultsFile } from "../results/types.js";
import { messageOf } from "../shared/message-of.js";
import type { BaselineStore } from "../store/store.js";

/**
 * The stored baseline for this run (its base commit's, else the newest). A store that cannot be
 * read is reported and treated as no baseline: the PR's numbers are still shown.
 */
export async function storedBaseline(store: BaselineStore, commit: string | undefined, fingerprint: string, io: RunnerIO, notes: string[]): Promise<LoadedBaseline | undefined> {
  try {
    return await loadBaseline(store, { ...(commit && { commit }), exact: false, fingerprint }, notes);
  } catch (error) {
    const message = `could not read the baseline from ${store.description}: ${messageOf(error)}`;
    io.warning(message);
    notes.push(message);
    return undefined;
  }
}

/**
 * Stores a trusted run as the new baseline. A failed write is returned, not thrown: the report
 * and the outputs are still published, then the step fails with it.
 */
export async function saveBaseline(
  store: BaselineStore,
  results: ResultsFile,
  eventSha: string | undefined,
  trusted: boolean,
  compared: boolean,
  io: RunnerIO,
  notes: string[],
): Promise<string | undefined> {
  try {
    const sha = results.git?.sha ?? eventSha;
    const entry = await store.save(results, { trusted, ...(sha !== undefined && { sha }) });
    const note = `this run is now the baseline in ${store.description} (commit ${entry.sha.slice(0, 12)}); pull requests are compared with it`;
    io.info(note);
    notes.push(note);
    if (compared) notes.push("on a baseline run the comparison with the previous baseline is reported, not gated: the change is merged already");
    return undefined;
  } catch (error) {
    const saveError = `could not update the baseline in ${store.description}: ${messageOf(error)}`;
    notes.push(saveError);
    return saveError;
  }
}
