import { functionKey } from "../execute/cost/profile-functions.js";
import type { ProfiledFunction } from "../execute/cost/types.js";
import type { ResultsFile, ScenarioCost } from "../results/types.js";
import type { CostComparison } from "./cost.js";
import type { CellComparison } from "./types.js";

/** What made a scenario worth explaining: a significant change of one of these. */
export type HotspotTrigger = "throughput" | "p99" | "instructions";

/**
 * A function is listed when its own cost per operation moved by at least this share of the
 * operation's whole cost (baseline): profiles are deterministic, so a smaller move is the
 * runtime's own wobble (a JIT decision, a GC step) spread over many functions, not a change.
 */
export const MIN_CHANGE_SHARE = 0.01;

/** One function (or a group outside the repository) and its own cost per operation on each side. */
export interface Hotspot {
  kind: ProfiledFunction["kind"];
  name: string;
  file?: string;
  line?: number;
  baseline: number;
  current: number;
  /** current - baseline, per operation. */
  change: number;
  /** change / baseline; null for a function the baseline did not run. */
  relative: number | null;
  /** change / the change of the whole operation; null when the whole barely moved (under `MIN_CHANGE_SHARE`). */
  share: number | null;
}

/**
 * Where the cost of a scenario's operation changed, per function. `listed`: the functions that
 * moved (largest first); `unchanged`: profiled on both sides and no function moved, so a
 * wall-clock change is not in the operation's own work; `unprofiled`: a side has no profile.
 */
export interface ScenarioHotspots {
  scenario: string;
  triggers: HotspotTrigger[];
  status: "listed" | "unchanged" | "unprofiled";
  reason?: string;
  unit?: "instructions/op" | "bytecodes/op";
  total?: { baseline: number; current: number };
  functions: Hotspot[];
  /** `all`: every function of both profiles, for `compare --explain` (the listed ones first). */
  all?: Hotspot[];
}

/**
 * Per-function diffs for each scenario whose throughput or p99 (in any compared cell) or
 * instructions per operation changed significantly; `all` explains every scenario with a cost
 * on either side and keeps every row (`--explain`).
 */
export function compareHotspots(baseline: ResultsFile, current: ResultsFile, cells: readonly CellComparison[], costs: readonly CostComparison[], all = false): ScenarioHotspots[] {
  const triggers = new Map<string, Set<HotspotTrigger>>();
  const add = (scenario: string, t: HotspotTrigger) => triggers.set(scenario, (triggers.get(scenario) ?? new Set()).add(t));
  for (const c of cells) {
    if (c.status !== "compared") continue;
    for (const m of c.metrics) if ((m.metric === "throughput" || m.metric === "p99") && (m.verdict === "regression" || m.verdict === "improvement")) add(c.scenario, m.metric);
  }
  for (const c of costs) if (c.verdict === "regression" || c.verdict === "improvement") add(c.scenario, "instructions");
  const base = new Map((baseline.costs ?? []).map((c) => [c.scenario, c]));
  const cur = new Map((current.costs ?? []).map((c) => [c.scenario, c]));
  const names = all ? [...new Set([...cur.keys(), ...base.keys(), ...triggers.keys()])] : [...triggers.keys()];
  return names.map((scenario) => scenarioHotspots(scenario, [...(triggers.get(scenario) ?? [])], base.get(scenario), cur.get(scenario), all));
}

function scenarioHotspots(scenario: string, triggers: HotspotTrigger[], b: ScenarioCost | undefined, c: ScenarioCost | undefined, all: boolean): ScenarioHotspots {
  const unprofiled = (reason: string): ScenarioHotspots => ({ scenario, triggers, status: "unprofiled", reason, functions: [] });
  const bp = b?.profile;
  const cp = c?.profile;
  if (!bp || !cp) return unprofiled(`${!bp && !cp ? "neither run" : !bp ? "the baseline" : "the current run"} profiled it per function`);
  if (bp.status !== "ok" || !bp.functions || bp.totalPerOp === undefined) return unprofiled(`the baseline's profile failed: ${bp.reason ?? "no functions"}`);
  if (cp.status !== "ok" || !cp.functions || cp.totalPerOp === undefined) return unprofiled(`the current profile failed: ${cp.reason ?? "no functions"}`);
  if (bp.unit !== cp.unit) return unprofiled(`the profiles count different things (${bp.unit}, ${cp.unit})`);
  const rows = diffFunctions(bp.functions, cp.functions, bp.totalPerOp, cp.totalPerOp);
  const floor = MIN_CHANGE_SHARE * Math.abs(bp.totalPerOp);
  // `(other)` sums the functions too small to list: it names nothing.
  const moved = rows.filter((r) => Math.abs(r.change) >= floor && r.name !== "(other)");
  return {
    scenario,
    triggers,
    status: moved.length > 0 ? "listed" : "unchanged",
    unit: bp.unit === "bytecodes" ? "bytecodes/op" : "instructions/op",
    total: { baseline: bp.totalPerOp, current: cp.totalPerOp },
    functions: moved,
    ...(all && { all: [...moved, ...rows.filter((r) => !moved.includes(r))] }),
  };
}

/** Every function of either profile with its own cost on both sides (0 where absent), largest move first. */
export function diffFunctions(base: readonly ProfiledFunction[], cur: readonly ProfiledFunction[], baseTotal: number, curTotal: number): Hotspot[] {
  const key = (f: ProfiledFunction) => functionKey(f);
  const rows = new Map<string, { f: ProfiledFunction; baseline: number; current: number }>();
  for (const f of base) rows.set(key(f), { f, baseline: f.perOp, current: 0 });
  for (const f of cur) {
    const r = rows.get(key(f));
    if (r) {
      r.current = f.perOp;
      r.f = f;
    } else rows.set(key(f), { f, baseline: 0, current: f.perOp });
  }
  const whole = curTotal - baseTotal;
  const wholeMoved = Math.abs(whole) >= MIN_CHANGE_SHARE * Math.abs(baseTotal);
  return [...rows.values()]
    .map(({ f, baseline, current }): Hotspot => {
      const change = current - baseline;
      return {
        kind: f.kind,
        name: f.name,
        ...(f.file !== undefined && { file: f.file }),
        ...(f.line !== undefined && { line: f.line }),
        baseline,
        current,
        change,
        relative: baseline > 0 ? change / baseline : null,
        share: wholeMoved ? change / whole : null,
      };
    })
    .sort((a, b) => Math.abs(b.change) - Math.abs(a.change) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
