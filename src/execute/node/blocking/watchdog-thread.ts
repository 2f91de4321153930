/**
 * The watchdog thread's program, bundled on its own as `dist/watchdog.js` and started by
 * watchdog.ts, one per loop. It polls the loop's heartbeat from outside the loop and claims each
 * gap that goes stale (the loop then stamps the gap's true end). While a gap lasts, or while the
 * loop's timer is overdue, it can pause the loop through the inspector to read the JS stack that
 * is running (a "frame sample") and resume it at once. It reads the heartbeat through layout.ts,
 * as the loop writes it, and imports nothing else that runs.
 */
import { openSync, readSync } from "node:fs";
import { Session, type Debugger } from "node:inspector";
import { workerData } from "node:worker_threads";
import { ACK, BEAT, heartbeatViews, RESUME_AT, RESUME_FROM, STOP, TIMER_BEAT, UP, WATCH } from "./layout.js";
import type { FrameSample, RawFrame, WatchdogData, WatchedStall, WatchReport } from "./watchdog.js";

const { buffer, port, blockMs, pollMs, triggerMs, beatMs, sampleFrames, loopIsMain, loopThreadId, schedstat } = workerData as WatchdogData;
const { ints, floats } = heartbeatViews(buffer);
// The same clock as the loop's epochNow (heartbeat.ts).
const now = (): number => performance.timeOrigin + performance.now();
const PENDING_LIMIT_MS = 1000;

type Resume = (onResumed: () => void) => void;
interface Sampler {
  pause(): void;
}
/** A protocol message relayed from a worker's isolate: a reply (id) or an event (method). */
interface WorkerMessage {
  id?: number;
  method?: string;
  params?: unknown;
  error?: unknown;
}

const stalls: WatchedStall[] = [];
const samples: FrameSample[] = [];
let watching = false;
let pending: number | null = null;
// A pause asked for while the last one has not been resumed yet would be swallowed by it.
let resuming = false;
let resumingSince = 0;
let lastSample = 0;
let gapSamples = 0;
let wasStarving = false;
let sampler: Sampler | null = null;
// The debugger is enabled at the loop's first stall, not before: an enabled debugger costs a loop
// that never stalls a few percent of its throughput, and such a loop needs no stack read.
let enableDebugger: (() => void) | null = null;
// When the debugger was asked to enable and when it answered: enabling makes the loop's own
// thread describe every loaded script (tens of ms on a slow machine), the detector's work, not the code's.
let enabling: { from: number; to: number } | undefined;
const enabled = (): void => {
  if (enabling) enabling.to = now();
};
let resumeLoop: Resume = () => {};
let finished = false;
// Paused frames name their script by id only; scriptParsed events (sent for every script on
// Debugger.enable, then for each new one) give the url.
const scriptUrls = new Map<string, string>();
function onScriptParsed(params: Debugger.ScriptParsedEventDataType): void {
  if (params.url) scriptUrls.set(params.scriptId, params.url);
}

function framesOf(callFrames: Debugger.CallFrame[]): RawFrame[] {
  return callFrames.slice(0, 48).map((f) => ({
    url: f.url || scriptUrls.get(f.location.scriptId) || "",
    line: f.location.lineNumber + 1,
    column: f.location.columnNumber! + 1,
    fn: f.functionName || "",
  }));
}

function onPaused(params: Debugger.PausedEventDataType): void {
  const at = now();
  const requestedAt = pending;
  pending = null;
  // Every pause is timed, so the loop's report can say how much of a stall the detector's own
  // pauses took (a pause that landed late, given up on by then, included).
  const sample: FrameSample = { requestedAt, at, resumedAt: at, frames: requestedAt === null ? [] : framesOf(params.callFrames) };
  resumeLoop(() => (sample.resumedAt = now()));
  lastSample = at;
  samples.push(sample);
  if (finished) finish();
}

function requestSample(t: number, pauser: Sampler): void {
  pending = t;
  lastSample = t;
  gapSamples++;
  pauser.pause();
}

function mainThreadSampler(): void {
  const session = new Session();
  session.connectToMainThread();
  resumeLoop = (onResumed) => {
    resuming = true;
    resumingSince = now();
    session.post("Debugger.resume", {}, () => {
      resuming = false;
      onResumed();
    });
  };
  session.on("Debugger.scriptParsed", (m) => onScriptParsed(m.params));
  session.on("Debugger.paused", (m) => onPaused(m.params));
  enableDebugger = () =>
    session.post("Debugger.enable", {}, (error) => {
      enabled();
      if (!error) sampler = { pause: () => session.post("Debugger.pause") };
    });
}

// A worker's isolate is reached through the main thread's NodeWorker domain, which relays
// protocol messages to it; the main thread only waits on the pool meanwhile.
function workerSampler(): void {
  const session = new Session();
  session.connectToMainThread();
  let target: string | undefined;
  let nextId = 1;
  const replies = new Map<number, (message: WorkerMessage) => void>();
  // Only called once attached, so target is set.
  const send = (method: string, params?: object, reply?: (message: WorkerMessage) => void): void => {
    const id = nextId++;
    if (reply) replies.set(id, reply);
    session.post("NodeWorker.sendMessageToWorker", { sessionId: target!, message: JSON.stringify({ id, method, params: params || {} }) });
  };
  session.on("NodeWorker.attachedToWorker", ({ params }) => {
    // Titled "[worker N]" by Node 20, "[worker N] name" by later ones; N is the thread id.
    if (target === undefined && params.workerInfo.title.startsWith("[worker " + loopThreadId + "]")) {
      target = params.sessionId;
      resumeLoop = (onResumed) => {
        resuming = true;
        resumingSince = now();
        send("Debugger.resume", {}, () => {
          resuming = false;
          onResumed();
        });
      };
      enableDebugger = () =>
        send("Debugger.enable", {}, (message) => {
          enabled();
          if (!message.error) sampler = { pause: () => send("Debugger.pause") };
        });
    } else {
      session.post("NodeWorker.detach", { sessionId: params.sessionId });
    }
  });
  session.on("NodeWorker.receivedMessageFromWorker", ({ params }) => {
    if (params.sessionId !== target) return;
    const message = JSON.parse(params.message) as WorkerMessage;
    if (message.id !== undefined) {
      const reply = replies.get(message.id);
      replies.delete(message.id);
      if (reply) reply(message);
    } else if (message.method === "Debugger.paused") {
      onPaused(message.params as Debugger.PausedEventDataType);
    } else if (message.method === "Debugger.scriptParsed") {
      onScriptParsed(message.params as Debugger.ScriptParsedEventDataType);
    }
  });
  session.post("NodeWorker.enable", { waitForDebuggerOnStart: false });
}

// The loop thread's scheduler counters (Linux): nanoseconds on a CPU and waiting for one. Read
// with pread on one open descriptor and parsed in place: a poll allocates nothing, so the
// watchdog's own collector stays quiet.
let cpu = new Float64Array(3 * 1024);
let cpuLength = 0;
let cpuFd = -1;
const cpuBuffer = Buffer.alloc(96);
if (schedstat) {
  try {
    cpuFd = openSync(schedstat, "r");
  } catch {
    cpuFd = -1;
  }
}
function field(n: number, index: number): number {
  let value = 0;
  let at = 0;
  for (let i = 0; i < n; i++) {
    const c = cpuBuffer[i]!;
    if (c === 32) {
      if (at === index) return value;
      at++;
      value = 0;
    } else if (c >= 48 && c <= 57) {
      value = value * 10 + (c - 48);
    }
  }
  return value;
}
function readCpu(t: number): void {
  if (cpuFd < 0) return;
  try {
    const n = readSync(cpuFd, cpuBuffer, 0, cpuBuffer.length, 0);
    if (cpuLength + 3 > cpu.length) {
      const grown = new Float64Array(cpu.length * 2);
      grown.set(cpu);
      cpu = grown;
    }
    cpu[cpuLength++] = t;
    cpu[cpuLength++] = field(n, 0) / 1e6;
    cpu[cpuLength++] = field(n, 1) / 1e6;
    Atomics.store(ints, UP, 1);
  } catch {
    cpuFd = -1;
  }
}

// On a machine so busy that the loop's thread mostly waits for a CPU, the watchdog waits too,
// and a pause would last until it gets one to send the resume: no frame samples then (the CPU
// profile still attributes).
const CROWDED_WINDOW_MS = 100;
function crowded(t: number): boolean {
  const n = cpuLength;
  if (n < 6) return false;
  let i = n - 3;
  while (i >= 3 && t - cpu[i]! < CROWDED_WINDOW_MS) i -= 3;
  const span = cpu[n - 3]! - cpu[i]!;
  return span > 0 && (cpu[n - 1]! - cpu[i + 2]!) / span > 0.5;
}

function settle(): void {
  if (watching && Atomics.load(ints, WATCH) === 0) {
    const from = floats[RESUME_FROM]!;
    const to = floats[RESUME_AT]!;
    if (to - from >= blockMs) stalls.push({ from, to });
    watching = false;
  }
}

function poll(): void {
  if (finished) return;
  const t = now();
  readCpu(t);
  settle();
  if (!watching && t - floats[BEAT]! > triggerMs) {
    watching = true;
    gapSamples = 0;
    Atomics.store(ints, WATCH, 1);
  }
  const starving = t - floats[TIMER_BEAT]! - beatMs > triggerMs;
  if (starving && !wasStarving && !watching) gapSamples = 0;
  wasStarving = starving;
  // Samples only once the gap is a stall already, so a pause can lengthen a stall but never make
  // one; then two early in it (two that agree make a line certain), then sparse ones: every pause
  // adds to the stall, a fraction of a millisecond on an idle machine.
  const stalledFor = Math.max(watching ? t - floats[BEAT]! : 0, starving ? t - floats[TIMER_BEAT]! - beatMs : 0);
  const period = gapSamples < 2 ? triggerMs : 4 * triggerMs;
  // A pause that never landed (the loop went idle and stayed so) is given up after a while; a
  // resume is sent anyway, in case the pause did land and its event went astray.
  if (pending !== null && t - pending > PENDING_LIMIT_MS) {
    pending = null;
    resumeLoop(() => {});
  }
  if (resuming && t - resumingSince > PENDING_LIMIT_MS) resuming = false;
  const stalled = stalledFor >= blockMs;
  // Not while the loop's thread mostly waits for a CPU: no sample would be taken then anyway, and
  // a stall the machine made must not become one the detector lengthens.
  if (stalled && enableDebugger && !crowded(t)) {
    enabling = { from: t, to: Infinity };
    enableDebugger();
    enableDebugger = null;
  }
  const due = stalled && t - lastSample >= period;
  if (due && sampler && pending === null && !resuming && !crowded(t)) requestSample(t, sampler);
  if (Atomics.load(ints, STOP) === 1) {
    finished = true;
    // A pause still in flight lands first, so the loop is never left paused behind our back.
    if (pending !== null || resuming) setTimeout(finish, 50);
    else finish();
  }
}

let done = false;
function finish(): void {
  if (done) return;
  done = true;
  clearInterval(timer);
  readCpu(now());
  settle();
  const report: WatchReport = { stalls, samples, sampling: sampler !== null, cpu: cpu.slice(0, cpuLength), ...(enabling && { enabling }) };
  port.postMessage(report);
  Atomics.store(ints, ACK, 1);
  Atomics.notify(ints, ACK);
}

const timer = setInterval(poll, pollMs);
if (sampleFrames) {
  try {
    if (loopIsMain) mainThreadSampler();
    else workerSampler();
  } catch {
    sampler = null;
  }
}
