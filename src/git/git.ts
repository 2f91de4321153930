import { execFile } from "node:child_process";

export interface GitResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs git and returns its output whatever the exit code: callers decide
 * which failures are expected (a missing branch, a rejected push) and which
 * are errors. Plain `execFile`, no shell, so branch names are never parsed.
 */
export function git(
  args: readonly string[],
  options: { cwd: string; input?: string; env?: NodeJS.ProcessEnv },
): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      "git",
      args,
      { cwd: options.cwd, env: { ...process.env, ...options.env }, maxBuffer: 256 * 1024 * 1024, encoding: "utf8" },
      (err, stdout, stderr) => {
        if (err && typeof (err as { code?: unknown }).code !== "number") {
          reject(new Error(`git ${args[0]}: cannot run git: ${err.message}`));
          return;
        }
        resolve({ code: err ? Number((err as { code?: number }).code) : 0, stdout, stderr });
      },
    );
    if (options.input !== undefined) child.stdin?.end(options.input);
  });
}

export class GitError extends Error {
  override name = "GitError";
}

/** Runs git and throws a GitError with its stderr when it fails. */
export async function gitOk(
  args: readonly string[],
  options: { cwd: string; input?: string; env?: NodeJS.ProcessEnv },
): Promise<string> {
  const r = await git(args, options);
  if (r.code !== 0) throw new GitError(`git ${args.join(" ")} failed (exit ${r.code}): ${r.stderr.trim() || r.stdout.trim()}`);
  return r.stdout;
}
