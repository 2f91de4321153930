import { git } from "./git.js";

/** The repository's top folder, or `cwd` itself outside a repository (`init` may run before `git init`). */
export async function repoRoot(cwd: string): Promise<string> {
  const r = await git(["rev-parse", "--show-toplevel"], { cwd }).catch(() => undefined);
  return r && r.code === 0 && r.stdout.trim() ? r.stdout.trim() : cwd;
}

/**
 * The branch baselines come from: the remote's default (`origin/HEAD`), else the branch checked
 * out (a new repository's, even before its first commit), else `main`.
 */
export async function defaultBranch(root: string): Promise<string> {
  const remote = await git(["symbolic-ref", "--short", "refs/remotes/origin/HEAD"], { cwd: root }).catch(() => undefined);
  if (remote?.code === 0 && remote.stdout.trim().startsWith("origin/")) return remote.stdout.trim().slice("origin/".length);
  const head = await git(["symbolic-ref", "--short", "HEAD"], { cwd: root }).catch(() => undefined);
  return head?.code === 0 && head.stdout.trim() ? head.stdout.trim() : "main";
}
