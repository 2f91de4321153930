import type { HistoryResult } from "../compare/history-result.js";

export const HISTORY_SCHEMA = "concurrency-guard/history@1";

/**
 * The history as JSON (`history --json`): the settings, the order, what was skipped, each machine's
 * count, and per series its points' medians and levels with the change points and drift found.
 */
export function historyDocument(r: HistoryResult): unknown {
  return {
    schema: HISTORY_SCHEMA,
    store: r.store,
    order: r.order,
    baselines: r.baselines,
    skipped: r.skipped,
    machines: r.machines,
    settings: r.analysis.settings,
    family: r.analysis.family,
    changePoints: r.analysis.series.flatMap((s) => s.changePoints),
    drifts: r.analysis.series.flatMap((s) => (s.drift ? [s.drift] : [])),
    series: r.analysis.series.map((s) => ({
      key: s.series.key,
      fingerprint: s.series.fingerprint,
      cell: s.series.cell,
      metric: s.series.metric,
      unit: s.series.unit,
      points: s.series.points.map((p, i) => ({ commit: p.sha, createdAt: p.createdAt, trials: p.values.length, median: s.medians[i], level: s.levels[i] })),
    })),
  };
}
