import { MODELS, type Kind, type Model } from "../config/types.js";
import { summarizeCell } from "../execute/cell-summary.js";
import type { CellResult, ScenarioAnalysis } from "./types.js";

export { summarizeCell };

/** A scenario is CPU-bound when its operations spend at least this share of their time on a CPU. */
const CPU_BOUND_SHARE = 0.5;

/**
 * Per scenario: which model was fastest at each level and by how much over the runner-up, and
 * whether the scenario measured as I/O- or CPU-bound (CPU time per op vs wall time per op with
 * one operation in flight on one loop), with a warning when that contradicts the declared kind.
 */
export function analyzeScenarios(cells: CellResult[]): ScenarioAnalysis[] {
  const byScenario = new Map<string, CellResult[]>();
  for (const cell of cells) byScenario.set(cell.scenario, [...(byScenario.get(cell.scenario) ?? []), cell]);
  return [...byScenario.entries()].map(([scenario, group]) => {
    const declaredKind = group[0]!.kind;
    const levels = [...new Set(group.map((c) => c.concurrency))].sort((a, b) => a - b);
    const best: ScenarioAnalysis["best"] = [];
    for (const concurrency of levels) {
      const ranked = group
        .filter((c) => c.concurrency === concurrency && c.summary)
        .sort((a, b) => b.summary!.throughput - a.summary!.throughput);
      const [first, second] = ranked;
      if (!first) continue;
      best.push({
        concurrency,
        model: first.model as Model,
        throughput: first.summary!.throughput,
        ...(second && second.summary!.throughput > 0 && { ratioOverNext: first.summary!.throughput / second.summary!.throughput }),
      });
    }
    const probe = group
      .filter((c) => c.summary)
      .sort((a, b) => a.concurrency - b.concurrency || modelRank(a.model) - modelRank(b.model))[0];
    const analysis: ScenarioAnalysis = { scenario, declaredKind, best };
    if (probe?.summary) {
      const cpuShare = probe.summary.cpuShare;
      const measuredKind: Kind = cpuShare >= CPU_BOUND_SHARE ? "cpu" : "io";
      analysis.measuredKind = measuredKind;
      analysis.cpuShare = cpuShare;
      if (measuredKind !== declaredKind) {
        const blocker = declaredKind === "io" ? topBlocker(group) : undefined;
        analysis.kindWarning =
          declaredKind === "io"
            ? `declared io but measured CPU-bound: operations spend ${pct(cpuShare)} of their time on a CPU (${probe.id}); ` +
              (blocker ? `the loop was blocked most at ${blocker}` : "a hidden blocking call or CPU work is likely")
            : `declared cpu but measured I/O-bound: operations spend only ${pct(cpuShare)} of their time on a CPU (${probe.id})`;
      }
    }
    return analysis;
  });
}

/** The code site that blocked the scenario's loops longest, GC aside: the likely hidden blocking call. */
function topBlocker(cells: CellResult[]): string | undefined {
  const sites = cells.flatMap((c) => (c.blocking ?? []).filter((b) => b.site && !b.gc));
  const top = sites.sort((a, b) => b.totalMs - a.totalMs)[0]?.site;
  return top && `${top.file}:${top.line}${top.api ? ` (${top.api})` : top.function ? ` (in ${top.function})` : ""}`;
}

function modelRank(model: string): number {
  return (MODELS as readonly string[]).indexOf(model);
}

function pct(share: number): string {
  return `${Math.round(share * 100)}%`;
}
