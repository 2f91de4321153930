import type { ScenarioConfig } from "../../config/types.js";
import { runtimeFile } from "../runtime-files.js";

/**
 * V8 flags that make a Node count repeatable: without them the JIT and GC run on their own threads
 * and on their own timing, and counts of the same code wander by 10%; with them repetitions agree
 * to a few thousand instructions in billions.
 */
export const NODE_FLAGS: readonly string[] = ["--predictable", "--single-threaded", "--random-seed=1", "--hash-seed=1"];
/** Python's string hashing is salted per process unless fixed; bytecode caches written by one run would change the next. */
export const PYTHON_ENV: Readonly<Record<string, string>> = { PYTHONHASHSEED: "0", PYTHONDONTWRITEBYTECODE: "1" };

/** What a driver run does: count `ops` operations, or time operations for `calibrateMs` and write the rate to `out`. */
export type DriverMode = { ops: number } | { calibrateMs: number; out: string };

export interface DriverCommand {
  command: string;
  args: string[];
  /** Set for the driver on top of the inherited environment. */
  env: Record<string, string>;
  flags: string[];
}

/**
 * The driver program for a scenario: Node runs `dist/cost.js` (the scenario loaded as trials load
 * it, TypeScript included), Python the harness's `--cost` mode. `executable` is the interpreter to
 * run: for Python the real one (`sys.executable`) once known, since a pyenv shim is a shell script
 * and valgrind would count bash.
 */
export function driverCommand(scenario: ScenarioConfig, root: string, mode: DriverMode, executable?: string): DriverCommand {
  const tail = "ops" in mode ? [String(mode.ops)] : ["--calibrate", String(mode.calibrateMs), mode.out];
  if (scenario.runtime === "python") {
    return {
      command: executable ?? scenario.python,
      args: [runtimeFile("python/harness.py"), "--cost", scenario.path, root, scenario.name, ...tail],
      env: { ...PYTHON_ENV },
      flags: [],
    };
  }
  return {
    command: executable ?? process.execPath,
    args: [...NODE_FLAGS, runtimeFile("cost.js"), scenario.path, scenario.name, ...tail],
    env: {},
    flags: [...NODE_FLAGS],
  };
}

/**
 * What a profiling run of a Node count adds: V8's map of its generated code (to name JIT code),
 * and no inlining, so that a function's instructions stay its own rather than its caller's.
 */
export const NODE_PROFILE_FLAGS: readonly string[] = ["--perf-basic-prof", "--no-turbo-inlining", "--no-maglev-inlining"];

/**
 * The driver of a profiling run: Node's count with the profile flags (run under callgrind),
 * Python's count with `--profile OUT` (run natively: it traces its own bytecodes).
 */
export function profileDriverCommand(scenario: ScenarioConfig, root: string, ops: number, out: string, executable?: string): DriverCommand {
  const driver = driverCommand(scenario, root, { ops }, executable);
  if (scenario.runtime === "python") return { ...driver, args: [...driver.args, "--profile", out] };
  return { ...driver, args: [...NODE_PROFILE_FLAGS, ...driver.args], flags: [...driver.flags, ...NODE_PROFILE_FLAGS] };
}

/** The same command under callgrind: instructions per address (JIT code is named from V8's map), no cache simulation. */
export function underCallgrind(driver: DriverCommand, outFile: string): { command: string; args: string[] } {
  return {
    command: "valgrind",
    args: ["--tool=callgrind", "--dump-instr=yes", "--dump-line=no", "--compress-strings=no", "--compress-pos=no", "-q", `--callgrind-out-file=${outFile}`, driver.command, ...driver.args],
  };
}

/** The same command under cachegrind, instructions only (no cache simulation: several times faster). */
export function underCachegrind(driver: DriverCommand, outFile: string): { command: string; args: string[] } {
  return { command: "valgrind", args: ["--tool=cachegrind", "--cache-sim=no", "-q", `--cachegrind-out-file=${outFile}`, driver.command, ...driver.args] };
}
