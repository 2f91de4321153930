/**
 * The heartbeat's shared memory, as both sides see it: the loop (heartbeat.ts) writes it and the
 * watchdog thread (watchdog-thread.ts) reads it. Int32 slots first, then Float64 slots.
 */

/** Int32 slots. */
export const WATCH = 0;
export const STOP = 1;
export const ACK = 2;
/** Set by the watchdog once it reads the loop thread's scheduler counters. */
export const UP = 3;
export const INT_SLOTS = 4;
/** Float64 slots (epoch ms). */
export const BEAT = 0;
export const RESUME_FROM = 1;
export const RESUME_AT = 2;
export const TIMER_BEAT = 3;
export const FLOAT_SLOTS = 4;

/** Bytes the heartbeat's memory takes. */
export const HEARTBEAT_BYTES = INT_SLOTS * 4 + FLOAT_SLOTS * 8;

/** The two views of the heartbeat's memory. */
export function heartbeatViews(buffer: SharedArrayBuffer): { ints: Int32Array; floats: Float64Array } {
  return { ints: new Int32Array(buffer, 0, INT_SLOTS), floats: new Float64Array(buffer, INT_SLOTS * 4, FLOAT_SLOTS) };
}
