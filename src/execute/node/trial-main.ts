import { readFileSync, writeFileSync } from "node:fs";
import { isMainThread, parentPort, workerData } from "node:worker_threads";
import { failedTrial, type TrialOutcome } from "../failed-trial.js";
import type { TrialSpec } from "../trial-spec.js";
import { combineReports } from "./combine.js";
import { describeError } from "./drive.js";
import { driveMember, prepareMember, type PreparedMember } from "./member.js";
import { MemberError, startPool, type FromMember, type ToMember } from "./pool.js";

/**
 * The program a trial runs in: a fresh process per trial. As the trial's main thread it runs the
 * async model itself or starts a pool; the same file is the pool's worker thread and child process.
 */
export async function main(): Promise<void> {
  if (!isMainThread && (workerData as { role?: string } | null)?.role === "member") {
    serveMember((m) => parentPort!.postMessage(m), (h) => parentPort!.on("message", h), false);
  } else if (process.argv.includes("--member")) {
    serveMember((m) => process.send!(m), (h) => process.on("message", h as (m: unknown) => void), true);
    process.on("disconnect", () => process.exit(0));
  } else {
    const [specFile, outFile] = process.argv.slice(2);
    if (!specFile || !outFile) {
      console.error("usage: trial.js SPEC.json OUT.json");
      process.exit(2);
    }
    const spec = JSON.parse(readFileSync(specFile, "utf8")) as TrialSpec;
    const result = await runTrial(spec, import.meta.url);
    writeFileSync(outFile, JSON.stringify(result));
    process.exit(0);
  }
}

/** Runs one trial of one cell in this process; never throws: failures become the result. */
export async function runTrial(spec: TrialSpec, entry: string): Promise<TrialOutcome> {
  // A scenario whose operations never settle must not let the process exit early: the runner's timeout reports it.
  const keepAlive = setInterval(() => {}, 1 << 30);
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
      let cpuStart: NodeJS.CpuUsage | undefined;
      const warm = setTimeout(() => (cpuStart = process.cpuUsage()), spec.warmupMs);
      const reports = await pool.go();
      clearTimeout(warm);
      if (spec.model === "threads") {
        const cpu = process.cpuUsage(cpuStart);
        return combineReports(spec, reports, { startupMs, baselineRssKb, peakRssKb: process.resourceUsage().maxRSS, cpu });
      }
      const childrenPeak = reports.reduce((sum, r) => sum + (r.peakRssKb ?? 0), 0);
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

function failure(spec: TrialSpec, error: unknown, startupMs: number): TrialOutcome {
  const described = error instanceof MemberError ? { message: error.message, ...(error.stack_ && { stack: error.stack_ }) } : describeError(error);
  const crashed = error instanceof MemberError && error.crashed;
  const result = failedTrial(spec, crashed ? "crashed" : "error", described, startupMs);
  return error instanceof MemberError && error.crash ? { ...result, crash: error.crash } : result;
}

/** A pool member: waits for `start` (import + setup), then `go` (warm-up + measure + teardown). */
function serveMember(send: (m: FromMember) => void, listen: (h: (m: ToMember) => void) => void, ownsProcess: boolean): void {
  let prepared: PreparedMember | undefined;
  let spec: TrialSpec | undefined;
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
