import { median } from "simple-statistics";
import { errorRate } from "./error-kinds.js";
import type { CellResult, CellSummary } from "./types.js";

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
    errorRate: med(ok.map(errorRate)),
  };
}
