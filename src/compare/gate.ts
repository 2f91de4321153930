import type { BudgetResult, Comparison } from "./types.js";
import { findingText, groupFindings } from "../report/blocking-sites.js";

/** The classes of findings a user can choose to fail the step on (`fail-on`). */
export type FailOn = "regression" | "blocking" | "budget";
export const FAIL_ON: readonly FailOn[] = ["regression", "blocking", "budget"];

/** What the action decided, with the counts the outputs and the headline show. */
export interface GateResult {
  verdict: "pass" | "fail" | "no-baseline";
  /** Gated metric regressions plus cells that broke (measured in the baseline, no usable trial now). */
  regressions: number;
  /** New blocking sites (distinct file:line, however many cells showed each) that count against the gate. */
  blocking: number;
  /** Budgets broken in the current run. */
  budgets: number;
  /** One line per finding that failed the step. */
  failedBecause: string[];
  /** Findings that would fail the gate but whose class is not in `fail-on`. */
  ignored: string[];
  failOn: FailOn[];
}

/**
 * Turns a comparison (or, without a baseline, the current run's absolute budgets) into the step's
 * verdict. The comparison's own verdict counts every class; the action lets users leave classes
 * out of the gate (`fail-on: regression`) and still see them reported. Without a baseline the
 * step does not fail for lack of one, but an absolute budget (`p99: <= 20ms`) needs no baseline and
 * still fails it.
 */
export function evaluateGate(comparison: Comparison | undefined, budgets: BudgetResult[], failOn: readonly FailOn[]): GateResult {
  const findings: { kind: FailOn; message: string }[] = [];
  let regressions = 0;
  let blocking = 0;
  if (comparison) {
    for (const cell of comparison.cells) {
      if (cell.status === "broken") {
        regressions++;
        findings.push({ kind: "regression", message: `${cell.id}: ${cell.note ?? "no usable trial in the current run"}` });
      }
      for (const m of cell.metrics) {
        if (!m.gated || m.verdict !== "regression") continue;
        regressions++;
        findings.push({ kind: "regression", message: regressionMessage(cell.id, m) });
      }
    }
    for (const site of groupFindings(comparison.blocking)) {
      if (!site.gated) continue;
      blocking++;
      findings.push({ kind: "blocking", message: findingText(site) });
    }
  }
  const broken = budgets.filter((b) => b.status === "fail");
  for (const b of broken) findings.push({ kind: "budget", message: b.message });
  const failedBecause = findings.filter((f) => failOn.includes(f.kind)).map((f) => f.message);
  const ignored = findings.filter((f) => !failOn.includes(f.kind)).map((f) => f.message);
  const verdict = failedBecause.length > 0 ? "fail" : comparison ? "pass" : "no-baseline";
  return { verdict, regressions, blocking, budgets: broken.length, failedBecause, ignored, failOn: [...failOn] };
}

/** The comparison's reasons for the same finding are worded for a terminal; this one stays short. */
function regressionMessage(cellId: string, m: Comparison["cells"][number]["metrics"][number]): string {
  const pct = (v: number | null) => (v === null ? "?" : `${v > 0 ? "+" : ""}${(v * 100).toFixed(Math.abs(v) >= 0.1 ? 0 : 1)}%`);
  const label = m.metric === "p99" ? "p99 latency" : m.metric;
  return `${cellId}: ${label} ${pct(m.change)} [${pct(m.interval?.lower ?? null)}, ${pct(m.interval?.upper ?? null)}] beyond the ${Math.round(m.threshold * 100)}% threshold`;
}
