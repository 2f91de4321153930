import { openSync, readlinkSync, readSync } from "node:fs";
import { MessageChannel, receiveMessageOnPort, threadId, Worker, isMainThread, type MessagePort } from "node:worker_threads";
import { runtimeFile } from "../../runtime-files.js";
import type { HeartbeatMemory } from "./heartbeat.js";
import { ACK, STOP } from "./layout.js";

/**
 * One pause of the loop: asked for at `requestedAt` (null when it landed after being given up),
 * seen at `at`, resumed by `resumedAt`, with the JS stack it showed.
 */
export interface FrameSample {
  requestedAt: number | null;
  at: number;
  resumedAt: number;
  frames: RawFrame[];
}

/** A frame as the inspector reports it: url, 1-based line and column. */
export interface RawFrame {
  url: string;
  line: number;
  column: number;
  fn: string;
}

/** A stall as the watchdog claimed it: the loop's own stamps of its last beat before and first after. */
export interface WatchedStall {
  from: number;
  to: number;
}

export interface WatchReport {
  stalls: WatchedStall[];
  samples: FrameSample[];
  /** Whether frame sampling was running (the inspector was reachable). */
  sampling: boolean;
  /** The loop thread's scheduler counters at each poll, flat: time, ms on a CPU, ms waiting for one (Linux only). */
  cpu: Float64Array;
  /**
   * When the watchdog enabled the loop's debugger (asked, answered; `to` is Infinity when no answer
   * came): the loop's thread spends that time describing its scripts to the inspector.
   */
  enabling?: { from: number; to: number };
}

/** What the watchdog thread (watchdog-thread.ts) is started with. */
export interface WatchdogData {
  buffer: SharedArrayBuffer;
  /** Where the thread posts its WatchReport. */
  port: MessagePort;
  blockMs: number;
  pollMs: number;
  /** How stale the heartbeat gets before the thread claims the gap. */
  triggerMs: number;
  beatMs: number;
  sampleFrames: boolean;
  loopIsMain: boolean;
  loopThreadId: number;
  schedstat: string | undefined;
}

export interface WatchdogOptions {
  blockMs: number;
  /** The heartbeat timer's interval. */
  beatMs: number;
  /** Pause the loop during stalls to read its stack (attribution). */
  sampleFrames: boolean;
  /** `/proc/.../schedstat` of the loop's thread, when the OS has one. */
  schedstat?: string;
  /** The real Atomics.wait: the sync-API hooks may have wrapped the global one. */
  wait: (array: Int32Array, index: number, value: number, timeoutMs: number) => string;
}

export interface Watchdog {
  /** Asks the watchdog for everything it saw; blocks this loop briefly (after the measured window). */
  collect(): WatchReport | undefined;
}

/** How long `collect` waits for the watchdog's answer: past this it has died or never started. */
const COLLECT_TIMEOUT_MS = 1000;

let threadFile: string | undefined;
/**
 * The watchdog thread's program, bundled as `dist/watchdog.js`: beside the trial bundle, or in
 * the package's `dist/` when this runs from sources (tests, which build first).
 */
function watchdogThreadFile(): string {
  return (threadFile ??= runtimeFile("watchdog.js"));
}

/**
 * Starts a watchdog thread for this loop. Its timings: it polls every quarter threshold and
 * claims a gap at half the threshold, so any gap reaching the threshold is claimed while it
 * lasts; frame samples start once a gap has reached the threshold and come every half threshold
 * while it lasts (sparser after two), each costing the loop well under a millisecond.
 */
export function startWatchdog(memory: HeartbeatMemory, options: WatchdogOptions): Watchdog {
  const { port1, port2 } = new MessageChannel();
  const triggerMs = options.blockMs / 2;
  const workerData: WatchdogData = {
    buffer: memory.buffer,
    port: port2,
    blockMs: options.blockMs,
    pollMs: Math.max(1, Math.min(10, Math.floor(options.blockMs / 4))),
    triggerMs,
    beatMs: options.beatMs,
    sampleFrames: options.sampleFrames,
    loopIsMain: isMainThread,
    loopThreadId: threadId,
    schedstat: options.schedstat,
  };
  const worker = new Worker(watchdogThreadFile(), {
    workerData,
    transferList: [port2],
    stdout: false,
    stderr: false,
  });
  worker.unref();
  worker.on("error", () => {});
  return {
    collect() {
      Atomics.store(memory.ints, STOP, 1);
      options.wait(memory.ints, ACK, 0, COLLECT_TIMEOUT_MS);
      const message = receiveMessageOnPort(port1)?.message as WatchReport | undefined;
      port1.close();
      void worker.terminate();
      return message;
    },
  };
}

/**
 * This thread's scheduler counters file, for the watchdog to read from outside: Linux names the
 * calling thread's task through the /proc/thread-self link. Elsewhere there is none.
 */
export function threadSchedstat(): string | undefined {
  try {
    return `/proc/${readlinkSync("/proc/thread-self")}/schedstat`;
  } catch {
    return undefined;
  }
}

/** Reads a schedstat file: ms running and ms waiting for a CPU; undefined when it cannot. */
export function schedstatReader(file: string | undefined): (() => [number, number] | undefined) | undefined {
  if (!file) return undefined;
  let fd: number;
  try {
    fd = openSync(file, "r");
  } catch {
    return undefined;
  }
  const buffer = Buffer.alloc(96);
  return () => {
    try {
      const n = readSync(fd, buffer, 0, buffer.length, 0);
      const [running, waiting] = buffer.toString("latin1", 0, n).split(" ");
      return [Number(running) / 1e6, Number(waiting) / 1e6];
    } catch {
      return undefined;
    }
  };
}
