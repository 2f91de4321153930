import type { Stall } from "../../../results/types.js";
import type { TrialSpec } from "../../trial-spec.js";
import type { LoopProbe } from "../member.js";
import { attributeStall, type Evidence } from "./attribute.js";
import { profileWithin, startCpuProfile } from "./cpu-profile.js";
import { frameResolver } from "./frames.js";
import { gcTimeWithin, watchGc } from "./gc.js";
import { epochNow, startHeartbeat, type LoopGap } from "./heartbeat.js";
import { firstCallEndingAfter, realAtomicsWait, recordSyncCalls, type SyncCall } from "./sync-hooks.js";
import { startWatchdog, threadSchedstat, type FrameSample } from "./watchdog.js";

/**
 * CPU profiler sampling interval: a 20 ms stall gets about ten samples, plenty to name its
 * function; each sample interrupts the loop, so a finer interval costs throughput.
 */
const PROFILE_INTERVAL_US = 2000;
/** A stall is labelled GC when collection pauses fill at least this share of it. */
const GC_SHARE = 0.5;
/** Stalls kept per loop and trial; a scenario that blocks on every operation would otherwise grow without bound. */
const MAX_STALLS = 5000;

/**
 * The blocking detector for one loop. Everything with a start-up cost (the watchdog thread, the
 * profiler, the debugger the frame sampler uses) starts here, before warm-up; `start` only marks
 * the window. With `spec.attributeBlocking === false` it detects and times stalls only.
 */
export function blockingProbe(loop: string, spec: TrialSpec, runnerFiles: string[]): LoopProbe | undefined {
  if (spec.detectBlocking === false || spec.runtime !== "node") return undefined;
  const blockMs = spec.blockMs;
  const attribute = spec.attributeBlocking !== false;
  const heartbeat = startHeartbeat(blockMs, Math.max(1, Math.min(10, Math.floor(blockMs / 8))));
  const schedstat = threadSchedstat();
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
    wrapRun(run) {
      return function beating(state) {
        beat();
        try {
          return run(state);
        } finally {
          beat();
        }
      };
    },
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
      const pauses = gc.stop();
      // A stall already going on when the window opened counts from the window's start.
      const inWindow = (gaps: LoopGap[]) =>
        gaps.filter((g) => g.to - Math.max(g.from, windowStart) >= blockMs).map((g) => ({ from: Math.max(g.from, windowStart), to: g.to }));
      const samples = watched?.samples ?? [];
      // The watchdog pauses the loop only in a gap that is a stall already; a stall keeps its
      // observed length (what the loop lived through) and says how much of it those pauses took.
      const net = (gaps: LoopGap[]) => gaps.map((g) => ({ ...g, pausedMs: pausedWithin(samples, g.from, g.to) }));
      const callbacks = net(inWindow([...(watched?.stalls ?? []), ...heartbeat.missed]));
      // Starvation already explained by long callbacks is those callbacks' stalls, not a new one.
      const starved = net(inWindow(heartbeat.starved)).filter((g) => coveredBy(g, callbacks) < 0.5 * (g.to - g.from));
      const gaps = [...callbacks.map((g) => ({ ...g, starvation: false })), ...starved.map((g) => ({ ...g, starvation: true }))]
        .sort((a, b) => a.from - b.from)
        .slice(0, MAX_STALLS);
      const evidence: Evidence | undefined = attribute
        ? { calls: syncCalls, ...(profile && { profile }), resolver: frameResolver(spec.root, runnerFiles), lateMs: Math.max(5, blockMs / 2) }
        : undefined;
      const stalls = gaps.map((g): Stall => {
        const durationMs = g.to - g.from;
        const gcMs = gcTimeWithin(pauses, g.from, g.to);
        const site = evidence && attributeStall(g.from, g.to, samples, evidence);
        const sched = watched && schedulerWithin(watched.cpu, g.from, g.to);
        const sampled = profile && profileWithin(profile, g.from, g.to);
        // The profile also sees collector work the gc entries leave out (incremental marking steps).
        const gc = gcMs >= GC_SHARE * durationMs || (sampled !== undefined && sampled.samples >= 3 && sampled.gc >= GC_SHARE * sampled.samples);
        // Would the stall have happened on an idle machine? The code's own time is what its thread
        // ran plus what it slept in blocking calls (the sync-API hooks time those); the rest was
        // waiting for a CPU or for collector threads that were. Without the hooks, the rest is
        // what the scheduler says it waited; without the scheduler's counters (not Linux), a
        // profile short of samples says the thread was not running.
        const codeMs = sched && (evidence ? sched.runningMs + syncTimeWithin(syncCalls, g.from, g.to) : durationMs - sched.waitingMs);
        const descheduled = codeMs !== undefined ? codeMs < blockMs : sampled !== undefined && sampled.samples * (PROFILE_INTERVAL_US / 1000) < blockMs / 2;
        return {
          loop,
          startMs: g.from - windowStart,
          durationMs,
          startEpochMs: g.from,
          ...(g.starvation && { starvation: true }),
          ...(g.pausedMs > 0 && { pausedMs: g.pausedMs }),
          ...(gcMs > 0 && { gcMs }),
          ...(sched && { cpuMs: sched.runningMs, waitingMs: sched.waitingMs }),
          ...(gc && { gc: true }),
          ...(descheduled && { descheduled: true }),
          ...(site && { site }),
        };
      });
      // Repeats of a site keep their place but not the stack and source line: the first has them.
      const seen = new Set<string>();
      for (const { site } of stalls) {
        if (!site) continue;
        const key = `${site.file}:${site.line}`;
        if (seen.has(key)) {
          delete site.stack;
          delete site.source;
        }
        seen.add(key);
      }
      const window = watched && schedulerWithin(watched.cpu, windowStart, windowEnd);
      return { stalls, ...(window && { waitingMs: window.waitingMs }) };
    },
  };
}

/** Milliseconds of `gap` that the `stalls` cover. */
function coveredBy(gap: LoopGap, stalls: LoopGap[]): number {
  let total = 0;
  for (const s of stalls) total += Math.max(0, Math.min(gap.to, s.to) - Math.max(gap.from, s.from));
  return total;
}

/**
 * The loop thread's time on a CPU and waiting for one during [from, to], from the watchdog's
 * readings (time, running ms, waiting ms) interpolated at both ends; undefined without readings
 * around the window.
 */
function schedulerWithin(series: Float64Array, from: number, to: number): { runningMs: number; waitingMs: number } | undefined {
  const readings = series.length / 3;
  const at = (time: number): [number, number] | undefined => {
    let lo = 0;
    let hi = readings;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (series[mid * 3]! < time) lo = mid + 1;
      else hi = mid;
    }
    if (lo === 0 || lo === readings) return undefined;
    const [i, j] = [(lo - 1) * 3, lo * 3];
    const t0 = series[i]!;
    const t1 = series[j]!;
    const f = t1 === t0 ? 0 : (time - t0) / (t1 - t0);
    return [series[i + 1]! + f * (series[j + 1]! - series[i + 1]!), series[i + 2]! + f * (series[j + 2]! - series[i + 2]!)];
  };
  const start = at(from);
  const end = at(to);
  if (!start || !end) return undefined;
  return { runningMs: Math.max(0, end[0] - start[0]), waitingMs: Math.max(0, end[1] - start[1]) };
}

/** Milliseconds of [from, to] during which the detector had the loop paused for a frame sample. */
function pausedWithin(samples: FrameSample[], from: number, to: number): number {
  let total = 0;
  for (const s of samples) total += Math.max(0, Math.min(to, s.resumedAt) - Math.max(from, s.at));
  return total;
}

/** Milliseconds of [from, to] spent inside slow sync API calls. */
function syncTimeWithin(calls: SyncCall[], from: number, to: number): number {
  let total = 0;
  for (let i = firstCallEndingAfter(calls, from); i < calls.length && calls[i]!.from < to; i++) {
    total += Math.max(0, Math.min(to, calls[i]!.to) - Math.max(from, calls[i]!.from));
  }
  return total;
}
