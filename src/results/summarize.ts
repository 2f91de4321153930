import { median } from "simple-statistics";
import type { Kind, Model } from "../config/types.js";
import type { CellResult, CellSummary, ScenarioAnalysis } from "./types.js";

/** Medians over a cell's completed trials: the one number per metric a reader looks at first. */
export function summarizeCell(cell: CellResult): CellSummary | undefined {
  const ok = cell.trials.filter((t) => t.status === "ok" && t.ops > 0);
  if (ok.length === 0) return undefined;
  const med = (values: number[]) => median(values);
  // CPU share: CPU time over the wall time of the loops that could run at once; ~1 when every loop burns a core.
  // Time the loops spent waiting for a CPU (a busy machine) is not the scenario's: it comes off the wall time.
  const parallel = cell.model === "async" ? 1 : Math.min(cell.concurrency, cell.poolSize);
  const shares = ok.map((t) => {
    const wall = t.wallMs * parallel;
    // The waiting time is read from outside the loop at intervals: never let it eat the whole window.
    const ownWall = Math.max(wall - (t.cpu.waitingMs ?? 0), wall / 20);
    return (t.cpu.userMs + t.cpu.systemMs) / ownWall;
  });
  return {
    okTrials: ok.length,
    throughput: med(ok.map((t) => t.throughput)),
    p50Ms: med(ok.map((t) => t.latencyMs.p50)),
    p99Ms: med(ok.map((t) => t.latencyMs.p99)),
    loopDelayMaxMs: med(ok.map((t) => t.loopDelayMs.max)),
    cpuPerOpUs: med(ok.map((t) => t.cpu.perOpUs)),
    memPerInFlightKb: med(ok.map((t) => t.memory.perInFlightKb)),
    cpuShare: med(shares),
  };
}

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
  return ["async", "threads", "processes"].indexOf(model);
}

function pct(share: number): string {
  return `${Math.round(share * 100)}%`;
}
