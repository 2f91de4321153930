import { Session } from "node:inspector";
import { epochNow } from "./heartbeat.js";
import type { RawFrame } from "./watchdog.js";

/** The parts of a V8 CPU profile node this code reads (the inspector protocol's `Profiler.ProfileNode`). */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
  /** Self ticks per 1-based line of the function. */
  positionTicks?: { line: number; ticks: number }[];
}

interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

/** One sampled stack, leaf first, with the node ids along it. */
export interface StackSample {
  at: number;
  nodes: number[];
}

/** A finished profile, with sample times on the detector's clock (epoch ms). */
export interface LoopProfile {
  samples: StackSample[];
  frameOf(node: number): RawFrame;
  /** Self ticks per line of one node. */
  lineTicks(node: number): { line: number; ticks: number }[];
}

/**
 * Samples this thread's JS stacks with V8's CPU profiler for the whole trial; the samples that
 * fall inside a stall say where that stall spent its time, including inside native builtins
 * (`JSON.parse`, hashing) that no pause can interrupt. Started before warm-up: starting the
 * profiler costs milliseconds, which must not land in the measured window.
 */
export function startCpuProfile(intervalUs: number): { stop(): LoopProfile | undefined } {
  const session = new Session();
  session.connect();
  let started = false;
  session.post("Profiler.enable");
  session.post("Profiler.setSamplingInterval", { interval: intervalUs });
  session.post("Profiler.start", (error) => (started = !error));
  return {
    stop() {
      let profile: Profile | undefined;
      if (started) session.post("Profiler.stop", (error, result) => (profile = error ? undefined : (result.profile as Profile)));
      session.disconnect();
      return profile && readProfile(profile);
    },
  };
}

/** How many samples fell in [from, to], and how many of those were the garbage collector. */
export function profileWithin(profile: LoopProfile, from: number, to: number): { samples: number; gc: number } {
  let samples = 0;
  let gc = 0;
  for (let i = firstSampleAt(profile, from); i < profile.samples.length && profile.samples[i]!.at <= to; i++) {
    samples++;
    if (profile.frameOf(profile.samples[i]!.nodes[0]!).fn === "(garbage collector)") gc++;
  }
  return { samples, gc };
}

/** Index of the first sample at or after `time` (samples are in time order). */
export function firstSampleAt(profile: LoopProfile, time: number): number {
  let lo = 0;
  let hi = profile.samples.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (profile.samples[mid]!.at < time) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Profile times are V8's monotonic clock in microseconds, the clock `process.hrtime` reads too;
 * one paired reading maps them onto epoch ms.
 */
function readProfile(profile: Profile): LoopProfile {
  const offset = epochNow() - Number(process.hrtime.bigint()) / 1e6;
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const stacks = new Map<number, number[]>();
  const stackOf = (leaf: number) => {
    let stack = stacks.get(leaf);
    if (!stack) {
      stack = [];
      for (let id: number | undefined = leaf; id !== undefined; id = parent.get(id)) stack.push(id);
      stacks.set(leaf, stack);
    }
    return stack;
  };
  const samples: StackSample[] = [];
  let t = profile.startTime;
  const ids = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < ids.length; i++) {
    t += deltas[i] ?? 0;
    samples.push({ at: t / 1000 + offset, nodes: stackOf(ids[i]!) });
  }
  return {
    samples,
    frameOf(id) {
      const f = nodes.get(id)?.callFrame;
      // The profile gives where a function starts (0-based); a site's line comes from its ticks.
      return f ? { url: f.url, line: f.lineNumber + 1, column: f.columnNumber + 1, fn: f.functionName } : { url: "", line: 0, column: 0, fn: "" };
    },
    lineTicks(id) {
      return nodes.get(id)?.positionTicks ?? [];
    },
  };
}
