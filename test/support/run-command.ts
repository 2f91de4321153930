// Drives a real CLI command through commander with a recording CommandIo: what it printed and the exit code it set.
import { Command } from "commander";
import type { CommandIo } from "../../src/cli/command-io.js";

export interface CommandOutput {
  stdout: string;
  stderr: string;
  code: number | undefined;
}

/** Registers one command (`registerCompare`, `registerBaseline`) and runs `argv` through it. */
export async function runCommand(
  register: (program: Command, io: CommandIo) => void,
  argv: string[],
  where: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<CommandOutput> {
  const out: CommandOutput = { stdout: "", stderr: "", code: undefined };
  const io: CommandIo = {
    stdout: (t) => void (out.stdout += t),
    stderr: (t) => void (out.stderr += t),
    setExitCode: (c) => void (out.code = c),
    env: where.env ?? {},
    cwd: where.cwd,
  };
  const program = new Command().exitOverride();
  register(program, io);
  await program.parseAsync(argv, { from: "user" });
  return out;
}
