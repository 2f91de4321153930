import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { ConfigError } from "./config-error.js";

/** A checkout of the commit to measure against, with its own config and scenarios. */
export interface BaseTree {
  /** The base's config file: the current config's path within the checkout. */
  config: string;
  git: { sha: string; ref: string };
  /** Removes the checkout. */
  remove(): void;
}

/**
 * Checks `rev` out as a git worktree inside the repository (`.concurrency-guard/base-SHA`), so
 * its scenarios resolve packages from the repository's own node_modules as the head's do, and
 * finds the current config's counterpart in it.
 */
export function checkOutBase(rev: string, currentConfig: string): BaseTree {
  const dir = path.dirname(currentConfig);
  const git = (...args: string[]) => execFileSync("git", args, { cwd: dir, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
  let root: string;
  try {
    root = git("rev-parse", "--show-toplevel");
  } catch {
    throw new ConfigError(`--against ${rev}: ${path.dirname(currentConfig)} is not in a git repository; use --base-config FILE for a base outside git`);
  }
  let sha: string;
  try {
    sha = git("rev-parse", "--verify", "--quiet", `${rev}^{commit}`);
  } catch {
    throw new ConfigError(`--against ${rev}: expected a commit, branch or tag of ${root}, found none by that name (fetch it first in a shallow clone)`);
  }
  const relativeConfig = path.relative(root, currentConfig);
  const holder = path.join(root, ".concurrency-guard");
  const tree = path.join(holder, `base-${sha.slice(0, 12)}`);
  const remove = () => {
    try {
      git("worktree", "remove", "--force", tree);
    } catch {
      rmSync(tree, { recursive: true, force: true });
      try {
        git("worktree", "prune");
      } catch {
        // nothing registered
      }
    }
    if (existsSync(holder) && readdirSync(holder).length === 0) rmSync(holder, { recursive: true, force: true });
  };
  if (existsSync(tree)) remove();
  try {
    git("worktree", "add", "--detach", tree, sha);
  } catch (error) {
    throw new ConfigError(`--against ${rev}: could not check out ${sha.slice(0, 12)}: ${String((error as { stderr?: string }).stderr ?? error).trim()}`);
  }
  const config = path.join(tree, relativeConfig);
  if (!existsSync(config)) {
    remove();
    throw new ConfigError(`--against ${rev}: ${relativeConfig} does not exist at ${sha.slice(0, 12)}, so there is nothing to measure against`);
  }
  return { config, git: { sha, ref: rev }, remove };
}
