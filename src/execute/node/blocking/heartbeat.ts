/**
 * The loop's side of the stall detector: a heartbeat in shared memory that the watchdog thread
 * reads. The loop writes the time of its last beat; when the watchdog sees that time go stale it
 * raises WATCH, and the loop's next beat stamps where the gap began and ended, so a stall's
 * boundaries are the loop's last moment of progress before it and its first one after it.
 *
 * Beats come from operation boundaries and from a timer. The timer's own beats are also kept
 * apart: when the loop keeps running code that beats (a chain of microtasks, many short
 * callbacks) but never gets back to its timers, each callback is short, yet timers and I/O wait;
 * the loop reports that as starvation, timed by how late its timer fired.
 */

// The memory's slots are laid out in layout.ts, which the watchdog thread reads too.
import { BEAT, HEARTBEAT_BYTES, heartbeatViews, RESUME_AT, RESUME_FROM, TIMER_BEAT, UP, WATCH } from "./layout.js";

const origin = performance.timeOrigin;
/** Epoch milliseconds with sub-ms resolution; the same clock on every thread of the process. */
export function epochNow(): number {
  return origin + performance.now();
}

export interface HeartbeatMemory {
  buffer: SharedArrayBuffer;
  ints: Int32Array;
  floats: Float64Array;
}

export function heartbeatMemory(buffer = new SharedArrayBuffer(HEARTBEAT_BYTES)): HeartbeatMemory {
  return { buffer, ...heartbeatViews(buffer) };
}

/** A gap the loop noticed by itself: the watchdog slept through it (an overloaded machine). */
export interface LoopGap {
  from: number;
  to: number;
}

/** Milliseconds of [from, to] that the span [spanFrom, spanTo] covers. */
export function overlapMs(spanFrom: number, spanTo: number, from: number, to: number): number {
  return Math.max(0, Math.min(to, spanTo) - Math.max(from, spanFrom));
}

export interface Heartbeat {
  memory: HeartbeatMemory;
  intervalMs: number;
  /** Scheduler readings the loop took itself while the watchdog was starting: time, ms running, ms waiting. */
  early: number[];
  beat(): void;
  /** Gaps of at least the threshold that the watchdog did not claim. */
  missed: LoopGap[];
  /** Stretches of at least the threshold during which the timer was due but could not run. */
  starved: LoopGap[];
  /** Stops beating; a starvation still going on (the timer still overdue) is closed now. */
  stop(): void;
}

/**
 * Beats on a timer (so a loop that is only waiting is never mistaken for a stalled one) and
 * wherever the caller adds a beat (operation boundaries), which splits back-to-back blocking
 * callbacks into one stall each.
 */
export function startHeartbeat(blockMs: number, intervalMs: number, readCpu?: () => [number, number] | undefined, now: () => number = epochNow): Heartbeat {
  const memory = heartbeatMemory();
  const { ints, floats } = memory;
  const missed: LoopGap[] = [];
  const early: number[] = [];
  const starved: LoopGap[] = [];
  floats[BEAT] = floats[TIMER_BEAT] = now();
  const beat = () => {
    const at = now();
    const last = floats[BEAT]!;
    if (Atomics.load(ints, WATCH) === 1) {
      floats[RESUME_FROM] = last;
      floats[RESUME_AT] = at;
      Atomics.store(ints, WATCH, 0);
    } else if (at - last >= blockMs) {
      missed.push({ from: last, to: at });
    }
    floats[BEAT] = at;
  };
  const closeStarvation = (at: number) => {
    const due = floats[TIMER_BEAT]! + intervalMs;
    if (at - due >= blockMs) starved.push({ from: due, to: at });
  };
  // A watchdog thread can take a few hundred milliseconds to start on a busy machine; until it
  // reads the scheduler's counters, the loop does, so no stall goes without them.
  const timerBeat = () => {
    const at = now();
    closeStarvation(at);
    floats[TIMER_BEAT] = at;
    beat();
    if (readCpu && Atomics.load(ints, UP) === 0) {
      const reading = readCpu();
      if (reading) early.push(at, reading[0], reading[1]);
    }
  };
  const timer = setInterval(timerBeat, intervalMs);
  timer.unref();
  return {
    memory,
    intervalMs,
    early,
    beat,
    missed,
    starved,
    stop() {
      clearInterval(timer);
      closeStarvation(now());
    },
  };
}
