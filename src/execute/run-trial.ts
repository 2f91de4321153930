import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { crashWords, describeCrash, outputTail } from "./crash.js";
import type { KilledProcesses, TrialCrash, TrialStatus } from "./types.js";
import { failedTrial, type TrialOutcome } from "./failed-trial.js";
import { runtimeFile } from "./runtime-files.js";
import { killMarked, TRIAL_MARKER, trialMark } from "./stray-processes.js";
import type { TrialSpec } from "./trial-spec.js";

export interface RunTrialOptions {
  timeoutMs: number;
  /** Interpreter for Python scenarios. */
  python?: string;
  /** Extra environment for the trial process. */
  env?: NodeJS.ProcessEnv;
}

/** How long the runner waits, once the trial process exited, for the rest of its output. */
const OUTPUT_GRACE_MS = 2000;

/**
 * Runs one trial in a fresh process (its own process group, so a timeout kills the pool too)
 * and reads its result file. A crash, a timeout or a missing result becomes a failed trial. When
 * it ends, every process it started and left behind is killed and named in the result.
 */
export async function runTrialProcess(spec: TrialSpec, options: RunTrialOptions): Promise<TrialOutcome> {
  const dir = mkdtempSync(path.join(tmpdir(), "cg-trial-"));
  const specFile = path.join(dir, "spec.json");
  const outFile = path.join(dir, "result.json");
  writeFileSync(specFile, JSON.stringify(spec));
  const program = runtimeFile(spec.runtime === "python" ? "python/harness.py" : "trial.js");
  const command = spec.runtime === "python" ? (options.python ?? "python3") : process.execPath;
  try {
    const exit = await runProcess(command, [program, specFile, outFile], program, spec, options);
    const killed = exit.killed && { killedProcesses: exit.killed };
    return { ...outcome(spec, options, exit, readResult(outFile)), ...killed };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function outcome(spec: TrialSpec, options: RunTrialOptions, exit: Exit, parsed: TrialOutcome | undefined): TrialOutcome {
  if (exit.timedOut) return failed(spec, "timeout", `trial exceeded the ${options.timeoutMs}ms timeout and was killed`, exit.output);
  if (parsed) return parsed.status === "crashed" ? withOutput(parsed, exit.output) : parsed;
  if (exit.spawnError) return failed(spec, "crashed", exit.spawnError, exit.output);
  const crash = describeCrash("trial", exit.code, exit.signal, exit.output);
  return failed(spec, "crashed", `${crashWords("trial process", crash)} without a result`, exit.output, crash);
}

/** A pool member crashed and the trial said so: its output went to the trial's, so keep that too. */
function withOutput(result: TrialOutcome, output: string): TrialOutcome {
  const tail = output.trim();
  if (!tail || result.crash?.output) return result;
  return { ...result, crash: { ...(result.crash ?? { process: "trial" }), output: tail } };
}

function readResult(file: string): TrialOutcome | undefined {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as TrialOutcome;
  } catch {
    return undefined;
  }
}

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  output: string;
  spawnError?: string;
  killed?: KilledProcesses;
}

function runProcess(command: string, args: string[], program: string, spec: TrialSpec, options: RunTrialOptions): Promise<Exit> {
  return new Promise((resolve) => {
    const mark = trialMark();
    const child = spawn(command, args, {
      cwd: spec.root,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, ...options.env, [TRIAL_MARKER]: mark },
    });
    const output = outputTail();
    child.stdout.on("data", output.add);
    child.stderr.on("data", output.add);
    let timedOut = false;
    let spawnError: string | undefined;
    let killed: KilledProcesses | undefined;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid);
    }, options.timeoutMs);
    let grace: NodeJS.Timeout | undefined;
    child.on("error", (error: NodeJS.ErrnoException) => {
      spawnError = error.code === "ENOENT" ? `${command}: not found (tried to start it for scenario ${spec.scenario})` : error.message;
    });
    child.on("exit", () => {
      // What it left behind dies now: a grandchild holding its output pipes would otherwise keep them open.
      clearTimeout(timer);
      killGroup(child.pid);
      killed = killMarked(mark, program);
      grace = setTimeout(() => {
        child.stdout.destroy();
        child.stderr.destroy();
      }, OUTPUT_GRACE_MS);
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      clearTimeout(grace);
      killGroup(child.pid);
      resolve({ code, signal, timedOut, output: output.text(), ...(spawnError && { spawnError }), ...(killed && { killed }) });
    });
  });
}

/** Kills the trial and everything left in its process group (children of the processes model). */
function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
    // already gone
  }
}

function failed(spec: TrialSpec, status: TrialStatus, message: string, output: string, crash?: TrialCrash): TrialOutcome {
  const tail = output.trim();
  return { ...failedTrial(spec, status, { message, ...(tail && { stack: tail }) }), ...(crash && { crash }) };
}
