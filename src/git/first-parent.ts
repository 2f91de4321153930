import { git } from "./git.js";

/**
 * The commits of a branch's first-parent line, oldest first: the order a default branch's
 * merges landed in, which is the order its baselines measured it. Undefined when the repository
 * cannot say (no such revision, not a repository, or a shallow clone's one commit).
 */
export async function firstParentOrder(cwd: string, revisions: readonly string[]): Promise<{ revision: string; commits: string[] } | undefined> {
  for (const revision of revisions) {
    if (!/^[A-Za-z0-9][A-Za-z0-9._/^~-]*$/.test(revision)) continue;
    const r = await git(["rev-list", "--first-parent", "--reverse", revision, "--"], { cwd });
    if (r.code !== 0) continue;
    const commits = r.stdout.split("\n").filter((line) => /^[0-9a-f]{40,64}$/.test(line));
    if (commits.length > 0) return { revision, commits };
  }
  return undefined;
}
