import { mergeErrorKinds } from "../error-kinds.js";
import type { TrialResult } from "../types.js";
import { Histogram } from "../histogram.js";
import type { TrialSpec } from "../trial-spec.js";
import type { MemberReport } from "./member.js";

export interface TrialContext {
  startupMs: number;
  baselineRssKb: number;
  peakRssKb: number;
  /** CPU of the whole trial process over the window (us), where members do not own their process. */
  cpu?: { user: number; system: number };
}

/**
 * Merges the pool's reports into one trial result: pooled histogram, summed ops, one wall window,
 * error kinds summed by kind. Throughput and latency are completed operations only.
 */
export function combineReports(spec: TrialSpec, reports: MemberReport[], context: TrialContext): Omit<TrialResult, "index" | "order"> {
  const histogram = new Histogram();
  for (const r of reports) histogram.merge(r.histogram);
  const ops = sum(reports.map((r) => r.ops));
  const errors = sum(reports.map((r) => r.errors));
  const errorKinds = mergeErrorKinds(reports.map((r) => r.errorKinds ?? []));
  const wallMs = Math.max(...reports.map((r) => r.endEpochMs)) - Math.min(...reports.map((r) => r.startEpochMs));
  const cpu = context.cpu ?? {
    user: sum(reports.map((r) => r.cpu?.user ?? 0)),
    system: sum(reports.map((r) => r.cpu?.system ?? 0)),
  };
  const loops = reports.map((r) => r.loopStats);
  const firstError = reports.find((r) => r.firstError)?.firstError;
  const stalls = reports.flatMap((r) => r.stalls ?? []);
  const waiting = reports.filter((r) => r.waitingMs !== undefined);
  // A trial without a completed operation measured nothing: its zero throughput is no data point.
  const nothing =
    ops > 0 ? undefined
      : errors > 0 ? `every operation failed: ${firstError?.message ?? "unknown error"}`
        : "no operation completed in the measured window: an operation outlasts the trial duration; raise duration";
  return {
    status: nothing ? "error" : "ok",
    ...(nothing && { message: nothing }),
    ops,
    errors,
    ...(errorKinds.length > 0 && { errorKinds }),
    wallMs,
    throughput: wallMs > 0 ? ops / (wallMs / 1000) : 0,
    latencyMs: histogram.percentiles(),
    loopDelayMs: {
      p50: Math.max(0, ...loops.map((l) => l.delayMs.p50)),
      p99: Math.max(0, ...loops.map((l) => l.delayMs.p99)),
      max: Math.max(0, ...loops.map((l) => l.delayMs.max)),
    },
    loops,
    cpu: {
      userMs: cpu.user / 1000,
      systemMs: cpu.system / 1000,
      perOpUs: ops > 0 ? (cpu.user + cpu.system) / ops : 0,
      ...(waiting.length === reports.length && { waitingMs: sum(waiting.map((r) => r.waitingMs!)) }),
    },
    memory: {
      baselineRssMb: context.baselineRssKb / 1024,
      peakRssMb: context.peakRssKb / 1024,
      perInFlightKb: Math.max(0, context.peakRssKb - context.baselineRssKb) / spec.concurrency,
    },
    startupMs: context.startupMs,
    poolSize: spec.poolSize,
    inFlightPerWorker: spec.inFlightPerWorker,
    ...(firstError && { firstError }),
    ...(stalls.length > 0 && { stalls }),
  };
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
