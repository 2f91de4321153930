import type { TrialResult, TrialStatus } from "./types.js";
import type { TrialSpec } from "./trial-spec.js";

export type TrialOutcome = Omit<TrialResult, "index" | "order">;

/** A trial that produced no measurement: zeros everywhere, with the reason kept. */
export function failedTrial(
  spec: Pick<TrialSpec, "poolSize" | "inFlightPerWorker">,
  status: TrialStatus,
  error: { message: string; stack?: string },
  startupMs = 0,
): TrialOutcome {
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
    firstError: error,
  };
}
