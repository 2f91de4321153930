import { randomBytes } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import type { KilledProcesses } from "./types.js";

/**
 * The environment variable that marks every process a trial starts. Children inherit it through
 * `setsid`, double forks and detached spawns, which a process group does not follow; only a
 * process that replaces its whole environment drops it.
 */
export const TRIAL_MARKER = "CONCURRENCY_GUARD_TRIAL";

/** A fresh value of the marker for one trial. */
export function trialMark(): string {
  return randomBytes(8).toString("hex");
}

/** Rounds of stop-then-kill: a process may fork while a round runs; the next round finds the child. */
const MAX_ROUNDS = 10;

/**
 * Kills every process still carrying `TRIAL_MARKER=mark` after its trial ended, whatever process
 * group or session it moved to (Linux: read from `/proc/<pid>/environ`; elsewhere nothing is
 * found and the process group kill is all there is). The trial program's own pool members
 * (`program` in their command line) are killed without being reported; the others are returned.
 */
export function killMarked(mark: string, program: string): KilledProcesses | undefined {
  if (!existsSync("/proc/self/environ")) return undefined;
  const entry = `${TRIAL_MARKER}=${mark}`;
  const reported = new Map<number, string>();
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const found = marked(entry);
    if (found.length === 0) break;
    // Stopped first, so none of them forks a new one between our look and the kill.
    for (const pid of found) signal(pid, "SIGSTOP");
    for (const pid of found) {
      const argv = read(`/proc/${pid}/cmdline`)?.split("\0") ?? [];
      if (!argv.includes(program)) reported.set(pid, read(`/proc/${pid}/comm`)?.trim() || argv[0] || "?");
      signal(pid, "SIGKILL");
    }
  }
  if (reported.size === 0) return undefined;
  return { count: reported.size, names: [...new Set(reported.values())].sort() };
}

/** Live processes (not ours, not zombies: those have no environment left) whose environment holds `entry`. */
function marked(entry: string): number[] {
  const pids: number[] = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    const pid = Number(name);
    if (pid === process.pid) continue;
    const environ = read(`/proc/${pid}/environ`);
    if (environ && environ.split("\0").includes(entry)) pids.push(pid);
  }
  return pids;
}

function read(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return undefined; // gone, or another user's
  }
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // already gone
  }
}
