import { loadBaseline, loadHistory } from "../pipeline/baseline.js";
import { readEnv } from "../results/env.js";
import type { ResultsFile } from "../results/types.js";
import { InputError } from "../shared/input-error.js";
import { messageOf } from "../shared/message-of.js";
import { parseStore } from "../store/parse-store.js";

/**
 * `run --trials adaptive --baseline STORE`: the baseline an adaptive run's looks compare with, and
 * the store's history for the drift allowance, read as `compare --baseline STORE` will read them
 * afterwards (same store syntax, same reader and checks, same hardware preferred), so the looks
 * decide what that comparison will. Read before any trial runs: a bad or missing one is an input
 * error (exit 2) naming the flag and the file.
 */
export async function runBaseline(spec: string, cwd: string, notes: string[]): Promise<{ baseline: ResultsFile; history: ResultsFile[] }> {
  const store = parseStore(spec, { cwd });
  const fingerprint = readEnv().fingerprint;
  let baseline: ResultsFile | undefined;
  try {
    baseline = (await loadBaseline(store, { exact: false, fingerprint }, notes))?.results;
  } catch (error) {
    throw new InputError(`--baseline ${spec}: ${error instanceof InputError ? messageOf(error) : `could not read ${store.description}: ${messageOf(error)}`}`);
  }
  if (!baseline) throw new InputError(`--baseline ${spec}: no baseline in ${store.description} (no such file, or an empty store); give the results file of an earlier run`);
  return { baseline, history: await loadHistory(store, fingerprint, notes) };
}
