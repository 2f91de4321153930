import type { HistoryAnalysis } from "./change-points.js";

export interface MachineHistory {
  fingerprint: string;
  machine: string;
  baselines: number;
  /** Fewer than `needed`: nothing is claimed for this machine. */
  needed: number;
}

/** What the history analysis found in a store: data for the reporters, no English. */
export interface HistoryResult {
  store: string;
  /** How the baselines were put in order, and why not by commit when not. */
  order: { by: "commits"; revision: string } | { by: "time"; why: string };
  baselines: number;
  skipped: { file: string; reason: string }[];
  machines: MachineHistory[];
  analysis: HistoryAnalysis;
}
