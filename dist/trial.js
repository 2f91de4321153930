import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);

// src/execute/node/trial-main.ts
import { readFileSync, writeFileSync } from "node:fs";
import { isMainThread, parentPort, workerData } from "node:worker_threads";

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

// src/execute/node/combine.ts
function combineReports(spec, reports, context) {
  const histogram = new Histogram();
  for (const r of reports) histogram.merge(r.histogram);
  const ops = sum(reports.map((r) => r.ops));
  const errors = sum(reports.map((r) => r.errors));
  const wallMs = Math.max(...reports.map((r) => r.endEpochMs)) - Math.min(...reports.map((r) => r.startEpochMs));
  const cpu = context.cpu ?? {
    user: sum(reports.map((r) => r.cpu?.user ?? 0)),
    system: sum(reports.map((r) => r.cpu?.system ?? 0))
  };
  const loops = reports.map((r) => r.loopStats);
  const firstError = reports.find((r) => r.firstError)?.firstError;
  const stalls = reports.flatMap((r) => r.stalls ?? []);
  return {
    status: ops === 0 && errors > 0 ? "error" : "ok",
    ...ops === 0 && errors > 0 && { message: `every operation failed: ${firstError?.message ?? "unknown error"}` },
    ops,
    errors,
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
      perOpUs: ops > 0 ? (cpu.user + cpu.system) / ops : 0
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

// src/execute/node/drive.ts
import { setImmediate as yieldToLoop } from "node:timers/promises";
async function drive(run, state, options) {
  const now = options.now ?? (() => performance.now());
  const histogram = new Histogram();
  const begin = now();
  const measureStart = begin + options.warmupMs;
  const end = measureStart + options.durationMs;
  let ops = 0;
  let errors = 0;
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
        const result = run(state);
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
    histogram,
    startEpochMs: origin + measureStart,
    endEpochMs: origin + Math.max(lastFinish, measureStart),
    ...firstError && { firstError }
  };
}
function describeError(error) {
  if (error instanceof Error) return { message: error.message || error.name, ...error.stack && { stack: error.stack } };
  return { message: String(error) };
}

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
import path from "node:path";
import { pathToFileURL } from "node:url";
var TS_EXTENSIONS = [".ts", ".mts", ".cts"];
function nodeStripsTypes(version = process.versions.node) {
  const [major = 0, minor = 0] = version.split(".").map(Number);
  return major >= 24 || major === 23 && minor >= 6 || major === 22 && minor >= 18;
}
async function loadScenarioModule(file) {
  if (TS_EXTENSIONS.includes(path.extname(file)) && !nodeStripsTypes()) {
    throw new Error(
      `${path.basename(file)}: TypeScript scenarios need a Node that strips types (22.18+ or 24); this is Node ${process.versions.node}. Use Node 24 (actions/setup-node with node-version: 24), or compile the scenario to .mjs.`
    );
  }
  const mod = await import(pathToFileURL(file).href);
  const exports = (typeof mod.run === "function" ? mod : mod.default) ?? mod;
  if (typeof exports.run !== "function") {
    throw new Error(`${path.basename(file)}: expected an exported function run(state), found exports: ${Object.keys(mod).join(", ") || "none"}`);
  }
  for (const name of ["setup", "teardown"]) {
    if (exports[name] !== void 0 && typeof exports[name] !== "function") {
      throw new Error(`${path.basename(file)}: expected ${name} to be a function, got ${typeof exports[name]}`);
    }
  }
  return exports;
}

// src/execute/node/member.ts
var probeFactories = [];
async function prepareMember(spec, worker, inFlight, loop) {
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
  return { loop, mod, state, inFlight };
}
async function driveMember(spec, member, ownsProcess) {
  const probes = probeFactories.map((f) => f(member.loop, spec)).filter((p) => p !== void 0);
  let stopStats;
  let cpuStart;
  const result = await drive(member.mod.run, member.state, {
    inFlight: member.inFlight,
    warmupMs: spec.warmupMs,
    durationMs: spec.durationMs,
    onMeasureStart: () => {
      stopStats = startLoopStats(member.loop);
      if (ownsProcess) cpuStart = process.cpuUsage();
      for (const probe of probes) probe.start();
    }
  });
  const cpu = cpuStart ? process.cpuUsage(cpuStart) : void 0;
  const loopStats = stopStats();
  const extra = Object.assign({}, ...probes.map((p) => p.stop()));
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

// src/execute/node/pool.ts
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
var MemberError = class extends Error {
  constructor(message, stack_, crashed = false) {
    super(message);
    this.stack_ = stack_;
    this.crashed = crashed;
  }
  stack_;
  crashed;
};
async function startPool(spec, entry) {
  const members = spec.inFlightPerWorker.map((inFlight, worker) => {
    const member = spec.model === "threads" ? workerMember(entry) : childMember(entry);
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
  member.onDeath((reason) => {
    dead ??= new MemberError(reason, void 0, true);
    settle();
  });
  return {
    next: (want) => new Promise((resolve, reject) => {
      waiting = { want, resolve, reject };
      settle();
    })
  };
}
function workerMember(entry) {
  const worker = new Worker(new URL(entry, "file://"), { workerData: { role: "member" } });
  let stopped = false;
  return {
    send: (m) => worker.postMessage(m),
    onMessage: (h) => worker.on("message", h),
    onDeath: (h) => {
      worker.on("error", (e) => h(`worker thread crashed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`));
      worker.on("exit", (code) => !stopped && h(`worker thread exited with code ${code}`));
    },
    stop: () => {
      stopped = true;
      void worker.terminate();
    }
  };
}
function childMember(entry) {
  const child = fork(fileURLToPath(new URL(entry, "file://")), ["--member"], {
    serialization: "advanced",
    stdio: ["ignore", "inherit", "inherit", "ipc"]
  });
  let stopped = false;
  return {
    send: (m) => child.send(m),
    onMessage: (h) => child.on("message", h),
    onDeath: (h) => {
      child.on("error", (e) => h(`child process failed: ${e.message}`));
      child.on("exit", (code, signal) => !stopped && h(`child process exited with ${signal ?? `code ${code}`}`));
    },
    stop: () => {
      stopped = true;
      child.kill("SIGKILL");
    }
  };
}

// src/execute/node/trial-main.ts
async function main() {
  if (!isMainThread && workerData?.role === "member") {
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
    const spec = JSON.parse(readFileSync(specFile, "utf8"));
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
  return failedTrial(spec, crashed ? "crashed" : "error", described, startupMs);
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
