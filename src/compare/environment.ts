import type { ResultsFile } from "../results/types.js";
import type { EnvironmentCheck, RunInfo } from "./types.js";

/**
 * Whether the two runs measured the same machine. Timing from different hardware does not
 * compare, so a mismatch keeps throughput and p99 out of the gate unless the config says otherwise.
 */
export function checkEnvironment(baseline: ResultsFile, current: ResultsFile, gateAcross: boolean): EnvironmentCheck {
  const b = baseline.env;
  const c = current.env;
  const match = b.fingerprint === c.fingerprint;
  const differences: string[] = [];
  if (!match) {
    for (const key of ["cpuModel", "cpus", "memoryMb", "os", "arch"] as const) {
      if (b[key] !== c[key]) differences.push(`${key}: ${JSON.stringify(b[key])} -> ${JSON.stringify(c[key])}`);
    }
    if (differences.length === 0) differences.push(`fingerprint: ${b.fingerprint} -> ${c.fingerprint}`);
  }
  return { match, differences, timingGated: match || gateAcross };
}

/** The few facts of a run a reader needs to know which two runs were compared. */
export function runInfo(r: ResultsFile, source: string | undefined): RunInfo {
  const info: RunInfo = {
    createdAt: r.createdAt,
    fingerprint: r.env.fingerprint,
    cpuModel: r.env.cpuModel,
    cpus: r.env.cpus,
  };
  if (r.git) info.git = { ...r.git };
  if (source) info.source = source;
  return info;
}
