import { readFile, stat } from "node:fs/promises";
import { InputError } from "../shared/input-error.js";
import type { ResultsFile } from "./types.js";
import { MAX_RESULTS_BYTES, parseResults, tooLarge } from "./validate-results.js";

/**
 * Reads and checks a results file given by a path (the action's `results` input, `compare
 * --current`, a `file:` store). The size is checked before the file is read, so a huge artifact
 * costs neither memory nor time; the content must match the schema (`validate-results.ts`).
 */
export async function readResultsFile(path: string, label = path): Promise<ResultsFile> {
  let text: string;
  try {
    const { size } = await stat(path);
    if (size > MAX_RESULTS_BYTES) throw new InputError(`${label}: ${tooLarge(size)}`);
    text = await readFile(path, "utf8");
  } catch (err) {
    if (err instanceof InputError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(code === "ENOENT" ? `${label}: file not found` : `${label}: cannot read: ${(err as Error).message}`);
  }
  return parseResults(text, label);
}
