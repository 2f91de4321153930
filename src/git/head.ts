import { execFileSync } from "node:child_process";

/** The commit being measured; on Actions the event's SHA wins over a detached checkout's. */
export function readGit(cwd: string, env: NodeJS.ProcessEnv = process.env): { sha: string; ref?: string } | undefined {
  const git = (...args: string[]) => execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  try {
    const sha = git("rev-parse", "HEAD");
    let ref: string | undefined = env.GITHUB_REF;
    if (!ref) {
      const branch = git("rev-parse", "--abbrev-ref", "HEAD");
      ref = branch === "HEAD" ? undefined : `refs/heads/${branch}`;
    }
    return { sha, ...(ref && { ref }) };
  } catch {
    return undefined;
  }
}
