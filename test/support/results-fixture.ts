// Builds valid results files (inputs, not mocks): seeded noise for compare, budget, store and CLI tests; chosen numbers for report inputs and the constructed baselines the e2e tests compare against.
import type { Model } from "../../src/config/types.js";
import { readEnv } from "../../src/results/env.js";
import { summarizeCell } from "../../src/results/summarize.js";
import { RESULTS_SCHEMA, type CellResult, type EnvInfo, type LoopStats, type ResultsFile, type Stall, type TrialResult } from "../../src/results/types.js";

/** mulberry32: small seeded PRNG so every test draws the same "noise". */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal draw (Box-Muller). */
export function gaussian(random: () => number): number {
  const u = Math.max(random(), 1e-12);
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** `n` values around `center`, spread by ±`spread` (a fraction), deterministic. */
export function around(center: number, n: number, spread = 0.01): number[] {
  return Array.from({ length: n }, (_, i) => center * (1 + spread * (((i * 7) % n) / Math.max(1, n - 1) - 0.5) * 2));
}

export interface TrialValues {
  throughput: number;
  p99: number;
  loopMax?: number;
  cpuPerOpUs?: number;
  /** CPU time of the trial (default 500 ms user, 50 ms system). */
  cpuMs?: { user: number; system: number };
  memKb?: number;
  loops?: LoopStats[];
  stalls?: Stall[];
  status?: TrialResult["status"];
}

/** One trial; a failed one says `trial <status>`. */
export function trial(index: number, v: TrialValues): TrialResult {
  return {
    index,
    order: index,
    status: v.status ?? "ok",
    ...(v.status && v.status !== "ok" ? { message: `trial ${v.status}` } : {}),
    ops: Math.round(v.throughput),
    errors: 0,
    wallMs: 1000,
    throughput: v.throughput,
    latencyMs: { p50: v.p99 / 3, p90: v.p99 / 2, p99: v.p99, max: v.p99 * 1.5, mean: v.p99 / 3 },
    loopDelayMs: { p50: 1, p99: 2, max: v.loopMax ?? 5 },
    loops: v.loops ?? [],
    cpu: { userMs: v.cpuMs?.user ?? 500, systemMs: v.cpuMs?.system ?? 50, perOpUs: v.cpuPerOpUs ?? 100 },
    memory: { baselineRssMb: 40, peakRssMb: 45, perInFlightKb: v.memKb ?? 12 },
    startupMs: 20,
    poolSize: 1,
    inFlightPerWorker: [1],
    ...(v.stalls ? { stalls: v.stalls } : {}),
  };
}

function cellOf(spec: { scenario: string; model: Model; concurrency: number; kind: "io" | "cpu" }, trials: TrialResult[]): CellResult {
  return {
    id: `${spec.scenario}/${spec.model}/${spec.concurrency}`,
    scenario: spec.scenario,
    runtime: "node",
    kind: spec.kind,
    model: spec.model,
    concurrency: spec.concurrency,
    poolSize: 1,
    inFlightPerWorker: [spec.concurrency],
    trials,
  };
}

function resultsFile(cells: CellResult[], options: { env: EnvInfo; createdAt: string; git?: ResultsFile["git"]; config: unknown }): ResultsFile {
  return {
    schema: RESULTS_SCHEMA,
    tool: { name: "concurrency-guard", version: "0.1.0" },
    createdAt: options.createdAt,
    env: options.env,
    ...(options.git && { git: options.git }),
    config: options.config,
    cells,
  };
}

// Seeded noise: a median per cell, lognormal noise per trial.

export interface CellSpec {
  scenario: string;
  model: Model;
  concurrency: number;
  /** Median throughput in ops/s and p99 in ms. */
  throughput: number;
  p99: number;
  /** Relative noise (lognormal sigma) per trial. */
  noise?: number;
  trials?: number;
  /** Multiply throughput by this (0.8 = a 20% slowdown); p99 divides by it. */
  factor?: number;
  stalls?: (trialIndex: number) => Stall[] | undefined;
  status?: (trialIndex: number) => TrialResult["status"];
}

export function cell(spec: CellSpec, random: () => number): CellResult {
  const n = spec.trials ?? 10;
  const noise = spec.noise ?? 0.02;
  const factor = spec.factor ?? 1;
  const trials: TrialResult[] = [];
  for (let i = 0; i < n; i++) {
    const e1 = Math.exp(noise * gaussian(random));
    const e2 = Math.exp(noise * gaussian(random));
    const e3 = Math.exp(noise * gaussian(random));
    const stalls = spec.stalls?.(i);
    trials.push(
      trial(i, {
        throughput: spec.throughput * factor * e1,
        p99: (spec.p99 / factor) * e2,
        cpuPerOpUs: 100 * e3,
        memKb: 12 * e2,
        loopMax: 5 * e1,
        ...(stalls ? { stalls } : {}),
        ...(spec.status ? { status: spec.status(i) } : {}),
      }),
    );
  }
  return cellOf({ ...spec, kind: "cpu" }, trials);
}

/** A results file of a fixed test machine, commit `aaaa...` unless `sha` says otherwise. */
export function results(
  cells: CellResult[],
  options: { fingerprint?: string; cpuModel?: string; sha?: string; config?: unknown } = {},
): ResultsFile {
  return resultsFile(cells, {
    env: {
      os: "linux",
      arch: "x64",
      cpus: 2,
      cpuModel: options.cpuModel ?? "Test CPU",
      memoryMb: 4096,
      node: "v20.0.0",
      fingerprint: options.fingerprint ?? "fp-test",
    },
    createdAt: "2025-01-01T00:00:00.000Z",
    git: { sha: options.sha ?? "a".repeat(40), ref: "refs/heads/main" },
    config: options.config ?? {},
  });
}

/** The 18-cell grid of a default run: 2 scenarios x 3 models x 3 levels. */
export function grid(): Omit<CellSpec, "noise" | "trials" | "factor">[] {
  const out: Omit<CellSpec, "noise" | "trials" | "factor">[] = [];
  for (const scenario of ["io-read", "cpu-hash"]) {
    for (const model of ["async", "threads", "processes"] as const) {
      for (const concurrency of [1, 8, 64]) {
        out.push({ scenario, model, concurrency, throughput: 1000 * concurrency, p99: 10 + concurrency });
      }
    }
  }
  return out;
}

// Chosen numbers: one throughput per trial, medians summarized as `measure` writes them.

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

function fixtureCell(spec: FixtureCell): CellResult {
  const p99 = spec.p99 ?? 10;
  const trials = spec.throughput.map((throughput, i) => {
    const stalls = spec.stalls?.(i);
    return trial(i, {
      throughput,
      p99,
      cpuPerOpUs: 110_000 / Math.max(1, throughput),
      cpuMs: { user: 100, system: 10 },
      loops: [{ loop: "main", delayMs: { p50: 1, p99: 2, max: 5 }, utilization: 0.3 }],
      ...(stalls && { stalls }),
      ...(spec.status && { status: spec.status }),
    });
  });
  const cell: CellResult = { ...cellOf({ ...spec, kind: spec.kind ?? "io" }, trials), ...(spec.error && { error: spec.error }) };
  const summary = summarizeCell(cell);
  if (summary) cell.summary = summary;
  return cell;
}

/**
 * A results file as `measure` writes it. `env` defaults to this machine's, so a constructed
 * baseline has the same fingerprint as a real run here and its timing is gated.
 */
export function fixtureResults(cells: FixtureCell[], options: { sha?: string; ref?: string; env?: EnvInfo; createdAt?: string; config?: unknown } = {}): ResultsFile {
  return resultsFile(cells.map(fixtureCell), {
    env: options.env ?? readEnv(),
    createdAt: options.createdAt ?? "2026-01-02T03:04:05.000Z",
    ...(options.sha && { git: { sha: options.sha, ...(options.ref && { ref: options.ref }) } }),
    config: options.config ?? { compare: { alpha: 0.01, thresholds: { throughput: 0.05, p99: 0.1 }, gateAcrossEnvironments: false }, scenarios: [] },
  });
}
