import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);

// src/execute/node/blocking/register.ts
import { fileURLToPath as fileURLToPath5 } from "node:url";

// src/execute/node/member.ts
import { fileURLToPath as fileURLToPath3 } from "node:url";

// src/execute/node/drive.ts
import { setImmediate as yieldToLoop } from "node:timers/promises";
import { fileURLToPath as fileURLToPath2 } from "node:url";

// src/execute/histogram.ts
var MIN_MS = 1e-3;
var GROWTH = 1.01;
var LOG_GROWTH = Math.log(GROWTH);
var BUCKETS = 2800;
var Histogram = class {
  counts = new Float64Array(BUCKETS);
  count = 0;
  sum = 0;
  max = 0;
  record(ms) {
    const index = ms <= MIN_MS ? 0 : Math.min(BUCKETS - 1, 1 + Math.floor(Math.log(ms / MIN_MS) / LOG_GROWTH));
    this.counts[index] += 1;
    this.count += 1;
    this.sum += ms;
    if (ms > this.max) this.max = ms;
  }
  merge(other) {
    for (const [index, n] of other.buckets) this.counts[index] += n;
    this.count += other.count;
    this.sum += other.sum;
    if (other.max > this.max) this.max = other.max;
  }
  /** Value at quantile q (0..1): the geometric middle of its bucket, never above the recorded max. */
  quantile(q) {
    if (this.count === 0) return 0;
    const rank = Math.max(1, Math.ceil(q * this.count));
    let seen = 0;
    for (let i = 0; i < BUCKETS; i++) {
      seen += this.counts[i];
      if (seen >= rank) {
        if (i === 0) return Math.min(MIN_MS, this.max);
        const low = MIN_MS * GROWTH ** (i - 1);
        return Math.min(low * Math.sqrt(GROWTH), this.max);
      }
    }
    return this.max;
  }
  percentiles() {
    return {
      p50: this.quantile(0.5),
      p90: this.quantile(0.9),
      p99: this.quantile(0.99),
      max: this.max,
      mean: this.count === 0 ? 0 : this.sum / this.count
    };
  }
  toJSON() {
    const buckets = [];
    this.counts.forEach((n, i) => {
      if (n > 0) buckets.push([i, n]);
    });
    return { buckets, count: this.count, sum: this.sum, max: this.max };
  }
};

// src/execute/error-kinds.ts
var MAX_ERROR_KINDS = 20;
var OTHER_KIND = "(other kinds)";
var OTHER_MESSAGE = `more than ${MAX_ERROR_KINDS} kinds of error; the rest are counted here`;
var MAX_KIND_CHARS = 200;
var MAX_MESSAGE_CHARS = 500;
var MAX_STACK_FRAMES = 8;
var MAX_FRAME_CHARS = 200;
var SEEN_MESSAGES = 256;
var RULES = [
  // Quoted values: a name, a path, a key. A single quote opens only after a non-word character, so "can't" stays.
  [/"[^"\n]*"/g, '"*"'],
  [/(?<!\w)'[^'\n]*'(?!\w)/g, "'*'"],
  [/`[^`\n]*`/g, "`*`"],
  [/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, "<id>"],
  [/\b0x[0-9a-f]+\b/gi, "<id>"],
  // Hex ids (hashes, object ids): 8+ hex digits, letters and digits both, so words and plain numbers stay.
  [/\b(?=[0-9]*[a-f])(?=[a-f]*\d)[0-9a-f]{8,}\b/gi, "<id>"],
  // Numbers, also inside names (k12, user_42), with their decimal and grouping parts (1.5, 127.0.0.1, 1,024).
  [/\d+(?:[.,]\d+)*/g, "#"],
  [/\s+/g, " "]
];
function normalizeMessage(message) {
  let kind = message;
  for (const [pattern, replacement] of RULES) kind = kind.replace(pattern, replacement);
  return clip(kind.trim(), MAX_KIND_CHARS) || "(empty message)";
}
function clip(text, max) {
  return text.length > max ? `${text.slice(0, max - 3)}...` : text;
}
var ErrorTally = class {
  /** `stack` is asked only for the first error of each kind. */
  constructor(read) {
    this.read = read;
  }
  read;
  kinds = /* @__PURE__ */ new Map();
  seen = /* @__PURE__ */ new Map();
  other = 0;
  add(error) {
    const message = this.read.message(error);
    let kind = this.seen.get(message);
    if (kind === void 0) {
      kind = normalizeMessage(message);
      if (this.seen.size < SEEN_MESSAGES) this.seen.set(message, kind);
    }
    const entry = this.kinds.get(kind);
    if (entry) entry.count++;
    else if (this.kinds.size < MAX_ERROR_KINDS) {
      const stack = this.read.stack(error);
      this.kinds.set(kind, { kind, message: clip(message, MAX_MESSAGE_CHARS), count: 1, ...stack !== void 0 && { stack } });
    } else this.other++;
  }
  /** The kinds in first-seen order, with the overflow as one `OTHER_KIND` entry. */
  entries() {
    const out = [...this.kinds.values()];
    if (this.other > 0) out.push({ kind: OTHER_KIND, message: OTHER_MESSAGE, count: this.other });
    return out;
  }
};
function mergeErrorKinds(lists) {
  const byKind = /* @__PURE__ */ new Map();
  for (const list of lists) {
    for (const k of list) {
      const entry = byKind.get(k.kind);
      if (entry) entry.count += k.count;
      else byKind.set(k.kind, { ...k });
    }
  }
  return capKinds([...byKind.values()], (count) => ({ kind: OTHER_KIND, message: OTHER_MESSAGE, count }));
}
function capKinds(kinds, other) {
  const sorted = [...kinds].sort((a, b) => Number(a.kind === OTHER_KIND) - Number(b.kind === OTHER_KIND) || b.count - a.count || byCodeUnits(a.kind, b.kind));
  const kept = sorted.filter((k) => k.kind !== OTHER_KIND).slice(0, MAX_ERROR_KINDS);
  const rest = sorted.slice(kept.length);
  return rest.length === 0 ? kept : [...kept, other(rest.reduce((n, k) => n + k.count, 0))];
}
function byCodeUnits(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/execute/node/blocking/frames.ts
import { readFileSync } from "node:fs";
import { findSourceMap } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
function frameResolver(root, runnerFiles) {
  const runners = new Set(runnerFiles.map((f) => path.resolve(f)));
  const sources = /* @__PURE__ */ new Map();
  const lines = (absolute) => {
    if (!sources.has(absolute)) {
      try {
        sources.set(absolute, readFileSync(absolute, "utf8").split(/\r?\n/));
      } catch {
        sources.set(absolute, void 0);
      }
    }
    return sources.get(absolute);
  };
  const relative = (absolute) => path.relative(root, absolute).split(path.sep).join("/");
  const ownerOf = (absolute) => {
    if (runners.has(absolute)) return "runner";
    const rel = path.relative(root, absolute);
    if (rel.startsWith("..") || path.isAbsolute(rel)) return "dependency";
    return rel.split(path.sep).includes("node_modules") ? "dependency" : "repo";
  };
  return {
    resolve(raw) {
      if (!raw.url) return { file: "", line: raw.line, column: raw.column, fn: raw.fn, owner: "internal" };
      if (raw.url.startsWith("node:") || !(raw.url.startsWith("file:") || path.isAbsolute(raw.url))) {
        return { file: raw.url, line: raw.line, column: raw.column, fn: raw.fn, owner: "internal" };
      }
      let absolute = raw.url.startsWith("file:") ? fileURLToPath(raw.url) : raw.url;
      let { line, column } = raw;
      const mapped = mapThroughSourceMap(raw.url, absolute, line, column);
      if (mapped) ({ absolute, line, column } = mapped);
      return { file: relative(absolute), absolute, line, column, fn: raw.fn, owner: ownerOf(absolute) };
    },
    sourceLine(frame) {
      const text = frame.absolute ? lines(frame.absolute)?.[frame.line - 1]?.trim() : void 0;
      if (!text) return void 0;
      return text.length > 120 ? `${text.slice(0, 117)}...` : text;
    },
    lineCount(frame) {
      return frame.absolute ? lines(frame.absolute)?.length : void 0;
    }
  };
}
function mapThroughSourceMap(url, absolute, line, column) {
  let map;
  try {
    map = findSourceMap(url) ?? findSourceMap(absolute);
  } catch {
    return void 0;
  }
  if (!map) return void 0;
  const entry = map.findEntry(line - 1, Math.max(0, (column ?? 1) - 1));
  if (!entry.originalSource || entry.originalLine === void 0) return void 0;
  const source = entry.originalSource;
  const original = source.startsWith("file:") ? fileURLToPath(source) : path.resolve(path.dirname(absolute), source);
  return { absolute: original, line: entry.originalLine + 1, column: (entry.originalColumn ?? 0) + 1 };
}
function culpritIndex(frames) {
  const repo = frames.findIndex((f) => f.owner === "repo");
  if (repo >= 0) return repo;
  const dependency = frames.findIndex((f) => f.owner === "dependency");
  return dependency >= 0 ? dependency : void 0;
}
function shortStack(frames, culprit, past = 3) {
  const out = [];
  for (let i = 0; i < frames.length && i <= culprit + past; i++) {
    const f = frames[i];
    if (f.owner === "runner") break;
    if (!f.file && i !== 0) continue;
    const where = f.file ? `${f.file}:${f.line}` : "native";
    out.push(`${f.fn || "(anonymous)"} (${where})`);
    if (out.length >= 8) break;
  }
  return out;
}

// src/execute/node/error-site.ts
function nodeErrorTally() {
  return new ErrorTally({ message: errorMessage, stack: stackOf });
}
function stackOf(error) {
  try {
    return error instanceof Error && typeof error.stack === "string" ? error.stack : void 0;
  } catch {
    return void 0;
  }
}
function errorMessage(error) {
  try {
    if (error instanceof Error) {
      const message = error.message || error.name;
      return error.name && error.name !== "Error" && error.message ? `${error.name}: ${message}` : message;
    }
    if (error !== null && typeof error === "object" && typeof error.message === "string") {
      return error.message;
    }
    return String(error);
  } catch {
    return typeof error;
  }
}
function resolveErrorKinds(raw, root, runnerFiles) {
  let resolver;
  return raw.map(({ stack, ...kind }) => {
    if (stack === void 0) return kind;
    resolver ??= frameResolver(root, runnerFiles);
    const frames = parseStack(stack).map((f) => resolver.resolve(f));
    if (frames.length === 0) return kind;
    const culprit = culpritIndex(frames);
    const short = shortStack(frames, culprit ?? frames.length).slice(0, MAX_STACK_FRAMES).map((f) => clip(f, MAX_FRAME_CHARS));
    let site;
    if (culprit !== void 0 && frames[culprit].owner === "repo") {
      const f = frames[culprit];
      const source = resolver.sourceLine(f);
      site = {
        file: f.file,
        line: f.line,
        ...f.column !== void 0 && f.column > 0 && { column: f.column },
        ...f.fn && { function: f.fn },
        ...source && { source }
      };
    }
    return { ...kind, ...short.length > 0 && { stack: short }, ...site && { site } };
  });
}
var FRAME = /^\s*at\s+(?:async\s+)?(.*)$/;
var LOCATION = /^(.*):(\d+):(\d+)$/;
function parseStack(stack) {
  const frames = [];
  for (const line of stack.split("\n")) {
    const m = FRAME.exec(line);
    if (!m) continue;
    let body = m[1].trim();
    let fn = "";
    const open = body.indexOf(" (");
    if (body.endsWith(")") && open > 0) {
      fn = body.slice(0, open);
      body = body.slice(open + 2, -1);
    }
    const where = LOCATION.exec(body);
    if (where) frames.push({ url: where[1], line: Number(where[2]), column: Number(where[3]), fn });
    else frames.push({ url: "", line: 0, column: 0, fn: fn || body });
  }
  return frames;
}

// src/execute/node/drive.ts
async function drive(run, state, options) {
  const now = options.now ?? (() => performance.now());
  const histogram = new Histogram();
  const begin = now();
  const measureStart = begin + options.warmupMs;
  const end = measureStart + options.durationMs;
  let ops = 0;
  let errors = 0;
  const tally = nodeErrorTally();
  let firstError;
  let measuring = false;
  let lastFinish = measureStart;
  const markMeasureStart = () => {
    if (measuring) return;
    measuring = true;
    options.onMeasureStart?.();
  };
  if (options.warmupMs <= 0) markMeasureStart();
  const chain = async () => {
    for (; ; ) {
      const started = now();
      if (started >= end) return;
      const counted = started >= measureStart;
      if (counted) markMeasureStart();
      let isAsync = false;
      try {
        options.onOpBoundary?.();
        let result;
        try {
          result = run(state);
        } finally {
          options.onOpBoundary?.();
        }
        if (result !== null && typeof result === "object" && typeof result.then === "function") {
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
  const origin2 = performance.timeOrigin;
  return {
    ops,
    errors,
    errorKinds: tally.entries(),
    histogram,
    startEpochMs: origin2 + measureStart,
    endEpochMs: origin2 + Math.max(lastFinish, measureStart),
    ...firstError && { firstError }
  };
}
function describeError(error) {
  if (error instanceof Error) return { message: error.message || error.name, ...error.stack && { stack: error.stack } };
  return { message: String(error) };
}
var DRIVE_FILE = fileURLToPath2(import.meta.url);

// src/execute/node/loop-stats.ts
import { monitorEventLoopDelay, performance as performance2 } from "node:perf_hooks";
function startLoopStats(loop) {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const elu = performance2.eventLoopUtilization();
  return () => {
    delay.disable();
    const used = performance2.eventLoopUtilization(elu);
    const ms = (ns) => Number.isFinite(ns) ? ns / 1e6 : 0;
    const late = (ns) => Math.max(0, ms(ns) - 10);
    return {
      loop,
      delayMs: { p50: late(delay.percentile(50)), p99: late(delay.percentile(99)), max: delay.count > 0 ? late(delay.max) : 0 },
      utilization: used.utilization
    };
  };
}

// src/execute/node/scenario-module.ts
import path2 from "node:path";
import { pathToFileURL } from "node:url";
var TS_EXTENSIONS = [".ts", ".mts", ".cts"];
function nodeStripsTypes(version = process.versions.node) {
  const [major = 0, minor = 0] = version.split(".").map(Number);
  return major >= 24 || major === 23 && minor >= 6 || major === 22 && minor >= 18;
}
async function loadScenarioModule(file) {
  if (TS_EXTENSIONS.includes(path2.extname(file)) && !nodeStripsTypes()) {
    throw new Error(
      `${path2.basename(file)}: TypeScript scenarios need a Node that strips types (22.18+ or 24); this is Node ${process.versions.node}. Use Node 24 (actions/setup-node with node-version: 24), or compile the scenario to .mjs.`
    );
  }
  const mod = await import(pathToFileURL(file).href);
  const exports = (typeof mod.run === "function" ? mod : mod.default) ?? mod;
  if (typeof exports.run !== "function") {
    throw new Error(`${path2.basename(file)}: expected an exported function run(state), found exports: ${Object.keys(mod).join(", ") || "none"}`);
  }
  for (const name of ["setup", "teardown"]) {
    if (exports[name] !== void 0 && typeof exports[name] !== "function") {
      throw new Error(`${path2.basename(file)}: expected ${name} to be a function, got ${typeof exports[name]}`);
    }
  }
  return exports;
}

// src/execute/node/member.ts
var probeFactories = [];
function registerProbe(factory) {
  probeFactories.push(factory);
}
var RUNNER_FILES = [fileURLToPath3(import.meta.url), DRIVE_FILE];
async function prepareMember(spec, worker, inFlight, loop) {
  const probes = probeFactories.map((f) => f(loop, spec)).filter((p) => p !== void 0);
  const mod = await loadScenarioModule(spec.file);
  const info = {
    scenario: spec.scenario,
    model: spec.model,
    concurrency: spec.concurrency,
    inFlight,
    worker,
    poolSize: spec.poolSize,
    trial: spec.trial
  };
  const state = mod.setup ? await mod.setup(info) : void 0;
  return { loop, mod, state, inFlight, probes };
}
async function driveMember(spec, member, ownsProcess) {
  const { probes } = member;
  let stopStats;
  let cpuStart;
  const hooks = probes.flatMap((p) => p.onOpBoundary ? [p.onOpBoundary.bind(p)] : []);
  const result = await drive(member.mod.run, member.state, {
    inFlight: member.inFlight,
    warmupMs: spec.warmupMs,
    durationMs: spec.durationMs,
    ...hooks.length > 0 && { onOpBoundary: hooks.length === 1 ? hooks[0] : () => hooks.forEach((hook) => hook()) },
    onMeasureStart: () => {
      stopStats = startLoopStats(member.loop);
      if (ownsProcess) cpuStart = process.cpuUsage();
      for (const probe of probes) probe.start();
    }
  });
  const cpu = cpuStart ? process.cpuUsage(cpuStart) : void 0;
  const loopStats = stopStats();
  const extra = Object.assign({}, ...probes.map((p) => p.stop()));
  const errorKinds = resolveErrorKinds(result.errorKinds, spec.root, RUNNER_FILES);
  let firstError = result.firstError;
  try {
    if (member.mod.teardown) await member.mod.teardown(member.state);
  } catch (error) {
    firstError ??= { ...describeError(error), message: `teardown: ${describeError(error).message}` };
  }
  return {
    loop: member.loop,
    ops: result.ops,
    errors: result.errors,
    ...errorKinds.length > 0 && { errorKinds },
    histogram: result.histogram.toJSON(),
    startEpochMs: result.startEpochMs,
    endEpochMs: result.endEpochMs,
    loopStats,
    ...cpu && { cpu },
    ...ownsProcess && { peakRssKb: process.resourceUsage().maxRSS },
    ...extra,
    ...firstError && { firstError }
  };
}

// src/execute/node/blocking/cpu-profile.ts
import { Session } from "node:inspector";

// src/execute/node/blocking/layout.ts
var WATCH = 0;
var STOP = 1;
var ACK = 2;
var UP = 3;
var INT_SLOTS = 4;
var BEAT = 0;
var RESUME_FROM = 1;
var RESUME_AT = 2;
var TIMER_BEAT = 3;
var FLOAT_SLOTS = 4;
var HEARTBEAT_BYTES = INT_SLOTS * 4 + FLOAT_SLOTS * 8;
function heartbeatViews(buffer) {
  return { ints: new Int32Array(buffer, 0, INT_SLOTS), floats: new Float64Array(buffer, INT_SLOTS * 4, FLOAT_SLOTS) };
}

// src/execute/node/blocking/heartbeat.ts
var origin = performance.timeOrigin;
function epochNow() {
  return origin + performance.now();
}
function heartbeatMemory(buffer = new SharedArrayBuffer(HEARTBEAT_BYTES)) {
  return { buffer, ...heartbeatViews(buffer) };
}
function overlapMs(spanFrom, spanTo, from, to) {
  return Math.max(0, Math.min(to, spanTo) - Math.max(from, spanFrom));
}
function startHeartbeat(blockMs, intervalMs, readCpu, now = epochNow) {
  const memory = heartbeatMemory();
  const { ints, floats } = memory;
  const missed = [];
  const early = [];
  const starved = [];
  floats[BEAT] = floats[TIMER_BEAT] = now();
  const beat = () => {
    const at = now();
    const last = floats[BEAT];
    if (Atomics.load(ints, WATCH) === 1) {
      floats[RESUME_FROM] = last;
      floats[RESUME_AT] = at;
      Atomics.store(ints, WATCH, 0);
    } else if (at - last >= blockMs) {
      missed.push({ from: last, to: at });
    }
    floats[BEAT] = at;
  };
  const closeStarvation = (at) => {
    const due = floats[TIMER_BEAT] + intervalMs;
    if (at - due >= blockMs) starved.push({ from: due, to: at });
  };
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
    }
  };
}

// src/execute/node/blocking/cpu-profile.ts
function startCpuProfile(intervalUs) {
  const session = new Session();
  session.connect();
  let started = false;
  session.post("Profiler.enable");
  session.post("Profiler.setSamplingInterval", { interval: intervalUs });
  session.post("Profiler.start", (error) => started = !error);
  return {
    stop() {
      let profile;
      if (started) session.post("Profiler.stop", (error, result) => profile = error ? void 0 : result.profile);
      session.disconnect();
      return profile && readProfile(profile);
    }
  };
}
function profileWithin(profile, from, to) {
  let samples = 0;
  let gc = 0;
  for (let i = firstSampleAt(profile, from); i < profile.samples.length && profile.samples[i].at <= to; i++) {
    samples++;
    if (profile.frameOf(profile.samples[i].nodes[0]).fn === "(garbage collector)") gc++;
  }
  return { samples, gc };
}
function firstSampleAt(profile, time) {
  let lo = 0;
  let hi = profile.samples.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (profile.samples[mid].at < time) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function readProfile(profile) {
  const offset = epochNow() - Number(process.hrtime.bigint()) / 1e6;
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = /* @__PURE__ */ new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const stacks = /* @__PURE__ */ new Map();
  const stackOf2 = (leaf) => {
    let stack = stacks.get(leaf);
    if (!stack) {
      stack = [];
      for (let id = leaf; id !== void 0; id = parent.get(id)) stack.push(id);
      stacks.set(leaf, stack);
    }
    return stack;
  };
  const samples = [];
  let t = profile.startTime;
  const ids = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < ids.length; i++) {
    t += deltas[i] ?? 0;
    samples.push({ at: t / 1e3 + offset, nodes: stackOf2(ids[i]) });
  }
  return {
    samples,
    frameOf(id) {
      const f = nodes.get(id)?.callFrame;
      return f ? { url: f.url, line: f.lineNumber + 1, column: f.columnNumber + 1, fn: f.functionName } : { url: "", line: 0, column: 0, fn: "" };
    },
    lineTicks(id) {
      return nodes.get(id)?.positionTicks ?? [];
    }
  };
}

// src/execute/node/blocking/sync-hooks.ts
import childProcess from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import { syncBuiltinESMExports } from "node:module";
import zlib from "node:zlib";
var MAX_CALLS = 2e4;
var atomicsWait = Atomics.wait;
function realAtomicsWait(array, index, value, timeoutMs) {
  return atomicsWait.call(Atomics, array, index, value, timeoutMs);
}
var recorder;
var depth = 0;
var installed = false;
var CRYPTO_BLOCKING = ["randomBytes", "publicEncrypt", "publicDecrypt", "privateEncrypt", "privateDecrypt", "sign", "verify", "diffieHellman", "hash"];
function installSyncHooks() {
  if (installed) return;
  installed = true;
  const patch = (target, names, prefix) => {
    const record = target;
    for (const name of names) {
      const original = record[name];
      if (typeof original !== "function") continue;
      const descriptor = Object.getOwnPropertyDescriptor(target, name);
      if (descriptor && !descriptor.writable && !descriptor.set) continue;
      record[name] = wrap(`${prefix}${name}`, original);
    }
  };
  const syncNames = (m) => Object.keys(m).filter((k) => k.endsWith("Sync"));
  patch(fs, syncNames(fs), "");
  patch(childProcess, syncNames(childProcess), "");
  patch(zlib, syncNames(zlib), "");
  patch(crypto, [...syncNames(crypto), ...CRYPTO_BLOCKING], "");
  patch(Atomics, ["wait"], "Atomics.");
  syncBuiltinESMExports();
}
function wrap(api, original) {
  const wrapped = function(...args) {
    const r = recorder;
    if (r === void 0 || depth > 0) return Reflect.apply(original, this, args);
    depth++;
    const from = epochNow();
    try {
      return Reflect.apply(original, this, args);
    } finally {
      depth--;
      const to = epochNow();
      if (to - from >= r.minMs && r.calls.length < MAX_CALLS) r.calls.push({ api, from, to, frames: captureFrames(wrapped) });
    }
  };
  for (const key of Reflect.ownKeys(original)) {
    if (key === "prototype" || key === "arguments" || key === "caller") continue;
    const descriptor = Object.getOwnPropertyDescriptor(original, key);
    if (descriptor) Object.defineProperty(wrapped, key, descriptor);
  }
  return wrapped;
}
function captureFrames(below) {
  const prepare = Error.prepareStackTrace;
  const limit = Error.stackTraceLimit;
  Error.prepareStackTrace = (_error, sites) => sites;
  Error.stackTraceLimit = 48;
  const holder = {};
  try {
    Error.captureStackTrace(holder, below);
    const sites = holder.stack;
    return (sites ?? []).map((s) => ({
      url: s.getFileName() ?? "",
      line: s.getLineNumber() ?? 0,
      column: s.getColumnNumber() ?? 0,
      fn: s.getFunctionName() ?? s.getMethodName() ?? ""
    }));
  } finally {
    Error.prepareStackTrace = prepare;
    Error.stackTraceLimit = limit;
  }
}
function recordSyncCalls(minMs) {
  const mine = { minMs, calls: [] };
  recorder = mine;
  return {
    stop() {
      if (recorder === mine) recorder = void 0;
      return mine.calls;
    }
  };
}
function firstCallEndingAfter(calls, time) {
  let lo = 0;
  let hi = calls.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (calls[mid].to <= time) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// src/execute/node/blocking/attribute.ts
var SYNC_SHARE = 0.5;
var CALL_SEARCH_LINES = 400;
function attributeStall(from, to, samples, evidence) {
  const chosen = fromSyncCalls(from, to, evidence) ?? fromSamplesAndProfile(from, to, samples, evidence);
  return chosen && toSite(chosen, evidence.resolver);
}
function turnShare(from, to, site, evidence) {
  const { profile, resolver } = evidence;
  if (!profile) return void 0;
  let total = 0;
  let atSite = 0;
  const outside = /* @__PURE__ */ new Map();
  for (let i = firstSampleAt(profile, from); i < profile.samples.length && profile.samples[i].at <= to; i++) {
    const frames = profile.samples[i].nodes.map((id) => resolver.resolve(profile.frameOf(id)));
    total++;
    const culprit = culpritIndex(frames);
    if (culprit !== void 0) {
      const f = frames[culprit];
      if (site && f.file === site.file && (f.fn || void 0) === site.function) atSite++;
      continue;
    }
    const module = placeOf(frames);
    if (module === void 0) {
      total--;
      continue;
    }
    if (module) outside.set(module, (outside.get(module) ?? 0) + 1);
  }
  if (total === 0) return void 0;
  const top = [...outside.entries()].sort((a, b) => b[1] - a[1])[0];
  return { share: Math.round(atSite / total * 1e3) / 1e3, ...top && top[1] > atSite && { elsewhere: { module: top[0], samples: top[1] } } };
}
function placeOf(frames) {
  const framed = frames.find((f) => f.file && f.fn !== "(root)");
  if (framed) return framed.owner === "runner" ? "" : framed.file;
  const leaf = frames[0];
  return leaf && /^\(.+\)$/.test(leaf.fn) && leaf.fn !== "(root)" ? leaf.fn : void 0;
}
function fromSyncCalls(from, to, evidence) {
  const overlaps = /* @__PURE__ */ new Map();
  const { calls } = evidence;
  for (let i = firstCallEndingAfter(calls, from); i < calls.length && calls[i].from < to; i++) {
    const call = calls[i];
    const overlap = Math.min(to, call.to) - Math.max(from, call.from);
    if (overlap <= 0) continue;
    const frames = call.frames.map((f) => evidence.resolver.resolve(f));
    const culprit = culpritIndex(frames);
    if (culprit === void 0) continue;
    const key = `${frames[culprit].file}:${frames[culprit].line}:${call.api}`;
    const entry = overlaps.get(key) ?? { overlap: 0, candidate: { frames, culprit, via: "sync-api", api: call.api } };
    entry.overlap += overlap;
    overlaps.set(key, entry);
  }
  const best = [...overlaps.values()].sort((a, b) => b.overlap - a.overlap)[0];
  return best && best.overlap >= SYNC_SHARE * (to - from) ? best.candidate : void 0;
}
function fromSamplesAndProfile(from, to, samples, evidence) {
  const paused = usableFrameSamples(from, to, samples, evidence);
  const byLine = majority(paused, (c) => siteKey(c));
  const profiled = evidence.profile ? fromProfile(from, to, evidence.profile, evidence) : void 0;
  if (byLine && (!profiled || sameFunction(byLine, profiled))) return byLine;
  if (profiled) {
    const agreeing = majority(
      paused.filter((c) => sameFunction(c, profiled)),
      (c) => siteKey(c)
    );
    return agreeing ?? profiled;
  }
  return byLine;
}
function usableFrameSamples(from, to, samples, evidence) {
  const inStall = [];
  for (const s of samples) {
    if (s.requestedAt === null || s.requestedAt < from || s.at > to) continue;
    const frames = s.frames.map((f) => evidence.resolver.resolve(f));
    const culprit = culpritIndex(frames);
    if (culprit !== void 0) inStall.push({ candidate: { frames, culprit, via: "frame-sample" }, latencyMs: s.at - s.requestedAt });
  }
  const perLine = /* @__PURE__ */ new Map();
  for (const { candidate } of inStall) perLine.set(siteKey(candidate), (perLine.get(siteKey(candidate)) ?? 0) + 1);
  return inStall.filter(({ candidate, latencyMs }) => perLine.get(siteKey(candidate)) >= 2 || latencyMs <= evidence.lateMs || candidate.culprit > 0).map(({ candidate }) => candidate);
}
function fromProfile(from, to, profile, evidence) {
  const { resolver } = evidence;
  const resolved = /* @__PURE__ */ new Map();
  const frameOf = (id) => {
    let frame = resolved.get(id);
    if (!frame) {
      frame = resolver.resolve(profile.frameOf(id));
      resolved.set(id, frame);
    }
    return frame;
  };
  const groups = /* @__PURE__ */ new Map();
  for (let i = firstSampleAt(profile, from); i < profile.samples.length && profile.samples[i].at <= to; i++) {
    const sample = profile.samples[i];
    const frames2 = sample.nodes.map(frameOf);
    const culprit2 = culpritIndex(frames2);
    if (culprit2 === void 0) continue;
    const f = frames2[culprit2];
    const key = `${f.file}|${f.fn}|${f.line}`;
    let group = groups.get(key);
    if (!group) {
      group = { count: 0, self: 0, nodes: /* @__PURE__ */ new Set(), callees: /* @__PURE__ */ new Map(), first: { frames: frames2, culprit: culprit2, via: "profiler", nodes: sample.nodes } };
      groups.set(key, group);
    }
    group.count++;
    group.nodes.add(sample.nodes[culprit2]);
    if (culprit2 === 0) group.self++;
    else {
      const callee2 = frames2[culprit2 - 1].fn;
      if (callee2) group.callees.set(callee2, (group.callees.get(callee2) ?? 0) + 1);
    }
  }
  const best = [...groups.values()].sort((a, b) => b.count - a.count)[0];
  if (!best) return void 0;
  const { frames, culprit } = best.first;
  const fnFrame = frames[culprit];
  const callee = best.self * 2 >= best.count ? void 0 : [...best.callees.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const line = callee && findCallLine(fnFrame, callee, resolver) || hottestLine(profile, best.nodes, fnFrame, evidence);
  const located = { ...fnFrame, line: line ?? fnFrame.line };
  delete located.column;
  return { frames: frames.map((f, i) => i === culprit ? located : f), culprit, via: "profiler" };
}
function hottestLine(profile, nodes, fnFrame, evidence) {
  const ticks = /* @__PURE__ */ new Map();
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
function findCallLine(fnFrame, callee, resolver) {
  const count = resolver.lineCount(fnFrame);
  if (count === void 0) return void 0;
  const name = callee.replace(/^[gs]et /, "");
  const call = new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*\\(`);
  for (let line = fnFrame.line; line <= Math.min(count, fnFrame.line + CALL_SEARCH_LINES); line++) {
    const text = resolver.sourceLine({ ...fnFrame, line });
    if (text && call.test(text)) return line;
  }
  return void 0;
}
function siteKey(c) {
  const f = c.frames[c.culprit];
  return `${f.file}:${f.line}`;
}
function sameFunction(a, b) {
  const x = a.frames[a.culprit];
  const y = b.frames[b.culprit];
  return x.file === y.file && x.fn === y.fn;
}
function majority(items, key) {
  const counts = /* @__PURE__ */ new Map();
  for (const item of items) {
    const k = key(item);
    const entry = counts.get(k) ?? { item, n: 0 };
    entry.n++;
    counts.set(k, entry);
  }
  return [...counts.values()].sort((a, b) => b.n - a.n)[0]?.item;
}
function toSite(c, resolver) {
  const f = c.frames[c.culprit];
  const source = resolver.sourceLine(f);
  return {
    file: f.file,
    line: f.line,
    ...f.column !== void 0 && { column: f.column },
    ...f.fn && { function: f.fn },
    ...c.api && { api: c.api },
    ...source && { source },
    stack: shortStack(c.frames, c.culprit),
    via: c.via
  };
}

// src/execute/node/blocking/gc.ts
import { PerformanceObserver } from "node:perf_hooks";
function watchGc() {
  const pauses = [];
  const add = (entries) => {
    for (const e of entries) {
      const from = performance.timeOrigin + e.startTime;
      pauses.push({ from, to: from + e.duration });
    }
  };
  const observer = new PerformanceObserver((list) => add(list.getEntries()));
  observer.observe({ entryTypes: ["gc"] });
  return {
    stop() {
      add(observer.takeRecords());
      observer.disconnect();
      return pauses;
    }
  };
}
function gcTimeWithin(pauses, from, to) {
  let total = 0;
  for (const p of pauses) total += overlapMs(p.from, p.to, from, to);
  return total;
}

// src/execute/node/blocking/assemble.ts
var GC_SHARE = 0.5;
var MAX_STALLS = 5e3;
function assembleStalls(o) {
  const { blockMs, windowStart, samples, evidence, profile } = o;
  const inWindow = (gaps2) => gaps2.filter((g) => g.to - Math.max(g.from, windowStart) >= blockMs).map((g) => ({ from: Math.max(g.from, windowStart), to: g.to }));
  const callbacks = inWindow(o.callbackGaps);
  const starved = inWindow(o.starvedGaps).filter((g) => coveredBy(g, callbacks) < 0.5 * (g.to - g.from));
  const gaps = [...callbacks.map((g) => ({ ...g, starvation: false })), ...starved.map((g) => ({ ...g, starvation: true }))].sort((a, b) => a.from - b.from).slice(0, MAX_STALLS);
  const stalls = gaps.flatMap((g) => {
    const durationMs = g.to - g.from;
    const enablingMs = o.enabling ? overlapMs(o.enabling.from, o.enabling.to, g.from, g.to) : 0;
    const pausedMs = pausedWithin(samples, g.from, g.to) + enablingMs;
    const gcMs = gcTimeWithin(o.gcPauses, g.from, g.to);
    let site = evidence && attributeStall(g.from, g.to, samples, evidence);
    let elsewhere;
    const turn = evidence && (g.starvation || !site) ? turnShare(g.from, g.to, site, evidence) : void 0;
    if (turn?.elsewhere) {
      elsewhere = turn.elsewhere.module.slice(0, 200);
      site = void 0;
    } else if (turn && site) site = { ...site, share: turn.share };
    const sched = schedulerWithin(o.cpu, g.from, g.to);
    const sampled = profile && profileWithin(profile, g.from, g.to);
    const gc = gcMs >= GC_SHARE * durationMs || sampled !== void 0 && sampled.samples >= 3 && sampled.gc >= GC_SHARE * sampled.samples;
    const codeMs = sched && (evidence ? sched.runningMs + syncTimeWithin(evidence.calls, g.from, g.to) : durationMs - sched.waitingMs);
    const descheduled = codeMs !== void 0 ? codeMs < blockMs : sampled !== void 0 && sampled.samples * o.profileIntervalMs < blockMs / 2;
    const ownMs = codeMs !== void 0 ? codeMs - enablingMs : durationMs - pausedMs;
    if (!descheduled && enablingMs > 0 && ownMs < blockMs) return [];
    return [{
      loop: o.loop,
      startMs: g.from - windowStart,
      durationMs,
      startEpochMs: g.from,
      ...g.starvation && { starvation: true },
      ...pausedMs > 0 && { pausedMs },
      ...gcMs > 0 && { gcMs },
      ...sched && { cpuMs: sched.runningMs, waitingMs: sched.waitingMs },
      ...gc && { gc: true },
      ...descheduled && { descheduled: true },
      ...site && { site },
      ...elsewhere && { elsewhere }
    }];
  });
  const seen = /* @__PURE__ */ new Set();
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
  return { stalls, ...window && { waitingMs: window.waitingMs } };
}
function coveredBy(gap, stalls) {
  let total = 0;
  for (const s of stalls) total += overlapMs(s.from, s.to, gap.from, gap.to);
  return total;
}
function schedulerWithin(series, from, to) {
  const readings = series.length / 3;
  const at = (time) => {
    let lo = 0;
    let hi = readings;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (series[mid * 3] < time) lo = mid + 1;
      else hi = mid;
    }
    if (lo < readings && series[lo * 3] === time) return [series[lo * 3 + 1], series[lo * 3 + 2]];
    if (lo === 0 || lo === readings) return void 0;
    const [i, j] = [(lo - 1) * 3, lo * 3];
    const t0 = series[i];
    const t1 = series[j];
    const f = t1 === t0 ? 0 : (time - t0) / (t1 - t0);
    return [series[i + 1] + f * (series[j + 1] - series[i + 1]), series[i + 2] + f * (series[j + 2] - series[i + 2])];
  };
  const start = at(from);
  const end = at(to);
  if (!start || !end) return void 0;
  return { runningMs: Math.max(0, end[0] - start[0]), waitingMs: Math.max(0, end[1] - start[1]) };
}
function pausedWithin(samples, from, to) {
  let total = 0;
  for (const s of samples) total += overlapMs(s.at, s.resumedAt, from, to);
  return total;
}
function syncTimeWithin(calls, from, to) {
  let total = 0;
  for (let i = firstCallEndingAfter(calls, from); i < calls.length && calls[i].from < to; i++) {
    total += overlapMs(calls[i].from, calls[i].to, from, to);
  }
  return total;
}

// src/execute/node/blocking/watchdog.ts
import { openSync, readlinkSync, readSync } from "node:fs";
import { MessageChannel, receiveMessageOnPort, threadId, Worker, isMainThread } from "node:worker_threads";

// src/execute/runtime-files.ts
import { existsSync } from "node:fs";
import path3 from "node:path";
import { fileURLToPath as fileURLToPath4 } from "node:url";
function runtimeFile(name, from = import.meta.url) {
  let dir = path3.dirname(fileURLToPath4(from));
  for (; ; ) {
    for (const candidate of [path3.join(dir, name), path3.join(dir, "dist", name)]) {
      if (existsSync(candidate)) return candidate;
    }
    const parent = path3.dirname(dir);
    if (parent === dir) throw new Error(`runtime file ${name} not found next to ${fileURLToPath4(from)}; run npm run build`);
    dir = parent;
  }
}

// src/execute/node/blocking/watchdog.ts
var COLLECT_TIMEOUT_MS = 1e3;
var threadFile;
function watchdogThreadFile() {
  return threadFile ??= runtimeFile("watchdog.js");
}
function startWatchdog(memory, options) {
  const { port1, port2 } = new MessageChannel();
  const triggerMs = options.blockMs / 2;
  const workerData2 = {
    buffer: memory.buffer,
    port: port2,
    blockMs: options.blockMs,
    pollMs: Math.max(1, Math.min(10, Math.floor(options.blockMs / 4))),
    triggerMs,
    beatMs: options.beatMs,
    sampleFrames: options.sampleFrames,
    loopIsMain: isMainThread,
    loopThreadId: threadId,
    schedstat: options.schedstat
  };
  const worker = new Worker(watchdogThreadFile(), {
    workerData: workerData2,
    transferList: [port2],
    stdout: false,
    stderr: false
  });
  worker.unref();
  worker.on("error", () => {
  });
  return {
    collect() {
      Atomics.store(memory.ints, STOP, 1);
      options.wait(memory.ints, ACK, 0, COLLECT_TIMEOUT_MS);
      const message = receiveMessageOnPort(port1)?.message;
      port1.close();
      void worker.terminate();
      return message;
    }
  };
}
function threadSchedstat() {
  try {
    return `/proc/${readlinkSync("/proc/thread-self")}/schedstat`;
  } catch {
    return void 0;
  }
}
function schedstatReader(file) {
  if (!file) return void 0;
  let fd;
  try {
    fd = openSync(file, "r");
  } catch {
    return void 0;
  }
  const buffer = Buffer.alloc(96);
  return () => {
    try {
      const n = readSync(fd, buffer, 0, buffer.length, 0);
      const [running, waiting] = buffer.toString("latin1", 0, n).split(" ");
      return [Number(running) / 1e6, Number(waiting) / 1e6];
    } catch {
      return void 0;
    }
  };
}

// src/execute/node/blocking/probe.ts
var PROFILE_INTERVAL_US = 2e3;
function blockingProbe(loop, spec, runnerFiles) {
  if (spec.detectBlocking === false || spec.runtime !== "node") return void 0;
  const blockMs = spec.blockMs;
  const attribute = spec.attributeBlocking !== false;
  const schedstat = threadSchedstat();
  const heartbeat = startHeartbeat(blockMs, Math.max(1, Math.min(10, Math.floor(blockMs / 4))), schedstatReader(schedstat));
  const watchdog = startWatchdog(heartbeat.memory, {
    blockMs,
    beatMs: heartbeat.intervalMs,
    sampleFrames: attribute,
    wait: realAtomicsWait,
    ...schedstat && { schedstat }
  });
  const gc = watchGc();
  const profiler = attribute ? startCpuProfile(PROFILE_INTERVAL_US) : void 0;
  let calls;
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
        callbackGaps: [...watched?.stalls ?? [], ...heartbeat.missed],
        starvedGaps: heartbeat.starved,
        samples: watched?.samples ?? [],
        ...watched?.enabling && { enabling: watched.enabling },
        cpu: mergeReadings(heartbeat.early, watched?.cpu ?? []),
        gcPauses: gc.stop(),
        profileIntervalMs: PROFILE_INTERVAL_US / 1e3,
        ...profile && { profile },
        ...attribute && {
          evidence: { calls: syncCalls, ...profile && { profile }, resolver: frameResolver(spec.root, runnerFiles), lateMs: Math.max(5, blockMs / 2) }
        }
      });
    }
  };
}
function mergeReadings(a, b) {
  const triples = [];
  for (const flat of [a, b]) for (let i = 0; i + 2 < flat.length; i += 3) triples.push([flat[i], flat[i + 1], flat[i + 2]]);
  return Float64Array.from(triples.sort((x, y) => x[0] - y[0]).flat());
}

// src/execute/node/blocking/register.ts
installSyncHooks();
process.setSourceMapsEnabled(true);
var runnerFile = fileURLToPath5(import.meta.url);
registerProbe((loop, spec) => blockingProbe(loop, spec, [runnerFile]));

// src/execute/node/trial-main.ts
import { readFileSync as readFileSync2, writeFileSync } from "node:fs";
import { isMainThread as isMainThread2, parentPort, workerData } from "node:worker_threads";

// src/execute/failed-trial.ts
function failedTrial(spec, status, error, startupMs = 0) {
  const zero = { p50: 0, p90: 0, p99: 0, max: 0, mean: 0 };
  return {
    status,
    message: error.message,
    ops: 0,
    errors: 0,
    wallMs: 0,
    throughput: 0,
    latencyMs: zero,
    loopDelayMs: { p50: 0, p99: 0, max: 0 },
    loops: [],
    cpu: { userMs: 0, systemMs: 0, perOpUs: 0 },
    memory: { baselineRssMb: 0, peakRssMb: 0, perInFlightKb: 0 },
    startupMs,
    poolSize: spec.poolSize,
    inFlightPerWorker: spec.inFlightPerWorker,
    firstError: error
  };
}

// src/execute/node/combine.ts
function combineReports(spec, reports, context) {
  const histogram = new Histogram();
  for (const r of reports) histogram.merge(r.histogram);
  const ops = sum(reports.map((r) => r.ops));
  const errors = sum(reports.map((r) => r.errors));
  const errorKinds = mergeErrorKinds(reports.map((r) => r.errorKinds ?? []));
  const wallMs = Math.max(...reports.map((r) => r.endEpochMs)) - Math.min(...reports.map((r) => r.startEpochMs));
  const cpu = context.cpu ?? {
    user: sum(reports.map((r) => r.cpu?.user ?? 0)),
    system: sum(reports.map((r) => r.cpu?.system ?? 0))
  };
  const loops = reports.map((r) => r.loopStats);
  const firstError = reports.find((r) => r.firstError)?.firstError;
  const stalls = reports.flatMap((r) => r.stalls ?? []);
  const waiting = reports.filter((r) => r.waitingMs !== void 0);
  const nothing = ops > 0 ? void 0 : errors > 0 ? `every operation failed: ${firstError?.message ?? "unknown error"}` : "no operation completed in the measured window: an operation outlasts the trial duration; raise duration";
  return {
    status: nothing ? "error" : "ok",
    ...nothing && { message: nothing },
    ops,
    errors,
    ...errorKinds.length > 0 && { errorKinds },
    wallMs,
    throughput: wallMs > 0 ? ops / (wallMs / 1e3) : 0,
    latencyMs: histogram.percentiles(),
    loopDelayMs: {
      p50: Math.max(0, ...loops.map((l) => l.delayMs.p50)),
      p99: Math.max(0, ...loops.map((l) => l.delayMs.p99)),
      max: Math.max(0, ...loops.map((l) => l.delayMs.max))
    },
    loops,
    cpu: {
      userMs: cpu.user / 1e3,
      systemMs: cpu.system / 1e3,
      perOpUs: ops > 0 ? (cpu.user + cpu.system) / ops : 0,
      ...waiting.length === reports.length && { waitingMs: sum(waiting.map((r) => r.waitingMs)) }
    },
    memory: {
      baselineRssMb: context.baselineRssKb / 1024,
      peakRssMb: context.peakRssKb / 1024,
      perInFlightKb: Math.max(0, context.peakRssKb - context.baselineRssKb) / spec.concurrency
    },
    startupMs: context.startupMs,
    poolSize: spec.poolSize,
    inFlightPerWorker: spec.inFlightPerWorker,
    ...firstError && { firstError },
    ...stalls.length > 0 && { stalls }
  };
}
function sum(values) {
  return values.reduce((a, b) => a + b, 0);
}

// src/execute/node/pool.ts
import { fork } from "node:child_process";
import { fileURLToPath as fileURLToPath6 } from "node:url";
import { Worker as Worker2 } from "node:worker_threads";

// src/execute/crash.ts
var OUTPUT_TAIL = 4e3;
var OUT_OF_MEMORY = /heap out of memory|Reached heap limit|ERR_WORKER_OUT_OF_MEMORY|reaching memory limit|\bMemoryError\b/;
function outputTail() {
  let kept = "";
  return {
    add: (chunk) => {
      kept = (kept + chunk.toString()).slice(-OUTPUT_TAIL);
    },
    text: () => kept.trim()
  };
}
function describeCrash(process2, code, signal, output = "") {
  const text = output.trim().slice(-OUTPUT_TAIL);
  return {
    process: process2,
    ...signal ? { signal } : code !== null && { exitCode: code },
    ...OUT_OF_MEMORY.test(text) && { outOfMemory: true },
    ...text && { output: text }
  };
}
function crashWords(who, crash) {
  const how = crash.signal ?? (crash.exitCode !== void 0 ? `code ${crash.exitCode}` : "no exit status");
  const memory = crash.outOfMemory ? `ran out of memory (${memoryReason(crash.output ?? "")}) and ` : "";
  return `${who} ${memory}exited with ${how}`;
}
function memoryReason(output) {
  if (/heap out of memory/.test(output)) return "JavaScript heap out of memory";
  if (/ERR_WORKER_OUT_OF_MEMORY|reaching memory limit/.test(output)) return "worker memory limit reached";
  if (/\bMemoryError\b/.test(output)) return "MemoryError";
  return "heap limit reached";
}

// src/execute/node/pool.ts
var MemberError = class extends Error {
  constructor(message, stack_, crashed = false, crash) {
    super(message);
    this.stack_ = stack_;
    this.crashed = crashed;
    this.crash = crash;
  }
  stack_;
  crashed;
  crash;
};
async function startPool(spec, entry) {
  const members = spec.inFlightPerWorker.map((inFlight, worker) => {
    const member = spec.model === "threads" ? workerMember(entry, worker) : childMember(entry, worker);
    return { member, worker, inFlight };
  });
  const stopAll = () => members.forEach(({ member }) => member.stop());
  const replies = members.map(({ member }) => collect(member));
  members.forEach(({ member, worker, inFlight }) => member.send({ type: "start", spec, worker, inFlight }));
  try {
    await Promise.all(replies.map((r) => r.next("ready")));
  } catch (error) {
    stopAll();
    throw error;
  }
  return {
    async go() {
      members.forEach(({ member }) => member.send({ type: "go" }));
      const reports = await Promise.all(replies.map((r) => r.next("report")));
      return reports.map((m) => m.report);
    },
    stop: stopAll
  };
}
function collect(member) {
  const queue = [];
  let waiting;
  let dead;
  const settle = () => {
    if (!waiting) return;
    const message = queue.shift();
    if (message) {
      const w = waiting;
      waiting = void 0;
      if (message.type === "failed") w.reject(new MemberError(message.error.message, message.error.stack));
      else if (message.type !== w.want) w.reject(new MemberError(`unexpected ${message.type} from pool member`));
      else w.resolve(message);
    } else if (dead) {
      const w = waiting;
      waiting = void 0;
      w.reject(dead);
    }
  };
  member.onMessage((m) => {
    queue.push(m);
    settle();
  });
  member.onDeath((reason, crash) => {
    dead ??= new MemberError(reason, crash?.output, true, crash);
    settle();
  });
  return {
    next: (want) => new Promise((resolve, reject) => {
      waiting = { want, resolve, reject };
      settle();
    })
  };
}
function workerMember(entry, index) {
  const worker = new Worker2(new URL(entry, "file://"), { workerData: { role: "member" } });
  let stopped = false;
  return {
    send: (m) => worker.postMessage(m),
    onMessage: (h) => worker.on("message", h),
    onDeath: (h) => {
      worker.on("error", (e) => {
        const text = e instanceof Error ? e.stack ?? e.message : String(e);
        const crash = describeCrash(`worker ${index}`, null, null, text);
        h(crash.outOfMemory ? `worker thread ran out of memory: ${text}` : `worker thread crashed: ${text}`, crash);
      });
      worker.on("exit", (code) => !stopped && h(`worker thread exited with code ${code}`));
    },
    stop: () => {
      stopped = true;
      void worker.terminate();
    }
  };
}
var CHILD_OUTPUT_GRACE_MS = 500;
function childMember(entry, index) {
  const child = fork(fileURLToPath6(new URL(entry, "file://")), ["--member"], {
    serialization: "advanced",
    stdio: ["ignore", "inherit", "pipe", "ipc"]
  });
  const output = outputTail();
  child.stderr.on("data", (chunk) => {
    output.add(chunk);
    process.stderr.write(chunk);
  });
  let stopped = false;
  return {
    send: (m) => child.send(m),
    onMessage: (h) => child.on("message", h),
    onDeath: (h) => {
      child.on("error", (e) => h(`child process failed: ${e.message}`));
      let told = false;
      const tell = (code, signal) => {
        if (stopped || told) return;
        told = true;
        const crash = describeCrash(`child ${index}`, code, signal, output.text());
        h(crashWords("child process", crash), crash);
      };
      child.on("exit", (code, signal) => setTimeout(() => tell(code, signal), CHILD_OUTPUT_GRACE_MS).unref());
      child.on("close", tell);
    },
    stop: () => {
      stopped = true;
      child.kill("SIGKILL");
    }
  };
}

// src/execute/node/trial-main.ts
async function main() {
  if (!isMainThread2 && workerData?.role === "member") {
    serveMember((m) => parentPort.postMessage(m), (h) => parentPort.on("message", h), false);
  } else if (process.argv.includes("--member")) {
    serveMember((m) => process.send(m), (h) => process.on("message", h), true);
    process.on("disconnect", () => process.exit(0));
  } else {
    const [specFile, outFile] = process.argv.slice(2);
    if (!specFile || !outFile) {
      console.error("usage: trial.js SPEC.json OUT.json");
      process.exit(2);
    }
    const spec = JSON.parse(readFileSync2(specFile, "utf8"));
    const result = await runTrial(spec, import.meta.url);
    writeFileSync(outFile, JSON.stringify(result));
    process.exit(0);
  }
}
async function runTrial(spec, entry) {
  const keepAlive = setInterval(() => {
  }, 1 << 30);
  const baselineRssKb = process.memoryUsage.rss() / 1024;
  const begin = performance.now();
  try {
    if (spec.model === "async") {
      const member = await prepareMember(spec, 0, spec.concurrency, "main");
      const startupMs = performance.now() - begin;
      const report = await driveMember(spec, member, true);
      return combineReports(spec, [report], { startupMs, baselineRssKb, peakRssKb: process.resourceUsage().maxRSS });
    }
    const pool = await startPool(spec, entry);
    try {
      const startupMs = performance.now() - begin;
      let cpuStart;
      const warm = setTimeout(() => cpuStart = process.cpuUsage(), spec.warmupMs);
      const reports = await pool.go();
      clearTimeout(warm);
      if (spec.model === "threads") {
        const cpu = process.cpuUsage(cpuStart);
        return combineReports(spec, reports, { startupMs, baselineRssKb, peakRssKb: process.resourceUsage().maxRSS, cpu });
      }
      const childrenPeak = reports.reduce((sum2, r) => sum2 + (r.peakRssKb ?? 0), 0);
      return combineReports(spec, reports, { startupMs, baselineRssKb, peakRssKb: childrenPeak + process.memoryUsage.rss() / 1024 });
    } finally {
      pool.stop();
    }
  } catch (error) {
    return failure(spec, error, performance.now() - begin);
  } finally {
    clearInterval(keepAlive);
  }
}
function failure(spec, error, startupMs) {
  const described = error instanceof MemberError ? { message: error.message, ...error.stack_ && { stack: error.stack_ } } : describeError(error);
  const crashed = error instanceof MemberError && error.crashed;
  const result = failedTrial(spec, crashed ? "crashed" : "error", described, startupMs);
  return error instanceof MemberError && error.crash ? { ...result, crash: error.crash } : result;
}
function serveMember(send, listen, ownsProcess) {
  let prepared;
  let spec;
  listen((message) => {
    void (async () => {
      try {
        if (message.type === "start") {
          spec = message.spec;
          const loop = `${spec.model === "threads" ? "worker" : "child"} ${message.worker}`;
          prepared = await prepareMember(spec, message.worker, message.inFlight, loop);
          send({ type: "ready" });
        } else if (message.type === "go" && prepared && spec) {
          send({ type: "report", report: await driveMember(spec, prepared, ownsProcess) });
        }
      } catch (error) {
        send({ type: "failed", error: describeError(error) });
      }
    })();
  });
}

// src/trial.ts
process.on("unhandledRejection", (reason) => {
  console.error("concurrency-guard trial: unhandled rejection:", reason);
  process.exitCode = 1;
});
await main();
