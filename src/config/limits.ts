import { formatPath } from "./validate.js";
import { parseDuration } from "./duration.js";
import type { PoolSpec, ScenarioConfig } from "./types.js";

/**
 * The largest settings a run accepts. Past them a run cannot work (Node's timers overflow above
 * 2^31-1 ms, 24.8 days, and fire at once; a machine cannot start 100,000 threads) or is a typo that
 * would hold a runner for hours, so the config is refused before any trial starts.
 */
export const LIMITS = {
  /** Measured window and warm-up of one trial. */
  durationMs: 60 * 60_000,
  /** A trial's timeout: a GitHub-hosted job's own limit, far under Node's timer maximum. */
  timeoutMs: 6 * 60 * 60_000,
  /** Stall threshold: a loop blocked for a minute is already broken. */
  blockMs: 60_000,
  /** Operations in flight at one level: the async model holds them as promises on one loop. */
  concurrency: 100_000,
  /** Pool members per trial: each thread is an isolate (~10 MB), each process a runtime (~40 MB). */
  pool: { threads: 4096, processes: 1024 },
} as const;

type DurationField = "duration" | "warmup" | "timeout" | "block";
const DURATION_FIELDS: { field: DurationField; maxMs: number; zero: boolean }[] = [
  { field: "duration", maxMs: LIMITS.durationMs, zero: false },
  { field: "warmup", maxMs: LIMITS.durationMs, zero: true },
  { field: "timeout", maxMs: LIMITS.timeoutMs, zero: false },
  { field: "block", maxMs: LIMITS.blockMs, zero: false },
];

/** `1h (60m)`: the limit in the largest whole unit, and as the config can write it. */
export function limitText(ms: number): string {
  const minutes = ms / 60_000;
  return minutes >= 60 && minutes % 60 === 0 ? `${minutes / 60}h (${minutes}m)` : `${minutes}m`;
}

/** A duration's problem against its cap, as the expected form, or undefined when it is within. */
export function durationProblem(ms: number, maxMs: number, zeroAllowed: boolean): string | undefined {
  if (ms <= maxMs && (zeroAllowed || ms > 0)) return undefined;
  return `a duration ${zeroAllowed ? "of" : "above 0 and"} at most ${limitText(maxMs)}`;
}

/** Durations past their caps, named where they were written (`defaults.timeout`, `scenarios[2].block`). */
export function durationProblems(where: (string | number)[], raw: Partial<Record<DurationField, string>>, shown: string): string[] {
  const problems: string[] = [];
  for (const { field, maxMs, zero } of DURATION_FIELDS) {
    const text = raw[field];
    const ms = text === undefined ? undefined : parseDuration(text);
    const expected = ms === undefined ? undefined : durationProblem(ms, maxMs, zero);
    if (expected) problems.push(`${shown}: ${formatPath([...where, field])}: expected ${expected}, got ${JSON.stringify(text)}`);
  }
  return problems;
}

/**
 * Pools larger than a machine can start, at the levels that ask for them. Named where the pool size
 * was written (the scenario's or the defaults' `pool.threads`), else the scenario's `concurrency`
 * (a default of one member per operation in flight). `size(spec, level)` is the plan's own sizing.
 */
export function poolProblems(
  scenario: ScenarioConfig,
  i: number,
  written: { scenario: boolean; defaults: boolean },
  model: "threads" | "processes",
  spec: PoolSpec,
  size: (spec: PoolSpec, concurrency: number) => number,
  shown: string,
): string[] {
  if (!scenario.models.includes(model)) return [];
  const cap = LIMITS.pool[model];
  const level = scenario.concurrency.find((c) => size(spec, c) > cap);
  if (level === undefined) return [];
  const where = written.scenario ? ["scenarios", i, "pool", model] : written.defaults ? ["defaults", "pool", model] : ["scenarios", i, "concurrency"];
  const got = typeof spec === "number" ? String(spec) : `${JSON.stringify(spec)} = ${size(spec, level)}`;
  const members = model === "threads" ? "worker threads" : "child processes";
  return [`${shown}: ${formatPath(where)}: expected at most ${cap} ${members} per trial, got ${got} (at concurrency ${level})`];
}
