import { InputError } from "../shared/input-error.js";
import { SHA_PATTERN, type BaselineEntry } from "./store.js";

/**
 * Checks the entries of a branch store's index.json, which anyone who can push the branch can
 * edit: a null, a number for a sha or a path out of `results/` must stop the reader with the entry
 * named (exit 2, or the action's `error` verdict), never surface as a TypeError later.
 */
export function checkIndexEntries(entries: unknown[], label: string): BaselineEntry[] {
  return entries.map((entry, i) => {
    const at = `${label}: entries[${i}]`;
    const fail = (field: string, expected: string, got: unknown): never => {
      throw new InputError(`${at}${field ? `.${field}` : ""}: expected ${expected}, got ${got === undefined ? "nothing" : JSON.stringify(got)?.slice(0, 80)}`);
    };
    if (typeof entry !== "object" || entry === null || Array.isArray(entry)) return fail("", "an object", entry);
    const e = entry as Record<string, unknown>;
    if (typeof e.sha !== "string" || !SHA_PATTERN.test(e.sha)) fail("sha", "a commit sha (7 to 64 hex digits)", e.sha);
    const sha = e.sha as string;
    if (e.file !== `results/${sha}.json`) fail("file", "results/SHA.json", e.file);
    for (const key of ["createdAt", "savedAt", "fingerprint", "cpuModel"] as const) {
      if (typeof e[key] !== "string") fail(key, "a string", e[key]);
    }
    if (e.ref !== undefined && typeof e.ref !== "string") fail("ref", "a git ref", e.ref);
    for (const key of ["cpus", "cells"] as const) {
      if (!Number.isInteger(e[key]) || (e[key] as number) < 0) fail(key, "a non-negative integer", e[key]);
    }
    return e as unknown as BaselineEntry;
  });
}
