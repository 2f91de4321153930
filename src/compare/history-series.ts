import type { Model } from "../config/types.js";
import { parseOnly } from "../plan/plan.js";
import type { ResultsFile, TrialResult } from "../results/types.js";

/** One stored baseline in the history, oldest first once ordered. */
export interface HistoryRun {
  sha: string;
  createdAt: string;
  results: ResultsFile;
}

export type HistoryMetric = "throughput" | "p99" | "instructions" | "loopDelayMax";

interface HistoryMetricDef {
  name: HistoryMetric;
  unit: string;
  better: "higher" | "lower";
  /** Per trial of a cell; `instructions` is per scenario (one figure per run), read apart. */
  read?: (t: TrialResult) => number | undefined;
}

/** The metrics whose history is read, one row each. */
export const HISTORY_METRICS: readonly HistoryMetricDef[] = [
  { name: "throughput", unit: "/s", better: "higher", read: (t) => t.throughput },
  { name: "p99", unit: "ms", better: "lower", read: (t) => t.latencyMs?.p99 },
  { name: "instructions", unit: "instr/op", better: "lower" },
  { name: "loopDelayMax", unit: "ms", better: "lower", read: (t) => t.loopDelayMs?.max },
];

/** One cell's (or, for instructions, one scenario's) metric over the baselines of one machine. */
export interface Series {
  /** `fingerprint cell metric`: names the series in seeds and keys. */
  key: string;
  fingerprint: string;
  cell: string;
  metric: HistoryMetric;
  unit: string;
  better: "higher" | "lower";
  /** Oldest first; only baselines that measured the cell. Values are the raw trial values, all of them. */
  points: { sha: string; createdAt: string; values: number[] }[];
}

/** The baselines of one machine (hardware fingerprint): never compared with another's. */
export interface MachineGroup {
  fingerprint: string;
  machine: string;
  runs: HistoryRun[];
}

/** Splits ordered runs by hardware fingerprint, keeping the order inside each group. */
export function groupByMachine(runs: readonly HistoryRun[]): MachineGroup[] {
  const groups = new Map<string, MachineGroup>();
  for (const run of runs) {
    const env = run.results.env;
    let group = groups.get(env.fingerprint);
    if (!group) groups.set(env.fingerprint, (group = { fingerprint: env.fingerprint, machine: `${env.cpus} x ${env.cpuModel}`, runs: [] }));
    group.runs.push(run);
  }
  return [...groups.values()];
}

const usable = (v: number | undefined): v is number => typeof v === "number" && Number.isFinite(v) && v > 0;

/**
 * Every series of one machine's baselines: per cell and metric, each baseline's values of every
 * ok trial (a metric a trial does not carry, or a non-positive value, is left out; a baseline with
 * none left is not a point). `only` filters cells as `run --only` does.
 */
export function buildSeries(group: MachineGroup, only: readonly string[] = []): Series[] {
  const filters = only.map(parseOnly);
  const keep = (scenario: string, model?: Model, concurrency?: number) =>
    filters.length === 0 || filters.some((f) => (model === undefined ? f.matchesScenario(scenario) : f.matches(scenario, model, concurrency!)));
  const series = new Map<string, Series>();
  const add = (cell: string, def: HistoryMetricDef, run: HistoryRun, values: number[]) => {
    if (values.length === 0) return;
    const key = `${group.fingerprint} ${cell} ${def.name}`;
    let s = series.get(key);
    if (!s) series.set(key, (s = { key, fingerprint: group.fingerprint, cell, metric: def.name, unit: def.unit, better: def.better, points: [] }));
    s.points.push({ sha: run.sha, createdAt: run.createdAt, values });
  };
  for (const run of group.runs) {
    for (const def of HISTORY_METRICS) {
      if (def.read) {
        for (const cell of run.results.cells) {
          if (!keep(cell.scenario, cell.model, cell.concurrency)) continue;
          add(cell.id, def, run, cell.trials.filter((t) => t.status === "ok").map(def.read).filter(usable));
        }
      } else {
        for (const cost of run.results.costs ?? []) {
          if (cost.status !== "ok" || !usable(cost.perOp) || !keep(cost.scenario)) continue;
          add(cost.scenario, def, run, [cost.perOp]);
        }
      }
    }
  }
  return [...series.values()];
}
