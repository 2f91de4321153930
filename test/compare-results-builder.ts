// Builds ResultsFile objects for compare, budget and CLI tests (inputs, not mocks), with seeded noise.
import type { Model } from "../src/config/types.js";
import type { CellResult, ResultsFile, Stall, TrialResult } from "../src/results/types.js";

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

export interface TrialValues {
  throughput: number;
  p99: number;
  loopMax?: number;
  cpuPerOpUs?: number;
  memKb?: number;
  stalls?: Stall[];
  status?: TrialResult["status"];
}

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
    loops: [],
    cpu: { userMs: 500, systemMs: 50, perOpUs: v.cpuPerOpUs ?? 100 },
    memory: { baselineRssMb: 40, peakRssMb: 45, perInFlightKb: v.memKb ?? 12 },
    startupMs: 20,
    poolSize: 1,
    inFlightPerWorker: [1],
    ...(v.stalls ? { stalls: v.stalls } : {}),
  };
}

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
  const id = `${spec.scenario}/${spec.model}/${spec.concurrency}`;
  return {
    id,
    scenario: spec.scenario,
    runtime: "node",
    kind: "cpu",
    model: spec.model,
    concurrency: spec.concurrency,
    poolSize: 1,
    inFlightPerWorker: [spec.concurrency],
    trials,
  };
}

export function results(
  cells: CellResult[],
  options: { fingerprint?: string; cpuModel?: string; sha?: string; config?: unknown } = {},
): ResultsFile {
  return {
    schema: "concurrency-guard/results@1",
    tool: { name: "concurrency-guard", version: "0.1.0" },
    createdAt: "2025-01-01T00:00:00.000Z",
    env: {
      os: "linux",
      arch: "x64",
      cpus: 2,
      cpuModel: options.cpuModel ?? "Test CPU",
      memoryMb: 4096,
      node: "v20.0.0",
      fingerprint: options.fingerprint ?? "fp-test",
    },
    git: { sha: options.sha ?? "a".repeat(40), ref: "refs/heads/main" },
    config: options.config ?? {},
    cells,
  };
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
