import { rename, writeFile } from "node:fs/promises";
import { InvalidArgumentError } from "commander";
import { isBad, readPositiveInteger, type Read } from "../config/option-values.js";
import { GitError } from "../git/git.js";
import { InputError } from "../shared/input-error.js";
import { logText } from "../shared/log-text.js";

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
    if (error instanceof InputError || error instanceof GitError) {
      io.stderr(`concurrency-guard: ${logText(error.message)}\n`);
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

/** A commander parser from one of the readers both doors share: a bad value is a usage error (exit 2). */
export function flag<T>(reader: (text: string) => Read<T>): (text: string) => T {
  return (text) => {
    const value = reader(text);
    if (isBad(value)) throw new InvalidArgumentError(`expected ${value.expected}, got "${text}"`);
    return value;
  };
}

/** For values read inside a command body (not by commander): a bad one is an input error (exit 2). */
export function positiveInteger(value: string): number {
  const read = readPositiveInteger(value);
  if (isBad(read)) throw new InputError(`expected ${read.expected}, got "${value}"`);
  return read;
}
