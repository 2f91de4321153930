import type { Kind, Model, Runtime } from "../config/types.js";

/** What the execute stage measures: trials, and the cells they belong to (the results stage adds the rest). */

/** Percentiles in milliseconds. */
export interface Percentiles {
  p50: number;
  p90: number;
  p99: number;
  max: number;
  mean: number;
}

/** One event loop's health during the measured window (main thread, a worker, a child). */
export interface LoopStats {
  /** `main`, `worker 0`, `child 1`, ... */
  loop: string;
  delayMs: { p50: number; p99: number; max: number };
  /** Event-loop utilization, 0..1. */
  utilization: number;
}

/** A stretch during which one loop could not run callbacks (filled by the blocking detector). */
export interface Stall {
  loop: string;
  /** Start, ms since the measured window began (negative = during warm-up, not kept). */
  startMs: number;
  durationMs: number;
  /** Start in epoch ms, to line a stall up with other clocks (logs, the benchmark's ground truth). */
  startEpochMs?: number;
  /**
   * The loop kept running code but never got back to its timers and I/O: a chain of microtasks
   * or many short callbacks, none of them over the threshold alone. Timed by how late the
   * detector's timer fired.
   */
  starvation?: boolean;
  /** True when garbage collection explains the stall (GC pauses or collector samples fill half of it). */
  gc?: boolean;
  /**
   * The code's own time in the stall (its thread running, or asleep in a blocking call) stayed
   * under the threshold; the rest was waiting for a CPU: an overloaded machine, not the code.
   * From the scheduler's counters (Linux), else from a CPU profile short of samples.
   */
  descheduled?: boolean;
  /** Milliseconds of the stall during which the detector itself held the loop paused to read its stack. */
  pausedMs?: number;
  /** Milliseconds the loop's thread ran on a CPU during the stall (Linux). */
  cpuMs?: number;
  /** Milliseconds the loop's thread was ready to run but waited for a CPU (Linux). */
  waitingMs?: number;
  /** Milliseconds of garbage-collection pause inside the stall. */
  gcMs?: number;
  /** Python: the loop's thread waited for the GIL that another thread held; no line of the loop is to blame. */
  gilWait?: boolean;
  gilWaitMs?: number;
  site?: StallSite;
  /** No site: the module most of the stall's samples were in, outside the repository (`asyncio.base_events`, `node:internal/...`). */
  elsewhere?: string;
  /** Python: the watchdog took no sample of the stall (a threshold near the GIL's switch interval) and nothing else named its code. */
  unsampled?: boolean;
}

export interface StallSite {
  /** Relative to the config root. */
  file: string;
  line: number;
  column?: number;
  function?: string;
  /** The blocking API when one is known (`readFileSync`, `time.sleep`). */
  api?: string;
  /** The source line, when read. */
  source?: string;
  stack?: string[];
  /** How the site was found. */
  via: "sync-api" | "profiler" | "frame-sample" | "callback";
  /** A starvation stall (a turn of many short callbacks): the share of its samples at this site, 0-1. */
  share?: number;
  /** Python, a starvation stall: how many distinct callbacks the samples at this site fell in. */
  callbacks?: number;
}

/** The repository line that threw (source-mapped), found the way blocking sites are. */
export interface ErrorSite {
  /** Relative to the config root. */
  file: string;
  line: number;
  column?: number;
  function?: string;
  /** The source line, when read. */
  source?: string;
}

/**
 * Failed operations of one kind in a trial: the same message once numbers, ids and quoted values
 * are folded (`cache fill collided for k#`). See `error-kinds.ts`.
 */
export interface ErrorKind {
  /** The normalized message; `(other kinds)` collects failures past the first 20 kinds. */
  kind: string;
  /** The first raw message of this kind (Python: `Type: message`; Node: the message, `Type: ` for Error subclasses). */
  message: string;
  /** Failed operations in the measured window that threw it. */
  count: number;
  /** The first occurrence's stack, leaf first, `function (file:line)`, paths relative to the root, at most 8 frames. */
  stack?: string[];
  /** The repository line that threw: the innermost frame in the repository (not a dependency, not the runtime). */
  site?: ErrorSite;
}

export type TrialStatus = "ok" | "error" | "timeout" | "crashed";

/** How a crashed trial's process (or one of its pool members) died, kept so the cause can be found. */
export interface TrialCrash {
  /** Which one died: `trial` (the trial's own process), `child 1`, `worker 0`. */
  process: string;
  /** The signal that ended it (`SIGABRT`, `SIGKILL`), when one did. */
  signal?: string;
  /** Its exit code, when it exited. */
  exitCode?: number;
  /** Its runtime said the heap was full (V8's "heap out of memory", a worker's memory limit). */
  outOfMemory?: boolean;
  /** The last few thousand characters it (or the trial) wrote to stderr and stdout. */
  output?: string;
}

/** Processes the trial left running when it ended, found and killed by the runner. */
export interface KilledProcesses {
  count: number;
  /** Their program names, sorted, each once. */
  names: string[];
}

export interface TrialResult {
  /** Trial number within its cell, 0-based. */
  index: number;
  /** Position in the run's interleaved order, 0-based. */
  order: number;
  /** Adaptive runs: the round (1-based) the trial belongs to; a look after each round may stop the cell. */
  round?: number;
  status: TrialStatus;
  /** Why a trial did not complete (timeout, crash, setup failure). */
  message?: string;
  /** Operations that started in the measured window and completed; failed ones are not counted. */
  ops: number;
  /** Operations that started in the measured window and threw or rejected; started = ops + errors. */
  errors: number;
  /** What the failed operations threw, by kind, most frequent first; absent when none failed. */
  errorKinds?: ErrorKind[];
  /** Measured wall time in ms (warm-up excluded). */
  wallMs: number;
  /** ops / measured wall seconds: completed operations only. */
  throughput: number;
  /** Completed operations only: a failed operation's time is not in the histogram. */
  latencyMs: Percentiles;
  /** Loop delay summed up over every loop: worst p99 and max. */
  loopDelayMs: { p50: number; p99: number; max: number };
  loops: LoopStats[];
  /**
   * CPU time of the trial's processes; `perOpUs`: all of it over completed operations (what
   * failed ones burned is charged to the completed ones); `waitingMs`: time its loops' threads were
   * ready to run but waited for a CPU (a busy machine), summed over loops (Linux, with the blocking detector).
   */
  cpu: { userMs: number; systemMs: number; perOpUs: number; waitingMs?: number };
  memory: { baselineRssMb: number; peakRssMb: number; perInFlightKb: number };
  /** Time to start the pool and run every setup, ms (not measured in throughput). */
  startupMs: number;
  poolSize: number;
  inFlightPerWorker: number[];
  firstError?: { message: string; stack?: string };
  /** Set when `status` is `crashed`: which process died, how, and its last output. */
  crash?: TrialCrash;
  /** Processes the trial started that outlived it (detached, double-forked) and had to be killed. */
  killedProcesses?: KilledProcesses;
  stalls?: Stall[];
  /** Free-form runtime facts (python version, GIL state, ...). */
  runtimeInfo?: Record<string, string | number | boolean>;
}

export interface CellResult {
  /** `SCENARIO/MODEL/CONCURRENCY` */
  id: string;
  scenario: string;
  runtime: Runtime;
  kind: Kind;
  model: Model;
  concurrency: number;
  poolSize: number;
  inFlightPerWorker: number[];
  trials: TrialResult[];
  /** Set when the cell could not produce a single usable trial. */
  error?: string;
  /** Medians over ok trials, for readers that want one number. */
  summary?: CellSummary;
  /** Where the cell's loops were blocked, one entry per site, most total time first; absent when no stall. */
  blocking?: BlockingSite[];
  /** What its operations threw, one entry per kind, most failures first; absent when none failed. */
  errors?: CellError[];
  /** Adaptive runs: why the cell got no more trials, and after which round. */
  stop?: { reason: StopReason; round: number };
}

/**
 * Why an adaptive run stopped giving a cell trials: its verdict was decided (every gated metric
 * unchanged, or one changed), it reached its most trials (`cap`), its next round did not fit the
 * time budget (`time`: another round, or its part of a partial one), or it had nothing to compare
 * with (no baseline for it, no usable trial).
 */
export type StopReason = "unchanged" | "changed" | "no-regression" | "cap" | "time" | "not-compared";

/** One kind of error over a cell's measured trials (see results/errors.ts). */
export interface CellError {
  kind: string;
  /** The first raw message of this kind. */
  message: string;
  /** Failed operations of this kind, summed over the cell's trials. */
  count: number;
  /** Trials in which it occurred. */
  trials: number;
  /** trials / trials that measured (ok, or every operation failed). */
  share: number;
  site?: ErrorSite;
  stack?: string[];
  /**
   * Concurrency levels of the same scenario and model at which this kind occurred, ascending.
   * A kind missing at 1 while present above it fails only with 2+ operations in flight.
   */
  levels?: number[];
}

/** One place that blocked a loop, over a cell's completed trials (see results/blocking.ts). */
export interface BlockingSite {
  /**
   * `file:line`; prefixed `gc ` for collection pauses and `starved ` for starvation;
   * `unattributed` when no code could be blamed; `descheduled` for every stall the machine made.
   */
  key: string;
  /** Where, with the stack and source line of one occurrence; absent when nothing could be blamed. */
  site?: StallSite;
  /** Every stall here was mostly garbage collection. */
  gc?: boolean;
  /** Every stall here was starvation (many short callbacks or microtasks), not one long call. */
  starvation?: boolean;
  /** Every stall here was mostly the loop's thread waiting for a CPU. */
  descheduled?: boolean;
  /** Python: every stall here was the loop's thread waiting for the GIL another thread held. */
  gilWait?: boolean;
  /** No site: the module the longest stall spent most of its time in, outside the repository. */
  elsewhere?: string;
  /** Every stall here had no sample to name its code by. */
  unsampled?: boolean;
  count: number;
  totalMs: number;
  maxMs: number;
  /** Completed trials in which this site stalled a loop. */
  trials: number;
  /** trials / completed trials of the cell. */
  share: number;
  /** Which loops it blocked: main, worker 0, child 1, ... */
  loops: string[];
  /** `blocked the loop 87 ms (x12 in 10 trials) at bench/read-config.mjs:14 readFileSync` */
  text: string;
}

export interface CellSummary {
  okTrials: number;
  throughput: number;
  p50Ms: number;
  p99Ms: number;
  loopDelayMaxMs: number;
  cpuPerOpUs: number;
  memPerInFlightKb: number;
  /** CPU time / wall time per op over the pool: ~1 per busy core, ~0 for waiting. */
  cpuShare: number;
  /** Median over ok trials of failed / started operations (errors / (ops + errors)); absent in older results. */
  errorRate?: number;
}
