import type { TrialSpec } from "../../trial-spec.js";
import type { LoopProbe } from "../member.js";
import { assembleStalls } from "./assemble.js";
import { startCpuProfile } from "./cpu-profile.js";
import { frameResolver } from "./frames.js";
import { watchGc } from "./gc.js";
import { epochNow, startHeartbeat } from "./heartbeat.js";
import { realAtomicsWait, recordSyncCalls } from "./sync-hooks.js";
import { schedstatReader, startWatchdog, threadSchedstat } from "./watchdog.js";

/**
 * CPU profiler sampling interval: a 20 ms stall gets about ten samples, plenty to name its
 * function; each sample interrupts the loop, so a finer interval costs throughput.
 */
const PROFILE_INTERVAL_US = 2000;

/**
 * The blocking detector for one loop. Everything with a start-up cost (the watchdog thread, the
 * profiler, the debugger the frame sampler uses) starts here, before warm-up; `start` only marks
 * the window. With `spec.attributeBlocking === false` it detects and times stalls only.
 */
export function blockingProbe(loop: string, spec: TrialSpec, runnerFiles: string[]): LoopProbe | undefined {
  if (spec.detectBlocking === false || spec.runtime !== "node") return undefined;
  const blockMs = spec.blockMs;
  const attribute = spec.attributeBlocking !== false;
  const schedstat = threadSchedstat();
  // A quarter threshold: short enough that a waiting loop never looks stalled, long enough to cost little.
  const heartbeat = startHeartbeat(blockMs, Math.max(1, Math.min(10, Math.floor(blockMs / 4))), schedstatReader(schedstat));
  const watchdog = startWatchdog(heartbeat.memory, {
    blockMs,
    beatMs: heartbeat.intervalMs,
    sampleFrames: attribute,
    wait: realAtomicsWait,
    ...(schedstat && { schedstat }),
  });
  const gc = watchGc();
  const profiler = attribute ? startCpuProfile(PROFILE_INTERVAL_US) : undefined;
  let calls: ReturnType<typeof recordSyncCalls> | undefined;
  let windowStart = Infinity;
  const beat = heartbeat.beat;

  return {
    onOpBoundary: beat,
    start() {
      windowStart = epochNow();
      if (attribute) calls = recordSyncCalls(blockMs / 4);
    },
    stop() {
      beat();
      const windowEnd = epochNow();
      heartbeat.stop();
      const watched = watchdog.collect();
      const syncCalls = calls?.stop() ?? [];
      const profile = profiler?.stop();
      return assembleStalls({
        loop,
        blockMs,
        windowStart,
        windowEnd,
        callbackGaps: [...(watched?.stalls ?? []), ...heartbeat.missed],
        starvedGaps: heartbeat.starved,
        samples: watched?.samples ?? [],
        ...(watched?.enabling && { enabling: watched.enabling }),
        cpu: mergeReadings(heartbeat.early, watched?.cpu ?? []),
        gcPauses: gc.stop(),
        profileIntervalMs: PROFILE_INTERVAL_US / 1000,
        ...(profile && { profile }),
        ...(attribute && {
          evidence: { calls: syncCalls, ...(profile && { profile }), resolver: frameResolver(spec.root, runnerFiles), lateMs: Math.max(5, blockMs / 2) },
        }),
      });
    },
  };
}

/** Scheduler readings (flat triples: time, running, waiting) from the loop and the watchdog, in time order. */
function mergeReadings(a: ArrayLike<number>, b: ArrayLike<number>): Float64Array {
  const triples: [number, number, number][] = [];
  for (const flat of [a, b]) for (let i = 0; i + 2 < flat.length; i += 3) triples.push([flat[i]!, flat[i + 1]!, flat[i + 2]!]);
  return Float64Array.from(triples.sort((x, y) => x[0] - y[0]).flat());
}
