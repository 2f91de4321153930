import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TrialStatus } from "./types.js";
import { failedTrial, type TrialOutcome } from "./failed-trial.js";
import { runtimeFile } from "./runtime-files.js";
import type { TrialSpec } from "./trial-spec.js";

export interface RunTrialOptions {
  timeoutMs: number;
  /** Interpreter for Python scenarios. */
  python?: string;
  /** Extra environment for the trial process. */
  env?: NodeJS.ProcessEnv;
}

/** How much of a trial's output is kept to explain a crash. */
const OUTPUT_TAIL = 4000;

/**
 * Runs one trial in a fresh process (its own process group, so a timeout kills the pool too)
 * and reads its result file. A crash, a timeout or a missing result becomes a failed trial.
 */
export async function runTrialProcess(spec: TrialSpec, options: RunTrialOptions): Promise<TrialOutcome> {
  const dir = mkdtempSync(path.join(tmpdir(), "cg-trial-"));
  const specFile = path.join(dir, "spec.json");
  const outFile = path.join(dir, "result.json");
  writeFileSync(specFile, JSON.stringify(spec));
  const [command, args] =
    spec.runtime === "python"
      ? [options.python ?? "python3", [runtimeFile("python/harness.py"), specFile, outFile]]
      : [process.execPath, [runtimeFile("trial.js"), specFile, outFile]];
  try {
    const exit = await runProcess(command, args, spec, options);
    let parsed: TrialOutcome | undefined;
    try {
      parsed = JSON.parse(readFileSync(outFile, "utf8")) as TrialOutcome;
    } catch {
      parsed = undefined;
    }
    if (exit.timedOut) return failed(spec, "timeout", `trial exceeded the ${options.timeoutMs}ms timeout and was killed`, exit.output);
    if (parsed) return parsed;
    if (exit.spawnError) return failed(spec, "crashed", exit.spawnError, exit.output);
    return failed(spec, "crashed", `trial process exited with ${exit.signal ?? `code ${exit.code}`} without a result`, exit.output);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  output: string;
  spawnError?: string;
}

function runProcess(command: string, args: string[], spec: TrialSpec, options: RunTrialOptions): Promise<Exit> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: spec.root,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, ...options.env },
    });
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
      spawnError = error.code === "ENOENT" ? `${command}: not found (tried to start it for scenario ${spec.scenario})` : error.message;
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      killGroup(child.pid);
      resolve({ code, signal, timedOut, output, ...(spawnError && { spawnError }) });
    });
  });
}

/** Kills the trial and everything it started (children of the processes model). */
function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
    // already gone
  }
}

function failed(spec: TrialSpec, status: TrialStatus, message: string, output: string): TrialOutcome {
  const tail = output.trim();
  return failedTrial(spec, status, { message, ...(tail && { stack: tail }) });
}
