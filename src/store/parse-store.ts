import { resolve } from "node:path";
import { BranchStore, DEFAULT_BRANCH, type BranchStoreOptions } from "./branch-store.js";
import { FileStore } from "./file-store.js";
import type { BaselineStore } from "./store.js";
import { InputError } from "../shared/input-error.js";

/**
 * Turns a store argument into a store: `file:PATH`, `branch:NAME` (`branch:`
 * alone is the default branch), or a bare path, which is a file. One syntax
 * for the CLI, the action input and the config.
 */
export function parseStore(spec: string, options: Omit<BranchStoreOptions, "branch"> & { cwd?: string } = {}): BaselineStore {
  const cwd = options.cwd ?? process.cwd();
  const text = spec.trim();
  if (text === "") throw new InputError(`store: expected file:PATH, branch:NAME or a path, got ""`);
  if (text.startsWith("branch:")) {
    const name = text.slice("branch:".length) || DEFAULT_BRANCH;
    return new BranchStore({ ...options, cwd, branch: name });
  }
  if (text.startsWith("file:")) {
    const path = text.slice("file:".length);
    if (path === "") throw new InputError(`store: expected a path after file:, got "${spec}"`);
    return new FileStore(resolve(cwd, path), path);
  }
  return new FileStore(resolve(cwd, text), text);
}
