import { git } from "../git/git.js";
import { checkOutBase, type BaseTree } from "../git/worktree.js";
import { messageOf } from "../shared/message-of.js";

/**
 * Checks a pull request's base commit out for a side-by-side run, fetching it first when a shallow
 * checkout lacks it. A base that cannot be had is not fatal: the caller gets the reason and falls
 * back to the stored baseline.
 */
export async function checkOutBaseCommit(
  sha: string,
  configFile: string,
  options: { cwd: string; branch?: string; log: (message: string) => void },
): Promise<{ tree: BaseTree } | { error: string }> {
  // The sha comes from the event payload and reaches git's command line: a full hex sha or nothing.
  if (!/^[0-9a-f]{40}$/i.test(sha)) return { error: `the base commit ${JSON.stringify(sha.slice(0, 60))} is not a full commit sha` };
  try {
    if ((await git(["cat-file", "-e", `${sha}^{commit}`], { cwd: options.cwd })).code !== 0) {
      options.log(`fetching the base commit ${sha.slice(0, 12)} (the checkout does not have it)`);
      const fetched = await git(["fetch", "--quiet", "--no-tags", "--depth=1", "origin", sha], { cwd: options.cwd });
      if (fetched.code !== 0) throw new Error(fetched.stderr || `git fetch exited ${fetched.code}`);
    }
    const tree = await checkOutBase(sha, configFile);
    return { tree: options.branch ? { ...tree, git: { sha: tree.git.sha, ref: `refs/heads/${options.branch}` } } : tree };
  } catch (error) {
    return { error: messageOf(error).trim().split("\n")[0] ?? "" };
  }
}
