import { PerformanceObserver, type PerformanceEntry } from "node:perf_hooks";
import { overlapMs } from "./heartbeat.js";

/** A garbage-collection pause on this thread, epoch ms. */
export interface GcPause {
  from: number;
  to: number;
}

export interface GcWatch {
  /** Every pause seen so far, including those still buffered by the observer. */
  stop(): GcPause[];
}

/** Records this thread's GC pauses, so a stall they explain can be labelled as GC rather than code. */
export function watchGc(): GcWatch {
  const pauses: GcPause[] = [];
  const add = (entries: PerformanceEntry[]) => {
    for (const e of entries) {
      const from = performance.timeOrigin + e.startTime;
      pauses.push({ from, to: from + e.duration });
    }
  };
  const observer = new PerformanceObserver((list) => add(list.getEntries()));
  observer.observe({ entryTypes: ["gc"] });
  return {
    stop() {
      add(observer.takeRecords());
      observer.disconnect();
      return pauses;
    },
  };
}

/** Milliseconds of GC pause inside [from, to]. */
export function gcTimeWithin(pauses: GcPause[], from: number, to: number): number {
  let total = 0;
  for (const p of pauses) total += overlapMs(p.from, p.to, from, to);
  return total;
}
