// Builds valid results files with chosen numbers: report inputs and the constructed baselines the e2e tests compare against.
import type { Model } from "../../src/config/types.js";
import { readEnv } from "../../src/results/env.js";
import { summarizeCell } from "../../src/results/summarize.js";
import { RESULTS_SCHEMA, type CellResult, type EnvInfo, type ResultsFile, type Stall, type TrialResult } from "../../src/results/types.js";

export interface FixtureCell {
  scenario: string;
  model: Model;
  concurrency: number;
  /** One throughput per trial (ops/s); the trial count follows. */
  throughput: number[];
  p99?: number;
  kind?: "io" | "cpu";
  /** Stalls of each trial, by trial index. */
  stalls?: (index: number) => Stall[] | undefined;
  status?: TrialResult["status"];
  error?: string;
}

export function fixtureTrial(index: number, throughput: number, p99: number, stalls?: Stall[], status: TrialResult["status"] = "ok"): TrialResult {
  return {
    index,
    order: index,
    status,
    ops: Math.round(throughput),
    errors: 0,
    wallMs: 1000,
    throughput,
    latencyMs: { p50: p99 / 3, p90: p99 / 2, p99, max: p99 * 1.5, mean: p99 / 3 },
    loopDelayMs: { p50: 1, p99: 2, max: 5 },
    loops: [{ loop: "main", delayMs: { p50: 1, p99: 2, max: 5 }, utilization: 0.3 }],
    cpu: { userMs: 100, systemMs: 10, perOpUs: 110_000 / Math.max(1, throughput) },
    memory: { baselineRssMb: 40, peakRssMb: 45, perInFlightKb: 12 },
    startupMs: 20,
    poolSize: 1,
    inFlightPerWorker: [1],
    ...(stalls && { stalls }),
  };
}

export function fixtureCell(spec: FixtureCell): CellResult {
  const p99 = spec.p99 ?? 10;
  const cell: CellResult = {
    id: `${spec.scenario}/${spec.model}/${spec.concurrency}`,
    scenario: spec.scenario,
    runtime: "node",
    kind: spec.kind ?? "io",
    model: spec.model,
    concurrency: spec.concurrency,
    poolSize: 1,
    inFlightPerWorker: [spec.concurrency],
    trials: spec.throughput.map((t, i) => fixtureTrial(i, t, p99, spec.stalls?.(i), spec.status)),
    ...(spec.error && { error: spec.error }),
  };
  const summary = summarizeCell(cell);
  if (summary) cell.summary = summary;
  return cell;
}

/**
 * A results file as `measure` writes it. `env` defaults to this machine's, so a constructed
 * baseline has the same fingerprint as a real run here and its timing is gated.
 */
export function fixtureResults(cells: FixtureCell[], options: { sha?: string; ref?: string; env?: EnvInfo; createdAt?: string; config?: unknown } = {}): ResultsFile {
  return {
    schema: RESULTS_SCHEMA,
    tool: { name: "concurrency-guard", version: "0.1.0" },
    createdAt: options.createdAt ?? "2026-01-02T03:04:05.000Z",
    env: options.env ?? readEnv(),
    ...(options.sha && { git: { sha: options.sha, ...(options.ref && { ref: options.ref }) } }),
    config: options.config ?? { compare: { alpha: 0.01, thresholds: { throughput: 0.05, p99: 0.1 }, gateAcrossEnvironments: false }, scenarios: [] },
    cells: cells.map(fixtureCell),
  };
}

/** `n` values around `center`, spread by ±`spread` (a fraction), deterministic. */
export function around(center: number, n: number, spread = 0.01): number[] {
  return Array.from({ length: n }, (_, i) => center * (1 + spread * (((i * 7) % n) / Math.max(1, n - 1) - 0.5) * 2));
}
