import { rename, writeFile } from "node:fs/promises";
import { GitError } from "../git/git.js";
import { InputError } from "../shared/input-error.js";

/**
 * What the compare and baseline commands touch of the process: output,
 * exit code, environment, working directory. Passed in, so tests drive the
 * real commands and read what they printed without patching globals.
 */
export interface CommandIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  setExitCode: (code: number) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export function processIo(): CommandIo {
  return {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    setExitCode: (code) => {
      process.exitCode = code;
    },
    env: process.env,
    cwd: process.cwd(),
  };
}

/**
 * Runs a command body and maps input problems (missing or corrupt files,
 * schema mismatches, bad budgets, unreachable stores) to exit code 2 and one
 * clear line; anything else is a bug and propagates to the entry point.
 */
export async function guarded(io: CommandIo, body: () => Promise<number>): Promise<void> {
  try {
    io.setExitCode(await body());
  } catch (error) {
    if (error instanceof InputError || error instanceof InputError || error instanceof GitError) {
      io.stderr(`concurrency-guard: ${error.message}\n`);
      io.setExitCode(2);
      return;
    }
    throw error;
  }
}

/** Writes a file aside then renames it, so a reader never sees half of it. */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, text);
  await rename(tmp, path);
}

export function positiveInteger(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InputError(`expected a positive integer, got "${value}"`);
  return Number(value);
}
