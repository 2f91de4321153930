import { existsSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { git } from "./git.js";
import { InputError } from "../shared/input-error.js";

/** A checkout of the commit to measure against, with its own config and scenarios. */
export interface BaseTree {
  /** The base's config file: the current config's path within the checkout. */
  config: string;
  git: { sha: string; ref: string };
  /** Removes the checkout. */
  remove(): Promise<void>;
}

/**
 * Checks `rev` out as a git worktree inside the repository (`.concurrency-guard/base-SHA`), so
 * its scenarios resolve packages from the repository's own node_modules as the head's do, and
 * finds the current config's counterpart in it.
 */
export async function checkOutBase(rev: string, currentConfig: string): Promise<BaseTree> {
  const cwd = path.dirname(currentConfig);
  const top = await git(["rev-parse", "--show-toplevel"], { cwd });
  if (top.code !== 0) {
    throw new InputError(`--against ${rev}: ${cwd} is not in a git repository; use --base-config FILE for a base outside git`);
  }
  const root = top.stdout.trim();
  const commit = await git(["rev-parse", "--verify", "--quiet", `${rev}^{commit}`], { cwd });
  if (commit.code !== 0) {
    throw new InputError(`--against ${rev}: expected a commit, branch or tag of ${root}, found none by that name (fetch it first in a shallow clone)`);
  }
  const sha = commit.stdout.trim();
  const relativeConfig = path.relative(root, currentConfig);
  const holder = path.join(root, ".concurrency-guard");
  const tree = path.join(holder, `base-${sha.slice(0, 12)}`);
  const remove = async () => {
    if ((await git(["worktree", "remove", "--force", tree], { cwd })).code !== 0) {
      rmSync(tree, { recursive: true, force: true });
      await git(["worktree", "prune"], { cwd });
    }
    if (existsSync(holder) && readdirSync(holder).length === 0) rmSync(holder, { recursive: true, force: true });
  };
  if (existsSync(tree)) await remove();
  const added = await git(["worktree", "add", "--detach", tree, sha], { cwd });
  if (added.code !== 0) throw new InputError(`--against ${rev}: could not check out ${sha.slice(0, 12)}: ${added.stderr.trim()}`);
  const config = path.join(tree, relativeConfig);
  if (!existsSync(config)) {
    await remove();
    throw new InputError(`--against ${rev}: ${relativeConfig} does not exist at ${sha.slice(0, 12)}, so there is nothing to measure against`);
  }
  return { config, git: { sha, ref: rev }, remove };
}
