import type { CostComparison } from "../compare/cost.js";
import type { CellComparison } from "../compare/types.js";
import type { ResultsFile, ScenarioCost } from "../results/types.js";
import { logLine } from "../shared/log-text.js";
import { significant } from "./number-format.js";

/** An instruction count the way every report shows it: `2.53M`, `812k`, `1.20G`. */
export function formatCount(n: number | null | undefined): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return "-";
  const abs = Math.abs(n);
  if (abs >= 1e9) return `${significant(n / 1e9)}G`;
  if (abs >= 1e6) return `${significant(n / 1e6)}M`;
  if (abs >= 1e3) return `${significant(n / 1e3)}k`;
  return significant(n);
}

/** A cost change with three significant digits (`+1.96%`): counts are exact enough that `+2.0%` would hide a threshold crossing. */
export function costPercent(fraction: number | null | undefined): string {
  if (fraction === null || fraction === undefined || !Number.isFinite(fraction)) return "-";
  const pct = fraction * 100;
  return `${pct > 0 ? "+" : ""}${significant(pct)}%`;
}

/** How well the repetitions agreed: `±0.0002%`, or `identical`. */
export function spreadText(spread: number | null | undefined): string {
  if (spread === null || spread === undefined) return "-";
  if (spread === 0) return "identical";
  const pct = spread * 100;
  return `±${pct >= 1 ? pct.toFixed(1) : pct >= 0.01 ? pct.toFixed(2) : pct.toPrecision(1)}%`;
}

/** One scenario's cost as the run reports it, one line: the figure, or why there is none. */
export function costSummary(cost: ScenarioCost): string {
  if (cost.status === "skipped") return `not counted: ${cost.reason ?? "unknown reason"}`;
  if (cost.status === "failed") return `count failed: ${cost.reason ?? "unknown reason"}`;
  const ops = cost.counts?.map((c) => c.ops).join(" and ") ?? "?";
  const reps = cost.counts?.[0]?.instructions.length ?? 0;
  return `${formatCount(cost.perOp)} instructions/op (${ops} ops, ${reps} counts each, spread ${spreadText(cost.spread)}; ${cost.tool?.version ?? "valgrind"}, ${cost.runtime} ${cost.runtimeInfo?.version ?? ""})`.replace(" )", ")");
}

/** Lines under a scenario's run table (terminal): its cost, and a failed count's output tail. */
export function costRunLines(results: ResultsFile, scenario: string): string[] {
  const cost = results.costs?.find((c) => c.scenario === scenario);
  if (!cost) return [];
  const lines = [`  CPU cost: ${logLine(costSummary(cost))}`];
  const where = profileSummary(cost);
  if (where) lines.push(`  where it goes: ${logLine(where)}`);
  if (cost.status === "failed" && cost.output) lines.push(...cost.output.split("\n").filter((l) => l.trim()).slice(-5).map((l) => `    | ${logLine(l)}`));
  return lines;
}

/** The profile's largest functions with their share of the operation: `heavier (bench/a.mjs:25) 49%, steady (bench/a.mjs:18) 49%`; why there is none when it failed. */
export function profileSummary(cost: ScenarioCost, shown = 3): string | undefined {
  const p = cost.profile;
  if (!p) return undefined;
  if (p.status !== "ok" || !p.functions || !p.totalPerOp) return `no per-function profile: ${p.reason ?? "no functions"}`;
  const total = p.totalPerOp;
  const top = p.functions.filter((f) => f.name !== "(other)" && f.perOp > 0).slice(0, shown);
  const named = top.map((f) => `${f.kind === "repo" ? `${f.name} (${f.file}:${f.line})` : f.name} ${Math.round((100 * f.perOp) / total)}%`);
  return `${named.join(", ")} (own ${p.unit} per operation)`;
}

/** Progress of the counts, for the terminal or the job log (a failed count's reason is the code under test's text). */
export function costStartLine(scenarios: number, counts: number, parallel: number): string {
  return `counting instructions per operation under valgrind: ${scenarios} scenario(s), ${counts} counts, ${parallel} at a time`;
}

export function costDoneLine(cost: ScenarioCost, arm: string): string {
  const seconds = cost.countMs !== undefined ? ` in ${Math.round(cost.countMs / 1000)}s of counting` : "";
  return logLine(`cost ${arm === "current" ? "" : `${arm}: `}${cost.scenario}: ${costSummary(cost)}${cost.status === "ok" ? seconds : ""}`);
}

/** `2.53M -> 2.57M instructions/op (+1.96%)`; the side without a figure says why. */
export function costChangeText(c: CostComparison): string {
  if (c.status === "new") return `${formatCount(c.current?.perOp)} instructions/op (not counted in the baseline)`;
  if (c.status === "missing") return `${formatCount(c.baseline?.perOp)} instructions/op in the baseline, not counted now`;
  if (c.status === "unmeasured") {
    const why = c.current?.status !== "ok" ? `now ${c.current?.status}: ${c.current?.reason ?? ""}` : `baseline ${c.baseline?.status}: ${c.baseline?.reason ?? ""}`;
    return `${formatCount(c.baseline?.perOp)} -> ${formatCount(c.current?.perOp)} instructions/op (${why.trim()})`;
  }
  return `${formatCount(c.baseline?.perOp)} -> ${formatCount(c.current?.perOp)} instructions/op (${costPercent(c.change)})`;
}

/** What the comparison says about a compared cost, in words. */
export function costVerdictText(c: CostComparison): string {
  if (c.status !== "compared" || c.verdict === null) return "";
  const beyond = `beyond the ${pct(c.threshold)} threshold and the counts' spread (${spreadText(c.uncertainty)})`;
  switch (c.verdict) {
    case "regression":
      return c.gated ? `regression, ${beyond}` : `worse, not gated (${(c.differences ?? []).join("; ")})`;
    case "improvement":
      return `improvement, ${beyond}`;
    case "unchanged":
      return `unchanged (within ${pct(c.threshold)})`;
    case "inconclusive":
      return `cannot tell: the counts' spread (${spreadText(c.uncertainty)}) is as large as the change`;
  }
}

/**
 * A note when the cost and the wall-clock disagree in what they can tell: a cost change past its
 * threshold while every throughput verdict of the scenario was too noisy to call.
 */
export function wallClockNote(c: CostComparison, cells: readonly CellComparison[]): string | undefined {
  if (c.status !== "compared" || (c.verdict !== "regression" && c.verdict !== "improvement")) return undefined;
  const throughput = cells.filter((x) => x.scenario === c.scenario && x.status === "compared").flatMap((x) => x.metrics.filter((m) => m.metric === "throughput"));
  if (throughput.length === 0 || !throughput.every((m) => m.verdict === "inconclusive")) return undefined;
  return `${costPercent(c.change)} instructions per op; wall-clock too noisy to tell`;
}

/** One line per scenario: change, verdict, and the wall-clock note where it applies. */
export function costComparisonLine(c: CostComparison, cells: readonly CellComparison[]): string {
  const verdict = costVerdictText(c);
  const note = wallClockNote(c, cells);
  return `${c.scenario}: ${costChangeText(c)}${verdict ? `: ${verdict}` : ""}${note ? `; ${note}` : ""}`;
}

/** A cost regression as a gate finding. */
export function costFindingLine(c: CostComparison): string {
  return `${c.scenario}: CPU cost ${costPercent(c.change)} (${formatCount(c.baseline?.perOp)} -> ${formatCount(c.current?.perOp)} instructions/op) beyond the ${pct(c.threshold)} threshold and the counts' spread (${spreadText(c.uncertainty)})`;
}

function pct(f: number): string {
  return `${+(f * 100).toFixed(2)}%`;
}
