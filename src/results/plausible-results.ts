import type { ResultsFile } from "./types.js";
import { InputError } from "../shared/input-error.js";

/** Above these a number is not a measurement but garbage (or an attempt to make every change look small). */
const MAX_RATE = 1e10;
const MAX_MS = 1e9;
const MAX_AMOUNT = 1e13;

type Limit = number;
/** Numeric fields of a trial and the most each may plausibly be; checked when present. */
const TRIAL_FIELDS: readonly [string, Limit][] = [
  ["ops", MAX_AMOUNT],
  ["errors", MAX_AMOUNT],
  ["wallMs", MAX_MS],
  ["throughput", MAX_RATE],
  ["latencyMs.p50", MAX_MS],
  ["latencyMs.p90", MAX_MS],
  ["latencyMs.p99", MAX_MS],
  ["latencyMs.max", MAX_MS],
  ["latencyMs.mean", MAX_MS],
  ["loopDelayMs.p50", MAX_MS],
  ["loopDelayMs.p99", MAX_MS],
  ["loopDelayMs.max", MAX_MS],
  ["cpu.userMs", MAX_MS],
  ["cpu.systemMs", MAX_MS],
  ["cpu.perOpUs", MAX_MS * 1000],
  ["cpu.waitingMs", MAX_MS],
  ["memory.baselineRssMb", MAX_AMOUNT],
  ["memory.peakRssMb", MAX_AMOUNT],
  ["memory.perInFlightKb", MAX_AMOUNT],
  ["startupMs", MAX_MS],
];
const SUMMARY_FIELDS: readonly [string, Limit][] = [
  ["okTrials", MAX_AMOUNT],
  ["throughput", MAX_RATE],
  ["p50Ms", MAX_MS],
  ["p99Ms", MAX_MS],
  ["loopDelayMaxMs", MAX_MS],
  ["cpuPerOpUs", MAX_MS * 1000],
  ["memPerInFlightKb", MAX_AMOUNT],
  ["cpuShare", MAX_AMOUNT],
  ["errorRate", 1],
];

/**
 * Refuses numbers no measurement can give: negative, infinite, not a number, or past any plausible
 * size. A baseline decides what every later pull request is judged against, so a garbage one must
 * stop the reader (and the writer) with the field named, not turn into a pass. Semantic only: the
 * shape of a results file is the schema's business.
 */
export function assertPlausible(results: ResultsFile, label: string): void {
  const fail = (path: string, expected: string, got: unknown): never => {
    throw new InputError(`${label}: ${path}: expected ${expected}, got ${shown(got)}`);
  };
  const check = (owner: unknown, fields: readonly [string, Limit][], at: string) => {
    for (const [path, limit] of fields) {
      const value = valueAt(owner, path);
      if (value === undefined) continue;
      if (typeof value !== "number" || !Number.isFinite(value) || value < 0) fail(`${at}.${path}`, "a finite number >= 0", value);
      if ((value as number) > limit) fail(`${at}.${path}`, `at most ${limit.toExponential()} (a plausible measurement)`, value);
    }
  };
  const cpus = results.env?.cpus;
  if (!Number.isInteger(cpus) || cpus < 1) fail("env.cpus", "a positive integer", cpus);
  (results.cells ?? []).forEach((cell, i) => {
    const at = `cells[${i}]`;
    if (!Number.isInteger(cell.concurrency) || cell.concurrency < 1) fail(`${at}.concurrency`, "a positive integer", cell.concurrency);
    (cell.trials ?? []).forEach((trial, j) => check(trial, TRIAL_FIELDS, `${at}.trials[${j}]`));
    if (cell.summary !== undefined) check(cell.summary, SUMMARY_FIELDS, `${at}.summary`);
  });
}

function valueAt(owner: unknown, path: string): unknown {
  let current = owner;
  for (const key of path.split(".")) {
    if (typeof current !== "object" || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function shown(value: unknown): string {
  if (typeof value === "number") return Math.abs(value) >= 1e9 ? value.toExponential() : String(value);
  return value === undefined ? "nothing" : (JSON.stringify(value)?.slice(0, 60) ?? String(value));
}
