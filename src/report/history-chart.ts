import type { SeriesAnalysis } from "../compare/change-points.js";
import { mermaidLabel } from "./markdown-escape.js";
import { HISTORY_LABELS } from "./history-words.js";

/**
 * A Mermaid `xychart-beta` of one series over the baselines (x: commits, oldest first): each
 * baseline's median as the first line, the level of the segment it falls in as the second, so a
 * change point shows as the step of the second line; the title names where it changed.
 */
export function historyChart(a: SeriesAnalysis): string {
  const s = a.series;
  const changed = a.changePoints.map((c) => c.commit.slice(0, 7)).join(" and ");
  const title = `${s.cell} ${HISTORY_LABELS[s.metric]}${changed ? ` (changed at ${changed})` : a.drift ? " (drifting)" : ""}`;
  return [
    "```mermaid",
    "xychart-beta",
    `  title "${mermaidLabel(title)}"`,
    `  x-axis [${s.points.map((p) => `"${mermaidLabel(p.sha.slice(0, 7))}"`).join(", ")}]`,
    `  y-axis "${mermaidLabel(s.unit)}"`,
    `  line [${a.medians.map(value).join(", ")}]`,
    `  line [${a.levels.map(value).join(", ")}]`,
    "```",
  ].join("\n");
}

function value(v: number): string {
  if (!Number.isFinite(v) || v < 0) return "0";
  return v >= 100 ? String(Math.round(v)) : String(Number(v.toPrecision(3)));
}
