import type { CellComparison, Comparison, MetricComparison } from "../compare/types.js";
import { formatPercent } from "./number-format.js";
import { teethNote } from "./teeth-text.js";

/** Why a cell was not compared, in words; undefined for a compared cell. */
export function cellNote(cell: CellComparison): string | undefined {
  switch (cell.status) {
    case "compared":
      return undefined;
    case "new":
      return cell.baselineUnusable ? "the baseline has no usable trial for this cell" : "not in the baseline";
    case "missing":
      return "in the baseline but not in the current run";
    case "broken": {
      const f = cell.failure;
      return `no usable trial in the current run${f ? ` (${f.status ? `${f.status}: ` : ""}${f.message})` : ""}`;
    }
  }
}

/** Why a metric's verdict is inconclusive or its change was computed differently; undefined when nothing needs saying. */
export function metricNote(m: MetricComparison): string | undefined {
  if (m.baseline.n === 0 || m.current.n === 0) return "no values to compare";
  if (m.scale === null) return "baseline median is not positive, so no relative change can be given";
  if (m.scale === "linear") return "values include zero or less: change is relative to the baseline median";
  if (m.verdict !== "inconclusive") return undefined;
  return m.minDetectableChange === null
    ? "too few trials to detect any change at this alpha"
    : `too noisy to tell; the smallest change this data could flag is ${formatPercent(m.minDetectableChange).replace("+", "")}`;
}

/** The environment mismatch and what it does to the gate; undefined when the machines match. */
export function environmentNote(c: Comparison): string | undefined {
  const env = c.environment;
  if (env.match) return undefined;
  return (
    `environment differs from the baseline (${env.differences.join("; ")}): ` +
    (env.timingGated ? "timing is still gated (gateAcrossEnvironments: true)" : "throughput and p99 are reported but not gated")
  );
}

/** What the two runs did not have in common: nothing compared at all, baseline cells left out. */
export function coverageNotes(c: Comparison): string[] {
  const notes: string[] = [];
  if (!c.cells.some((cell) => cell.status === "compared")) notes.push("no cell was measured by both runs: nothing was compared");
  const missing = c.cells.filter((cell) => cell.status === "missing").length;
  if (missing > 0) notes.push(`${missing} baseline cell(s) not in the current run`);
  return notes;
}

/**
 * How the baseline was measured and what that lets the gate see: side by side, drift cancels; a
 * stored baseline, each gated metric allows for the drift between runs, from the store's history
 * or (too little of it) the default. Undefined for a stored comparison made without drift modelling.
 */
export function modeNote(c: Comparison): string | undefined {
  if (c.mode === "side-by-side") {
    return "compared side by side: the base and this code were measured in one run, their trials taking turns, so drift between runs cancels";
  }
  const drifts = c.cells.flatMap((cell) => cell.metrics.flatMap((m) => (m.drift ? [{ metric: m.metric, ...m.drift }] : [])));
  if (drifts.length === 0) return undefined;
  const fitted = drifts.filter((d) => d.source === "history");
  const defaults = [...new Map(drifts.filter((d) => d.source === "default").map((d) => [d.metric, d.sigma])).entries()];
  const parts: string[] = [];
  if (fitted.length > 0) {
    const sigmas = fitted.map((d) => d.sigma);
    parts.push(`runs drift ${driftText(Math.min(...sigmas))} to ${driftText(Math.max(...sigmas))} by cell, estimated from up to ${Math.max(...fitted.map((d) => d.runs))} stored baselines on this hardware`);
  }
  if (defaults.length > 0) {
    const which = fitted.length > 0 ? "cells with fewer stored baselines" : `fewer than 5 stored baselines on this hardware (${c.driftHistory ?? 0})`;
    parts.push(`${which}: the default allowance of ${defaults.map(([metric, sigma]) => `${driftText(sigma)} for ${metric}`).join(", ")}`);
  }
  return `compared with a stored baseline measured by another run: each gated metric allows for the drift between runs (${parts.join("; ")}); side by side (against: base-commit, run --against) needs no such allowance and sees smaller changes`;
}

/** A drift as the report shows it: ±4.1%. */
export function driftText(sigma: number): string {
  return `±${formatPercent(sigma).replace("+", "")}`;
}

/**
 * Every note on a comparison, environment first; with `teeth`, its missing teeth before all (the
 * `notes` of the comparison JSON; the text and markdown put that one under their headline instead).
 */
export function comparisonNotes(c: Comparison, options: { teeth?: boolean } = {}): string[] {
  const teeth = options.teeth ? teethNote(c) : undefined;
  const env = environmentNote(c);
  const mode = modeNote(c);
  return [...(teeth ? [teeth] : []), ...(env ? [env] : []), ...coverageNotes(c), ...(mode ? [mode] : [])];
}
