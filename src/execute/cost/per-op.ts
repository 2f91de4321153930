import type { CostCount } from "./types.js";

/**
 * Native wall time the extra operations of the larger count should take: far more instructions than
 * the noise between repetitions, and a few seconds under valgrind (20-50x slower; more where valgrind
 * hides a CPU feature such as SHA extensions and native code takes its generic path).
 */
export const TARGET_EXTRA_MS = 150;
/**
 * Native wall time the extra operations may take at most: an I/O operation spends little CPU but
 * waits as long under valgrind as natively, so its count is held by its wall time instead.
 */
export const MAX_EXTRA_WALL_MS = 1000;
/** The larger op count is this many times the smaller (100 and 600 in the issue that asked for this). */
export const OPS_RATIO = 6;
const MIN_OPS = 2;
const MAX_OPS = 20_000;
/** valgrind runs a program 20-50x slower; the timeout allows 60x plus start-up, within a cap. */
const SLOWDOWN_ALLOWANCE = 60;
const TIMEOUT_FLOOR_MS = 60_000;
export const TIMEOUT_CAP_MS = 10 * 60_000;

/**
 * The two op counts for an operation that takes `nativeOpMs` of wall time and `nativeOpCpuMs` of
 * CPU natively: enough extra operations for `TARGET_EXTRA_MS` of CPU, within `MAX_EXTRA_WALL_MS` of
 * waiting. The smaller count is on a 1-2-5 grid, so two runs of the same code (each sized by its own
 * timing) almost always count the same ops.
 */
export function chooseOps(nativeOpMs: number, nativeOpCpuMs = nativeOpMs): [number, number] {
  const extra = Math.min(TARGET_EXTRA_MS / Math.max(nativeOpCpuMs, 1e-6), MAX_EXTRA_WALL_MS / Math.max(nativeOpMs, 1e-6));
  const wanted = extra / (OPS_RATIO - 1);
  const small = Math.min(MAX_OPS, Math.max(MIN_OPS, gridFloor(wanted)));
  return [small, small * OPS_RATIO];
}

/** The largest of 1, 2, 5, 10, 20, 50, ... not above `value` (1 for anything smaller). */
export function gridFloor(value: number): number {
  if (!(value >= 1)) return 1;
  const decade = 10 ** Math.floor(Math.log10(value));
  const step = [5, 2, 1].find((m) => m * decade <= value * (1 + 1e-9)) ?? 1;
  return step * decade;
}

/** How long one count may take under valgrind: the native time scaled, with a floor and a cap. */
export function countTimeoutMs(startupMs: number, ops: number, nativeOpMs: number): number {
  return Math.min(TIMEOUT_CAP_MS, TIMEOUT_FLOOR_MS + SLOWDOWN_ALLOWANCE * (startupMs + ops * nativeOpMs));
}

/** Instructions per operation and the spread the repetitions allow; a reason instead when there is no usable figure. */
export type PerOp = { perOp: number; spread: number } | { reason: string };

/**
 * (mean count at the larger op count - mean at the smaller) / the ops between them. Start-up,
 * setup and teardown are in both counts and cancel. The spread is the widest the repetitions let
 * the figure move ((max - min) at each count, added), relative to it: a conservative bound, since
 * two repetitions say little about a count that depends on timing.
 */
export function perOpFigure(small: CostCount, large: CostCount): PerOp {
  const extraOps = large.ops - small.ops;
  if (extraOps <= 0 || small.instructions.length === 0 || large.instructions.length === 0) return { reason: "no two op counts to difference" };
  const perOp = (mean(large.instructions) - mean(small.instructions)) / extraOps;
  if (!(perOp > 0)) {
    return { reason: `instructions did not grow with operations (${small.ops} ops: ${mean(small.instructions)}, ${large.ops} ops: ${mean(large.instructions)}): run does no measurable work` };
  }
  const spread = (range(small.instructions) + range(large.instructions)) / extraOps / perOp;
  return { perOp, spread };
}

function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

function range(values: readonly number[]): number {
  return Math.max(...values) - Math.min(...values);
}
