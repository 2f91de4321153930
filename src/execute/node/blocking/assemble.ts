import type { Stall } from "../../types.js";
import { attributeStall, turnShare, type Evidence } from "./attribute.js";
import { profileWithin, type LoopProfile } from "./cpu-profile.js";
import { gcTimeWithin, type GcPause } from "./gc.js";
import { overlapMs, type LoopGap } from "./heartbeat.js";
import { firstCallEndingAfter, type SyncCall } from "./sync-hooks.js";
import type { FrameSample } from "./watchdog.js";

/** A stall is labelled GC when collection fills at least this share of it. */
const GC_SHARE = 0.5;
/** Stalls kept per loop and trial; a scenario that blocks on every operation would otherwise grow without bound. */
const MAX_STALLS = 5000;

/** Everything one loop's detector saw over a trial, in epoch ms. */
export interface LoopObservations {
  loop: string;
  blockMs: number;
  windowStart: number;
  windowEnd: number;
  /** Gaps between beats: those the watchdog claimed and those the loop caught itself. */
  callbackGaps: LoopGap[];
  /** Stretches during which the loop's timer was overdue. */
  starvedGaps: LoopGap[];
  samples: FrameSample[];
  /** When the watchdog enabled the loop's debugger (sent, answered): the detector's own work on the loop's thread. */
  enabling?: { from: number; to: number };
  /** The loop thread's scheduler readings, flat: time, ms running, ms waiting for a CPU; empty when none. */
  cpu: Float64Array;
  gcPauses: GcPause[];
  profile?: LoopProfile;
  profileIntervalMs: number;
  /** With attribution: what names the code. */
  evidence?: Evidence;
}

/**
 * Turns what a loop's detector saw into the stalls of its measured window: each with its
 * timing, its labels (starvation, GC, the machine's) and its site. Pure: the probe gathers,
 * this decides.
 */
export function assembleStalls(o: LoopObservations): { stalls: Stall[]; waitingMs?: number } {
  const { blockMs, windowStart, samples, evidence, profile } = o;
  // A stall already going on when the window opened counts from the window's start.
  const inWindow = (gaps: LoopGap[]) =>
    gaps.filter((g) => g.to - Math.max(g.from, windowStart) >= blockMs).map((g) => ({ from: Math.max(g.from, windowStart), to: g.to }));
  const callbacks = inWindow(o.callbackGaps);
  // Starvation already explained by long callbacks is those callbacks' stalls, not a new one.
  const starved = inWindow(o.starvedGaps).filter((g) => coveredBy(g, callbacks) < 0.5 * (g.to - g.from));
  const gaps = [...callbacks.map((g) => ({ ...g, starvation: false })), ...starved.map((g) => ({ ...g, starvation: true }))]
    .sort((a, b) => a.from - b.from)
    .slice(0, MAX_STALLS);
  const stalls = gaps.flatMap((g): Stall[] => {
    const durationMs = g.to - g.from;
    // The watchdog pauses the loop only in a gap that is a stall already; a stall keeps its
    // observed length (what the loop lived through) and says how much of it those pauses, and
    // the loop's thread enabling the debugger for them, took.
    const enablingMs = o.enabling ? overlapMs(o.enabling.from, o.enabling.to, g.from, g.to) : 0;
    const pausedMs = pausedWithin(samples, g.from, g.to) + enablingMs;
    const gcMs = gcTimeWithin(o.gcPauses, g.from, g.to);
    let site = evidence && attributeStall(g.from, g.to, samples, evidence);
    // A turn of many callbacks: the site's share of it, or the module outside the repository that had more.
    let elsewhere: string | undefined;
    const turn = evidence && (g.starvation || !site) ? turnShare(g.from, g.to, site, evidence) : undefined;
    if (turn?.elsewhere) {
      elsewhere = turn.elsewhere.module.slice(0, 200);
      site = undefined;
    } else if (turn && site) site = { ...site, share: turn.share };
    const sched = schedulerWithin(o.cpu, g.from, g.to);
    const sampled = profile && profileWithin(profile, g.from, g.to);
    // The profile also sees collector work the gc entries leave out (incremental marking steps).
    const gc = gcMs >= GC_SHARE * durationMs || (sampled !== undefined && sampled.samples >= 3 && sampled.gc >= GC_SHARE * sampled.samples);
    // Would the stall have happened on an idle machine? The code's own time is what its thread
    // ran plus what it slept in blocking calls (the sync-API hooks time those); the rest was
    // waiting for a CPU or for collector threads that were. Without the hooks, the rest is what
    // the scheduler says it waited; without the scheduler's counters (not Linux), a profile short
    // of samples says the thread was not running.
    const codeMs = sched && (evidence ? sched.runningMs + syncTimeWithin(evidence.calls, g.from, g.to) : durationMs - sched.waitingMs);
    const descheduled = codeMs !== undefined ? codeMs < blockMs : sampled !== undefined && sampled.samples * o.profileIntervalMs < blockMs / 2;
    // Enabling the debugger makes the loop's thread describe every script it loaded: tens of ms of
    // the detector's own work. A stall that only that work carried past the threshold is not the code's.
    const ownMs = codeMs !== undefined ? codeMs - enablingMs : durationMs - pausedMs;
    if (!descheduled && enablingMs > 0 && ownMs < blockMs) return [];
    return [{
      loop: o.loop,
      startMs: g.from - windowStart,
      durationMs,
      startEpochMs: g.from,
      ...(g.starvation && { starvation: true }),
      ...(pausedMs > 0 && { pausedMs }),
      ...(gcMs > 0 && { gcMs }),
      ...(sched && { cpuMs: sched.runningMs, waitingMs: sched.waitingMs }),
      ...(gc && { gc: true }),
      ...(descheduled && { descheduled: true }),
      ...(site && { site }),
      ...(elsewhere && { elsewhere }),
    }];
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
  const window = schedulerWithin(o.cpu, windowStart, o.windowEnd);
  return { stalls, ...(window && { waitingMs: window.waitingMs }) };
}

/** Milliseconds of `gap` that the `stalls` cover. */
function coveredBy(gap: LoopGap, stalls: LoopGap[]): number {
  let total = 0;
  for (const s of stalls) total += overlapMs(s.from, s.to, gap.from, gap.to);
  return total;
}

/**
 * The loop thread's time on a CPU and waiting for one during [from, to], from the watchdog's
 * readings interpolated at both ends; undefined without readings on both sides of each end.
 */
export function schedulerWithin(series: Float64Array, from: number, to: number): { runningMs: number; waitingMs: number } | undefined {
  const readings = series.length / 3;
  const at = (time: number): [number, number] | undefined => {
    let lo = 0;
    let hi = readings;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (series[mid * 3]! < time) lo = mid + 1;
      else hi = mid;
    }
    if (lo < readings && series[lo * 3] === time) return [series[lo * 3 + 1]!, series[lo * 3 + 2]!];
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
  for (const s of samples) total += overlapMs(s.at, s.resumedAt, from, to);
  return total;
}

/** Milliseconds of [from, to] spent inside slow sync API calls. */
function syncTimeWithin(calls: SyncCall[], from: number, to: number): number {
  let total = 0;
  for (let i = firstCallEndingAfter(calls, from); i < calls.length && calls[i]!.from < to; i++) {
    total += overlapMs(calls[i]!.from, calls[i]!.to, from, to);
  }
  return total;
}
