import type { CostComparison } from "../compare/cost.js";
import type { GateResult } from "../compare/gate.js";
import { costChangeText, costSummary, costVerdictText, wallClockNote } from "./cost-text.js";
import { escapeText } from "./markdown-escape.js";
import type { ReportContext } from "./report-context.js";
import type { CellComparison } from "../compare/types.js";
import type { ScenarioCost } from "../results/types.js";
import { groupBy } from "./group-by.js";
import { ICONS } from "./scenario-tables.js";

/**
 * The CPU cost line of each scenario in the PR comment and job summary (none when neither run
 * counted it): `**CPU cost:** 2.53M -> 2.57M instructions/op (+1.96%) ❌ regression ...`. Built
 * for every scenario at once, so a report of many scenarios stays linear.
 */
export function costMarkdownLines(ctx: ReportContext): Map<string, string> {
  const compared = new Map((ctx.comparison?.costs ?? []).map((c) => [c.scenario, c]));
  const current = new Map((ctx.current.costs ?? []).map((c) => [c.scenario, c]));
  const cells = groupBy(ctx.comparison?.cells ?? [], (c) => c.scenario);
  const out = new Map<string, string>();
  for (const scenario of new Set([...compared.keys(), ...current.keys()])) {
    const line = costMarkdown(compared.get(scenario), current.get(scenario), cells.get(scenario) ?? []);
    if (line) out.set(scenario, line);
  }
  return out;
}

function costMarkdown(compared: CostComparison | undefined, cost: ScenarioCost | undefined, cells: readonly CellComparison[]): string | undefined {
  if (compared) {
    const verdict = costVerdictText(compared);
    const note = wallClockNote(compared, cells);
    return `**CPU cost:** ${escapeText(costChangeText(compared))} ${costIcon(compared)}${verdict ? ` ${escapeText(verdict)}` : ""}${note ? `<br>${escapeText(note)}` : ""}`;
  }
  if (!cost) return undefined;
  return `**CPU cost:** ${escapeText(costSummary(cost))}${cost.status === "failed" ? ` ${ICONS.broken}` : ""}`;
}

/** A scenario section with its cost line under the heading (every variant starts with the heading). */
export function withCostLine(variant: string, line: string | undefined): string {
  if (!line) return variant;
  const cut = variant.indexOf("\n\n");
  return cut < 0 ? `${variant}\n\n${line}` : `${variant.slice(0, cut)}\n\n${line}${variant.slice(cut)}`;
}

/** How many of the gate's regressions are CPU cost regressions, for the headline. */
export function costRegressionCount(gate: GateResult): number {
  return [...gate.failedBecause, ...gate.ignored].filter((f) => f.kind === "cost").length;
}

function costIcon(c: CostComparison): string {
  if (c.status === "new") return ICONS.new;
  if (c.status === "missing") return ICONS.missing;
  if (c.status === "unmeasured") return ICONS.inconclusive;
  switch (c.verdict) {
    case "regression":
      return c.gated ? ICONS.regression : ICONS.notGated;
    case "improvement":
      return ICONS.improvement;
    case "unchanged":
      return ICONS.unchanged;
    default:
      return ICONS.inconclusive;
  }
}
