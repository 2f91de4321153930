import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);

// src/execute/node/blocking/watchdog-thread.ts
import { openSync, readSync } from "node:fs";
import { Session } from "node:inspector";
import { workerData } from "node:worker_threads";

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
function heartbeatViews(buffer2) {
  return { ints: new Int32Array(buffer2, 0, INT_SLOTS), floats: new Float64Array(buffer2, INT_SLOTS * 4, FLOAT_SLOTS) };
}

// src/execute/node/blocking/watchdog-thread.ts
var { buffer, port, blockMs, pollMs, triggerMs, beatMs, sampleFrames, loopIsMain, loopThreadId, schedstat } = workerData;
var { ints, floats } = heartbeatViews(buffer);
var now = () => performance.timeOrigin + performance.now();
var PENDING_LIMIT_MS = 1e3;
var stalls = [];
var samples = [];
var watching = false;
var pending = null;
var resuming = false;
var resumingSince = 0;
var lastSample = 0;
var gapSamples = 0;
var wasStarving = false;
var sampler = null;
var enableDebugger = null;
var enabling;
var enabled = () => {
  if (enabling) enabling.to = now();
};
var resumeLoop = () => {
};
var finished = false;
var scriptUrls = /* @__PURE__ */ new Map();
function onScriptParsed(params) {
  if (params.url) scriptUrls.set(params.scriptId, params.url);
}
function framesOf(callFrames) {
  return callFrames.slice(0, 48).map((f) => ({
    url: f.url || scriptUrls.get(f.location.scriptId) || "",
    line: f.location.lineNumber + 1,
    column: f.location.columnNumber + 1,
    fn: f.functionName || ""
  }));
}
function onPaused(params) {
  const at = now();
  const requestedAt = pending;
  pending = null;
  const sample = { requestedAt, at, resumedAt: at, frames: requestedAt === null ? [] : framesOf(params.callFrames) };
  resumeLoop(() => sample.resumedAt = now());
  lastSample = at;
  samples.push(sample);
  if (finished) finish();
}
function requestSample(t, pauser) {
  pending = t;
  lastSample = t;
  gapSamples++;
  pauser.pause();
}
function mainThreadSampler() {
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
  enableDebugger = () => session.post("Debugger.enable", {}, (error) => {
    enabled();
    if (!error) sampler = { pause: () => session.post("Debugger.pause") };
  });
}
function workerSampler() {
  const session = new Session();
  session.connectToMainThread();
  let target;
  let nextId = 1;
  const replies = /* @__PURE__ */ new Map();
  const send = (method, params, reply) => {
    const id = nextId++;
    if (reply) replies.set(id, reply);
    session.post("NodeWorker.sendMessageToWorker", { sessionId: target, message: JSON.stringify({ id, method, params: params || {} }) });
  };
  session.on("NodeWorker.attachedToWorker", ({ params }) => {
    if (target === void 0 && params.workerInfo.title.startsWith("[worker " + loopThreadId + "]")) {
      target = params.sessionId;
      resumeLoop = (onResumed) => {
        resuming = true;
        resumingSince = now();
        send("Debugger.resume", {}, () => {
          resuming = false;
          onResumed();
        });
      };
      enableDebugger = () => send("Debugger.enable", {}, (message) => {
        enabled();
        if (!message.error) sampler = { pause: () => send("Debugger.pause") };
      });
    } else {
      session.post("NodeWorker.detach", { sessionId: params.sessionId });
    }
  });
  session.on("NodeWorker.receivedMessageFromWorker", ({ params }) => {
    if (params.sessionId !== target) return;
    const message = JSON.parse(params.message);
    if (message.id !== void 0) {
      const reply = replies.get(message.id);
      replies.delete(message.id);
      if (reply) reply(message);
    } else if (message.method === "Debugger.paused") {
      onPaused(message.params);
    } else if (message.method === "Debugger.scriptParsed") {
      onScriptParsed(message.params);
    }
  });
  session.post("NodeWorker.enable", { waitForDebuggerOnStart: false });
}
var cpu = new Float64Array(3 * 1024);
var cpuLength = 0;
var cpuFd = -1;
var cpuBuffer = Buffer.alloc(96);
if (schedstat) {
  try {
    cpuFd = openSync(schedstat, "r");
  } catch {
    cpuFd = -1;
  }
}
function field(n, index) {
  let value = 0;
  let at = 0;
  for (let i = 0; i < n; i++) {
    const c = cpuBuffer[i];
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
function readCpu(t) {
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
var CROWDED_WINDOW_MS = 100;
function crowded(t) {
  const n = cpuLength;
  if (n < 6) return false;
  let i = n - 3;
  while (i >= 3 && t - cpu[i] < CROWDED_WINDOW_MS) i -= 3;
  const span = cpu[n - 3] - cpu[i];
  return span > 0 && (cpu[n - 1] - cpu[i + 2]) / span > 0.5;
}
function settle() {
  if (watching && Atomics.load(ints, WATCH) === 0) {
    const from = floats[RESUME_FROM];
    const to = floats[RESUME_AT];
    if (to - from >= blockMs) stalls.push({ from, to });
    watching = false;
  }
}
function poll() {
  if (finished) return;
  const t = now();
  readCpu(t);
  settle();
  if (!watching && t - floats[BEAT] > triggerMs) {
    watching = true;
    gapSamples = 0;
    Atomics.store(ints, WATCH, 1);
  }
  const starving = t - floats[TIMER_BEAT] - beatMs > triggerMs;
  if (starving && !wasStarving && !watching) gapSamples = 0;
  wasStarving = starving;
  const stalledFor = Math.max(watching ? t - floats[BEAT] : 0, starving ? t - floats[TIMER_BEAT] - beatMs : 0);
  const period = gapSamples < 2 ? triggerMs : 4 * triggerMs;
  if (pending !== null && t - pending > PENDING_LIMIT_MS) {
    pending = null;
    resumeLoop(() => {
    });
  }
  if (resuming && t - resumingSince > PENDING_LIMIT_MS) resuming = false;
  const stalled = stalledFor >= blockMs;
  if (stalled && enableDebugger && !crowded(t)) {
    enabling = { from: t, to: Infinity };
    enableDebugger();
    enableDebugger = null;
  }
  const due = stalled && t - lastSample >= period;
  if (due && sampler && pending === null && !resuming && !crowded(t)) requestSample(t, sampler);
  if (Atomics.load(ints, STOP) === 1) {
    finished = true;
    if (pending !== null || resuming) setTimeout(finish, 50);
    else finish();
  }
}
var done = false;
function finish() {
  if (done) return;
  done = true;
  clearInterval(timer);
  readCpu(now());
  settle();
  const report = { stalls, samples, sampling: sampler !== null, cpu: cpu.slice(0, cpuLength), ...enabling && { enabling } };
  port.postMessage(report);
  Atomics.store(ints, ACK, 1);
  Atomics.notify(ints, ACK);
}
var timer = setInterval(poll, pollMs);
if (sampleFrames) {
  try {
    if (loopIsMain) mainThreadSampler();
    else workerSampler();
  } catch {
    sampler = null;
  }
}
