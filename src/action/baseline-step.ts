import type { LoadedBaseline } from "../pipeline/baseline.js";
import { loadBaseline, loadHistory } from "../pipeline/baseline.js";
import type { RunnerIO } from "../publish/runner-io.js";
import type { ResultsFile } from "../results/types.js";
import { messageOf } from "../shared/message-of.js";
import type { BaselineStore } from "../store/store.js";
import type { StoreErrors } from "./inputs.js";

export interface StoredBaseline {
  baseline?: LoadedBaseline;
  /** The store could not be read and `store-errors: fail`: the verdict is `error` with this reason. */
  error?: string;
  /** The recent baselines of the same hardware and branch, for the drift allowance (with a baseline only). */
  history?: ResultsFile[];
}

/**
 * The stored baseline for this run (its base commit's, else the newest of `ref`, the branch it is
 * judged against) and, when there is one, its history for the drift allowance: read once per run
 * (before measuring, for an adaptive run's looks). None stored yet: nothing, and the PR's numbers
 * are shown. A store that cannot be read is an error that fails the step, unless
 * `store-errors: warn` asks to go on without it.
 */
export async function storedBaseline(
  store: BaselineStore,
  request: { commit: string | undefined; ref: string | undefined; fingerprint: string },
  storeErrors: StoreErrors,
  io: RunnerIO,
  notes: string[],
): Promise<StoredBaseline> {
  let baseline: LoadedBaseline | undefined;
  try {
    baseline = await loadBaseline(store, { ...(request.commit && { commit: request.commit }), ...(request.ref && { ref: request.ref }), exact: false, fingerprint: request.fingerprint }, notes);
  } catch (error) {
    const message = `could not read the baseline from ${store.description}: ${messageOf(error)}`;
    if (storeErrors === "fail") return { error: message };
    io.warning(`${message} (store-errors: warn: going on without a baseline)`);
    notes.push(message);
    return {};
  }
  if (!baseline) return {};
  return { baseline, history: await loadHistory(store, request.fingerprint, notes, request.ref) };
}

/**
 * Stores a trusted run as the new baseline, filed under the workflow's commit and ref
 * (`GITHUB_SHA`, `GITHUB_REF`): what the results file says about its own commit is a claim. A
 * failed write is returned, not thrown: the report and the outputs are still published, then the
 * step fails with it.
 */
export async function saveBaseline(
  store: BaselineStore,
  results: ResultsFile,
  event: { sha?: string; ref?: string },
  trusted: boolean,
  compared: boolean,
  io: RunnerIO,
  notes: string[],
): Promise<string | undefined> {
  try {
    const sha = event.sha ?? results.git?.sha;
    const entry = await store.save(results, { trusted, ...(sha !== undefined && { sha }), ...(event.ref?.startsWith("refs/heads/") && { ref: event.ref }) });
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
