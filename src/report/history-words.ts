import type { ChangePoint, DriftFinding } from "../compare/change-points.js";
import type { HistoryMetric } from "../compare/history-series.js";
import type { HistoryResult } from "../compare/history-result.js";
import { formatP, formatPercent, formatValue } from "./number-format.js";

export const HISTORY_LABELS: Record<HistoryMetric, string> = {
  throughput: "throughput",
  p99: "p99 latency",
  instructions: "instructions per op",
  loopDelayMax: "max loop delay",
};

/** `12.3k/s [12.1k/s, 12.6k/s]`: a level with its interval. */
export function levelText(level: { median: number; lower: number; upper: number }, unit: string): string {
  return `${formatValue(level.median, unit)} [${formatValue(level.lower, unit)}, ${formatValue(level.upper, unit)}]`;
}

/** `-9.8% [-11%, -8.5%]` */
export function changeText(change: { estimate: number; lower: number; upper: number }): string {
  return `${formatPercent(change.estimate)} [${formatPercent(change.lower)}, ${formatPercent(change.upper)}]`;
}

export function changeLine(c: ChangePoint): string {
  return (
    `${c.cell} ${HISTORY_LABELS[c.metric]}: ${c.direction} ${changeText(c.change)} at ${c.commit.slice(0, 12)} (after ${c.before.slice(0, 12)}): ` +
    `${levelText(c.levelBefore, c.unit)} -> ${levelText(c.levelAfter, c.unit)}, p ${formatP(c.p)} (family-adjusted ${formatP(c.adjustedP)})`
  );
}

export function driftLine(d: DriftFinding): string {
  return (
    `${d.cell} ${HISTORY_LABELS[d.metric]}: slow drift (${d.direction}) ${formatPercent(d.total)} over the last ${d.baselines} baselines ` +
    `(${formatPercent(d.perBaseline)} per baseline, ${d.from.slice(0, 12)}..${d.to.slice(0, 12)}), no single step explains it, p ${formatP(d.p)} (family-adjusted ${formatP(d.adjustedP)})`
  );
}

/** The notes every report of a history starts with: order, skipped entries, machines without enough baselines. */
export function historyNotes(r: HistoryResult): string[] {
  const notes: string[] = [];
  notes.push(r.order.by === "commits" ? `${r.baselines} baseline(s) in the commit order of ${r.order.revision}` : `${r.baselines} baseline(s) in the order they were measured: ${r.order.why}`);
  if (r.skipped.length > 0) notes.push(`${r.skipped.length} stored baseline(s) skipped, unreadable: ${r.skipped.map((s) => s.file).join(", ")}`);
  for (const m of r.machines) {
    if (m.baselines < m.needed) notes.push(`machine ${m.machine} (${m.fingerprint.slice(0, 12)}): ${m.baselines} baseline(s), the analysis needs ${m.needed}: no change points claimed`);
  }
  if (r.machines.length > 1) notes.push(`${r.machines.length} machines (hardware fingerprints): each is its own series, never compared with another`);
  notes.push(`${r.analysis.family} test(s) in the family, false claims held at ${r.analysis.settings.alpha} across all of them (seed ${r.analysis.settings.seed})`);
  return notes;
}
