import { spawn } from "node:child_process";

export interface ProcessExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  /** The tail of stdout and stderr, interleaved as they came. */
  output: string;
  spawnError?: string;
  wallMs: number;
  /** The process's id (valgrind runs its program in the same process, under this id). */
  pid?: number;
}

const OUTPUT_TAIL = 4000;

/**
 * Runs one process of a cost measurement (a sizing run or a count) in its own process group, so a
 * timeout kills whatever the scenario started too; never rejects.
 */
export function runCountProcess(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number }): Promise<ProcessExit> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: options.cwd, detached: true, stdio: ["ignore", "pipe", "pipe"], env: options.env });
    let output = "";
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-OUTPUT_TAIL);
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    let timedOut = false;
    let spawnError: string | undefined;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid);
    }, options.timeoutMs);
    child.on("error", (error: NodeJS.ErrnoException) => {
      spawnError = error.code === "ENOENT" ? `${command}: not found` : error.message;
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      killGroup(child.pid);
      resolve({ code, signal, timedOut, output, wallMs: Date.now() - started, ...(spawnError && { spawnError }), ...(child.pid !== undefined && { pid: child.pid }) });
    });
  });
}

function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
    // already gone
  }
}
