import type { CostComparison } from "../compare/cost.js";
import type { GateResult } from "../compare/gate.js";
import { costChangeText, costSummary, costVerdictText, wallClockNote } from "./cost-text.js";
import { escapeText } from "./markdown-escape.js";
import type { ReportContext } from "./report-context.js";
import { ICONS } from "./scenario-tables.js";

/**
 * The CPU cost line of one scenario in the PR comment and job summary, or undefined when neither
 * run counted it: `**CPU cost:** 2.53M -> 2.57M instructions/op (+1.96%) ❌ regression ...`.
 */
export function costMarkdown(ctx: ReportContext, scenario: string): string | undefined {
  const compared = ctx.comparison?.costs?.find((c) => c.scenario === scenario);
  if (compared) {
    const verdict = costVerdictText(compared);
    const note = wallClockNote(compared, ctx.comparison!.cells);
    return `**CPU cost:** ${escapeText(costChangeText(compared))} ${costIcon(compared)}${verdict ? ` ${escapeText(verdict)}` : ""}${note ? `<br>${escapeText(note)}` : ""}`;
  }
  const cost = ctx.current.costs?.find((c) => c.scenario === scenario);
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
