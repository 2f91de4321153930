import type { Stall } from "../../../results/types.js";
import type { TrialSpec } from "../../trial-spec.js";
import type { LoopProbe } from "../member.js";
import { attributeStall, type Evidence } from "./attribute.js";
import { startCpuProfile } from "./cpu-profile.js";
import { frameResolver } from "./frames.js";
import { gcTimeWithin, watchGc } from "./gc.js";
import { epochNow, startHeartbeat, type LoopGap } from "./heartbeat.js";
import { realAtomicsWait, recordSyncCalls } from "./sync-hooks.js";
import { startWatchdog } from "./watchdog.js";

/** CPU profiler sampling interval: a 20 ms stall gets about 20 samples. */
const PROFILE_INTERVAL_US = 1000;
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
  const watchdog = startWatchdog(heartbeat.memory, { blockMs, beatMs: heartbeat.intervalMs, sampleFrames: attribute, wait: realAtomicsWait });
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
      const watched = watchdog.collect();
      heartbeat.stop();
      const syncCalls = calls?.stop() ?? [];
      const profile = profiler?.stop();
      const pauses = gc.stop();
      const inWindow = (g: LoopGap) => g.from >= windowStart;
      const callbacks = [...(watched?.stalls ?? []), ...heartbeat.missed].filter(inWindow);
      // Starvation already explained by long callbacks is those callbacks' stalls, not a new one.
      const starved = heartbeat.starved.filter((g) => inWindow(g) && coveredBy(g, callbacks) < 0.5 * (g.to - g.from));
      const gaps = [...callbacks.map((g) => ({ ...g, starvation: false })), ...starved.map((g) => ({ ...g, starvation: true }))]
        .sort((a, b) => a.from - b.from)
        .slice(0, MAX_STALLS);
      const evidence: Evidence | undefined = attribute
        ? { calls: syncCalls, ...(profile && { profile }), resolver: frameResolver(spec.root, runnerFiles), lateMs: Math.max(5, blockMs / 2) }
        : undefined;
      const samples = watched?.samples ?? [];
      const seen = new Set<string>();
      const stalls = gaps.map((g): Stall => {
        const durationMs = g.to - g.from;
        const gcMs = gcTimeWithin(pauses, g.from, g.to);
        const site = evidence && attributeStall(g.from, g.to, samples, evidence);
        // Repeats of a site keep its place but not its stack and source line: the first one has them.
        if (site) {
          const key = `${site.file}:${site.line}`;
          if (seen.has(key)) {
            delete site.stack;
            delete site.source;
          }
          seen.add(key);
        }
        return {
          loop,
          startMs: g.from - windowStart,
          durationMs,
          startEpochMs: g.from,
          ...(g.starvation && { starvation: true }),
          ...(gcMs > 0 && { gcMs }),
          ...(gcMs >= GC_SHARE * durationMs && { gc: true }),
          ...(site && { site }),
        };
      });
      return { stalls };
    },
  };
}

/** Milliseconds of `gap` that the `stalls` cover. */
function coveredBy(gap: LoopGap, stalls: LoopGap[]): number {
  let total = 0;
  for (const s of stalls) total += Math.max(0, Math.min(gap.to, s.to) - Math.max(gap.from, s.from));
  return total;
}
