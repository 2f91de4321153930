import type { Runtime } from "../../config/types.js";

/** One op count of a cost measurement: the instructions each repetition counted, start-up included. */
export interface CostCount {
  ops: number;
  instructions: number[];
}

/**
 * A scenario's CPU cost: instructions per operation in the async model at concurrency 1, from
 * two op counts (start-up, setup and teardown cancel in their difference), each counted at least
 * twice. `skipped`: not counted (valgrind unavailable, with `cost: auto`); `failed`: the count
 * crashed, hung or gave no usable figure. Either way `reason` says why; the wall-clock results stand.
 */
export interface ScenarioCost {
  scenario: string;
  runtime: Runtime;
  metric: "instructions";
  status: "ok" | "failed" | "skipped";
  reason?: string;
  /** The tail of the failing process's output. */
  output?: string;
  /** The counting tool: `{ name: "cachegrind", version: "valgrind-3.19.0" }`. */
  tool?: { name: string; version: string };
  /** The runtime that ran the scenario under the tool, and what made its counts repeatable. */
  runtimeInfo?: { version: string; flags: string[]; env: Record<string, string> };
  /** The two op counts, smaller first. */
  counts?: CostCount[];
  /** (mean instructions at the larger op count - at the smaller) / (difference in ops). */
  perOp?: number;
  /**
   * How far apart the repetitions put the per-op figure, relative to it: (range at one op count
   * + range at the other) / ops difference / perOp. 0 when every repetition agreed exactly.
   */
  spread?: number;
  /** One operation's native wall time and CPU time in the sizing run, ms (what chose the op counts). */
  nativeOpMs?: number;
  nativeOpCpuMs?: number;
  /** Wall time of all the counts, summed over processes, ms. */
  countMs?: number;
  /** Where the operation's cost went, per function (`hotspots`): absent when not profiled. */
  profile?: CostProfile;
}

/**
 * A function's (or a group's) own cost per operation: a repository function by file, line and
 * name; code outside the repository by its module (`node:internal/fs/utils`, `marked`, Python's
 * `json.decoder`); the runtime's own code (V8 builtins and interpreter, native code by object file
 * and symbol) by that.
 */
export interface ProfiledFunction {
  kind: "repo" | "module" | "runtime";
  name: string;
  /** Repository functions: relative to the config's folder (posix separators), and the line the function starts at. */
  file?: string;
  line?: number;
  /** Own cost per operation in the profile's unit (the difference of the two op counts, per op). */
  perOp: number;
}

/**
 * The per-function profile of a scenario's operation, deterministic like the count: Node's
 * instructions under callgrind (named through V8's code map, inlining off so a function's cost
 * stays its own), Python's bytecode instructions executed per function (traced; native code that
 * Python calls is not in it). `ok` with the functions that hold at least a small share of the
 * total (the rest summed into one `kind: "runtime"` row named `(other)`), or why not.
 */
export interface CostProfile {
  status: "ok" | "failed";
  reason?: string;
  unit: "instructions" | "bytecodes";
  /** The two op counts profiled; their difference cancels start-up, setup and teardown. */
  ops: [number, number];
  /** Sum of every function's own cost per operation. */
  totalPerOp?: number;
  functions?: ProfiledFunction[];
  /** Wall time of the profiling runs, ms. */
  profileMs?: number;
}
