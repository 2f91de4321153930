import type { StallSite } from "../../types.js";
import { firstSampleAt, type LoopProfile } from "./cpu-profile.js";
import { culpritIndex, shortStack, type Frame, type FrameResolver } from "./frames.js";
import { firstCallEndingAfter, type SyncCall } from "./sync-hooks.js";
import type { FrameSample } from "./watchdog.js";

/** What the loop recorded over the trial, to explain its stalls with. */
export interface Evidence {
  /** Sorted by time, non-overlapping (nested calls are folded into the outer one). */
  calls: SyncCall[];
  profile?: LoopProfile;
  resolver: FrameResolver;
  /** A frame sample that arrived later than this may show code that ran after a native call returned. */
  lateMs: number;
}

/** A sync call explains a stall when it covers at least this share of it. */
const SYNC_SHARE = 0.5;
/** Lines searched below a function's first line for the call that ran a native callee. */
const CALL_SEARCH_LINES = 400;

interface Candidate {
  frames: Frame[];
  culprit: number;
  via: StallSite["via"];
  api?: string;
}

/**
 * Names the code that blocked the loop during [from, to], trying the evidence from the most to
 * the least exact: a slow sync API call (its stack names the calling line), then frame samples
 * (the paused loop's own stack: exact line and column), then the CPU profile (which function;
 * its line from the function's per-line ticks, which is exact for time spent in builtins called
 * from that line). Frame samples lose to the profile when they disagree on the function: one
 * pause is one moment, the profile is the whole stall.
 */
export function attributeStall(from: number, to: number, samples: FrameSample[], evidence: Evidence): StallSite | undefined {
  const chosen = fromSyncCalls(from, to, evidence) ?? fromSamplesAndProfile(from, to, samples, evidence);
  return chosen && toSite(chosen, evidence.resolver);
}

/**
 * A turn of many short callbacks (a starvation stall) and its site: the share of the CPU
 * profile's samples in [from, to] whose culprit is the site's function, and the place outside the
 * repository most of the rest were in (the leaf frame's module: `node:internal/timers`, or the
 * profiler's `(garbage collector)`, `(program)`). With fewer samples at the site than at that
 * place, the time truly was elsewhere: the caller drops the site and names the module. Without a
 * site, the module is what an unattributed stall can still name.
 */
export function turnShare(from: number, to: number, site: StallSite | undefined, evidence: Evidence): { share: number; elsewhere?: { module: string; samples: number } } | undefined {
  const { profile, resolver } = evidence;
  if (!profile) return undefined;
  let total = 0;
  let atSite = 0;
  const outside = new Map<string, number>();
  for (let i = firstSampleAt(profile, from); i < profile.samples.length && profile.samples[i]!.at <= to; i++) {
    const frames = profile.samples[i]!.nodes.map((id) => resolver.resolve(profile.frameOf(id)));
    total++;
    const culprit = culpritIndex(frames);
    if (culprit !== undefined) {
      const f = frames[culprit]!;
      if (site && f.file === site.file && (f.fn || undefined) === site.function) atSite++;
      continue;
    }
    const module = placeOf(frames);
    if (module === undefined) {
      total--;
      continue;
    }
    if (module) outside.set(module, (outside.get(module) ?? 0) + 1);
  }
  if (total === 0) return undefined;
  const top = [...outside.entries()].sort((a, b) => b[1] - a[1])[0];
  return { share: Math.round((atSite / total) * 1000) / 1000, ...(top && top[1] > atSite && { elsewhere: { module: top[0], samples: top[1] } }) };
}

/**
 * Where a sample with no frame of the repository or a dependency spent its time: the module of
 * the first frame from the leaf that has a file (a native leaf such as `now` is named by the
 * code that called it), or the profiler's own node (`(garbage collector)`, `(program)`). "" for
 * this tool's own frames (the drive between operations), no place to send the reader. undefined
 * for a stack the sampler cut short: a native function with no caller, which says nothing of
 * where the time went (seen on loaded machines, where it can outnumber the turn's real samples).
 */
function placeOf(frames: Frame[]): string | undefined {
  const framed = frames.find((f) => f.file && f.fn !== "(root)");
  if (framed) return framed.owner === "runner" ? "" : framed.file;
  const leaf = frames[0];
  return leaf && /^\(.+\)$/.test(leaf.fn) && leaf.fn !== "(root)" ? leaf.fn : undefined;
}

function fromSyncCalls(from: number, to: number, evidence: Evidence): Candidate | undefined {
  const overlaps = new Map<string, { overlap: number; candidate: Candidate }>();
  const { calls } = evidence;
  for (let i = firstCallEndingAfter(calls, from); i < calls.length && calls[i]!.from < to; i++) {
    const call = calls[i]!;
    const overlap = Math.min(to, call.to) - Math.max(from, call.from);
    if (overlap <= 0) continue;
    const frames = call.frames.map((f) => evidence.resolver.resolve(f));
    const culprit = culpritIndex(frames);
    if (culprit === undefined) continue;
    const key = `${frames[culprit]!.file}:${frames[culprit]!.line}:${call.api}`;
    const entry = overlaps.get(key) ?? { overlap: 0, candidate: { frames, culprit, via: "sync-api", api: call.api } };
    entry.overlap += overlap;
    overlaps.set(key, entry);
  }
  const best = [...overlaps.values()].sort((a, b) => b.overlap - a.overlap)[0];
  return best && best.overlap >= SYNC_SHARE * (to - from) ? best.candidate : undefined;
}

function fromSamplesAndProfile(from: number, to: number, samples: FrameSample[], evidence: Evidence): Candidate | undefined {
  const paused = usableFrameSamples(from, to, samples, evidence);
  const byLine = majority(paused, (c) => siteKey(c));
  const profiled = evidence.profile ? fromProfile(from, to, evidence.profile, evidence) : undefined;
  if (byLine && (!profiled || sameFunction(byLine, profiled))) return byLine;
  if (profiled) {
    const agreeing = majority(
      paused.filter((c) => sameFunction(c, profiled)),
      (c) => siteKey(c),
    );
    return agreeing ?? profiled;
  }
  return byLine;
}

/**
 * A pause lands at the loop's next interrupt check, which JS code reaches at once but native
 * code (a builtin such as JSON.parse) only when it returns. A sample shows the stall's code when
 * it was asked for and landed inside the stall, and: another sample in the stall agrees on the
 * line, or it came quickly, or it caught the culprit mid-call (a native call returning into an
 * internal wrapper still has the culprit's calling line on the stack; one returning straight
 * into the culprit has moved on past that line).
 */
function usableFrameSamples(from: number, to: number, samples: FrameSample[], evidence: Evidence): Candidate[] {
  const inStall: { candidate: Candidate; latencyMs: number }[] = [];
  for (const s of samples) {
    if (s.requestedAt === null || s.requestedAt < from || s.at > to) continue;
    const frames = s.frames.map((f) => evidence.resolver.resolve(f));
    const culprit = culpritIndex(frames);
    if (culprit !== undefined) inStall.push({ candidate: { frames, culprit, via: "frame-sample" }, latencyMs: s.at - s.requestedAt! });
  }
  const perLine = new Map<string, number>();
  for (const { candidate } of inStall) perLine.set(siteKey(candidate), (perLine.get(siteKey(candidate)) ?? 0) + 1);
  return inStall
    .filter(({ candidate, latencyMs }) => perLine.get(siteKey(candidate))! >= 2 || latencyMs <= evidence.lateMs || candidate.culprit > 0)
    .map(({ candidate }) => candidate);
}

interface ProfiledCandidate extends Candidate {
  nodes: number[];
}

function fromProfile(from: number, to: number, profile: LoopProfile, evidence: Evidence): Candidate | undefined {
  const { resolver } = evidence;
  const resolved = new Map<number, Frame>();
  const frameOf = (id: number) => {
    let frame = resolved.get(id);
    if (!frame) {
      frame = resolver.resolve(profile.frameOf(id));
      resolved.set(id, frame);
    }
    return frame;
  };
  const groups = new Map<string, { count: number; self: number; nodes: Set<number>; callees: Map<string, number>; first: ProfiledCandidate }>();
  for (let i = firstSampleAt(profile, from); i < profile.samples.length && profile.samples[i]!.at <= to; i++) {
    const sample = profile.samples[i]!;
    const frames = sample.nodes.map(frameOf);
    const culprit = culpritIndex(frames);
    if (culprit === undefined) continue;
    const f = frames[culprit]!;
    const key = `${f.file}|${f.fn}|${f.line}`;
    let group = groups.get(key);
    if (!group) {
      group = { count: 0, self: 0, nodes: new Set(), callees: new Map(), first: { frames, culprit, via: "profiler", nodes: sample.nodes } };
      groups.set(key, group);
    }
    group.count++;
    group.nodes.add(sample.nodes[culprit]!);
    if (culprit === 0) group.self++;
    else {
      const callee = frames[culprit - 1]!.fn;
      if (callee) group.callees.set(callee, (group.callees.get(callee) ?? 0) + 1);
    }
  }
  const best = [...groups.values()].sort((a, b) => b.count - a.count)[0];
  if (!best) return undefined;
  const { frames, culprit } = best.first;
  const fnFrame = frames[culprit]!;
  // Time spent in the function itself (builtins included) is on its hottest line; time spent in
  // a callee is on the line that calls it, which the profile does not record: look for the call.
  const callee = best.self * 2 >= best.count ? undefined : [...best.callees.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const line = (callee && findCallLine(fnFrame, callee, resolver)) || hottestLine(profile, best.nodes, fnFrame, evidence);
  const located: Frame = { ...fnFrame, line: line ?? fnFrame.line };
  delete located.column;
  return { frames: frames.map((f, i) => (i === culprit ? located : f)), culprit, via: "profiler" };
}

/**
 * The function's hottest line by self ticks. V8 files ticks of code inlined from elsewhere under
 * the caller with the callee's line numbers, so lines outside the function's file span are dropped.
 */
function hottestLine(profile: LoopProfile, nodes: Set<number>, fnFrame: Frame, evidence: Evidence): number | undefined {
  const ticks = new Map<number, number>();
  for (const id of nodes) {
    const raw = profile.frameOf(id);
    for (const t of profile.lineTicks(id)) {
      const mapped = evidence.resolver.resolve({ ...raw, line: t.line, column: 1 });
      if (mapped.file !== fnFrame.file) continue;
      ticks.set(mapped.line, (ticks.get(mapped.line) ?? 0) + t.ticks);
    }
  }
  const count = evidence.resolver.lineCount(fnFrame) ?? Infinity;
  const lines = [...ticks.entries()].filter(([line]) => line >= fnFrame.line && line <= count).sort((a, b) => b[1] - a[1]);
  return lines[0]?.[0];
}

/** The first line at or below the function's start that calls `callee`: where its time was spent. */
function findCallLine(fnFrame: Frame, callee: string, resolver: FrameResolver): number | undefined {
  const count = resolver.lineCount(fnFrame);
  if (count === undefined) return undefined;
  const name = callee.replace(/^[gs]et /, "");
  const call = new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*\\(`);
  for (let line = fnFrame.line; line <= Math.min(count, fnFrame.line + CALL_SEARCH_LINES); line++) {
    const text = resolver.sourceLine({ ...fnFrame, line });
    if (text && call.test(text)) return line;
  }
  return undefined;
}

function siteKey(c: Candidate): string {
  const f = c.frames[c.culprit]!;
  return `${f.file}:${f.line}`;
}

function sameFunction(a: Candidate, b: Candidate): boolean {
  const x = a.frames[a.culprit]!;
  const y = b.frames[b.culprit]!;
  return x.file === y.file && x.fn === y.fn;
}

function majority<T>(items: T[], key: (item: T) => string): T | undefined {
  const counts = new Map<string, { item: T; n: number }>();
  for (const item of items) {
    const k = key(item);
    const entry = counts.get(k) ?? { item, n: 0 };
    entry.n++;
    counts.set(k, entry);
  }
  return [...counts.values()].sort((a, b) => b.n - a.n)[0]?.item;
}

function toSite(c: Candidate, resolver: FrameResolver): StallSite {
  const f = c.frames[c.culprit]!;
  const source = resolver.sourceLine(f);
  return {
    file: f.file,
    line: f.line,
    ...(f.column !== undefined && { column: f.column }),
    ...(f.fn && { function: f.fn }),
    ...(c.api && { api: c.api }),
    ...(source && { source }),
    stack: shortStack(c.frames, c.culprit),
    via: c.via,
  };
}
