import { monitorEventLoopDelay, performance } from "node:perf_hooks";
import type { LoopStats } from "../types.js";

/** Starts measuring this thread's event loop; call the returned function at the end of the window. */
export function startLoopStats(loop: string): () => LoopStats {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const elu = performance.eventLoopUtilization();
  return () => {
    delay.disable();
    const used = performance.eventLoopUtilization(elu);
    const ms = (ns: number) => (Number.isFinite(ns) ? ns / 1e6 : 0);
    // The histogram records how late a 10 ms timer fired, including the 10 ms itself.
    const late = (ns: number) => Math.max(0, ms(ns) - 10);
    return {
      loop,
      delayMs: { p50: late(delay.percentile(50)), p99: late(delay.percentile(99)), max: delay.count > 0 ? late(delay.max) : 0 },
      utilization: used.utilization,
    };
  };
}
