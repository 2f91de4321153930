import { setImmediate as yieldToLoop } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import type { RawErrorKind } from "../error-kinds.js";
import { Histogram } from "../histogram.js";
import { nodeErrorTally } from "./error-site.js";

export interface DriveResult {
  /** Operations that started in the window and completed. */
  ops: number;
  /** Operations that started in the window and threw or rejected: not in `ops`, nor in the histogram. */
  errors: number;
  /** The failed operations by kind, each with its first raw V8 stack. */
  errorKinds: RawErrorKind<string>[];
  histogram: Histogram;
  /** Measured window on this loop, in epoch ms (comparable across processes). */
  startEpochMs: number;
  endEpochMs: number;
  firstError?: { message: string; stack?: string };
}

export interface DriveOptions {
  inFlight: number;
  warmupMs: number;
  durationMs: number;
  /** Called once when warm-up ends and measurement begins. */
  onMeasureStart?: () => void;
  /** Called before and after each call of `run` (its synchronous part): a probe's operation boundaries. */
  onOpBoundary?: () => void;
  now?: () => number;
}

/**
 * Runs `inFlight` concurrent chains of `run` calls on this loop: warm-up first (not counted),
 * then the measured window. An operation counts when it starts inside the window; the window
 * ends when the last chain's last operation completes, so throughput = ops / that wall time.
 * A failed operation is counted in `errors` and by kind, never as completed work: it is neither
 * in `ops` nor in the latency histogram (it still holds the window open until it fails).
 * A sync `run` returns to the loop (setImmediate) between operations, the way separate
 * requests would: it still blocks the loop for its whole duration, which is what gets measured.
 */
export async function drive(run: (state: unknown) => unknown, state: unknown, options: DriveOptions): Promise<DriveResult> {
  const now = options.now ?? (() => performance.now());
  const histogram = new Histogram();
  const begin = now();
  const measureStart = begin + options.warmupMs;
  const end = measureStart + options.durationMs;
  let ops = 0;
  let errors = 0;
  const tally = nodeErrorTally();
  let firstError: DriveResult["firstError"];
  let measuring = false;
  let lastFinish = measureStart;

  const markMeasureStart = () => {
    if (measuring) return;
    measuring = true;
    options.onMeasureStart?.();
  };
  if (options.warmupMs <= 0) markMeasureStart();

  const chain = async () => {
    for (;;) {
      const started = now();
      if (started >= end) return;
      const counted = started >= measureStart;
      if (counted) markMeasureStart();
      let isAsync = false;
      try {
        options.onOpBoundary?.();
        let result: unknown;
        try {
          result = run(state);
        } finally {
          options.onOpBoundary?.();
        }
        if (result !== null && typeof result === "object" && typeof (result as Promise<unknown>).then === "function") {
          isAsync = true;
          await result;
        }
        const finished = now();
        if (counted) {
          ops++;
          histogram.record(finished - started);
          if (finished > lastFinish) lastFinish = finished;
        }
      } catch (error) {
        if (counted) {
          errors++;
          const finished = now();
          if (finished > lastFinish) lastFinish = finished;
          tally.add(error);
        }
        firstError ??= describeError(error);
      }
      if (!isAsync) await yieldToLoop();
    }
  };
  await Promise.all(Array.from({ length: options.inFlight }, chain));
  markMeasureStart();
  const origin = performance.timeOrigin;
  return {
    ops,
    errors,
    errorKinds: tally.entries(),
    histogram,
    startEpochMs: origin + measureStart,
    endEpochMs: origin + Math.max(lastFinish, measureStart),
    ...(firstError && { firstError }),
  };
}

export function describeError(error: unknown): { message: string; stack?: string } {
  if (error instanceof Error) return { message: error.message || error.name, ...(error.stack && { stack: error.stack }) };
  return { message: String(error) };
}

/** This module's file: it calls the scenario's `run`, so its frames are the runner's, never a culprit. */
export const DRIVE_FILE = fileURLToPath(import.meta.url);
