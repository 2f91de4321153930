import { mermaidLabel } from "./markdown-escape.js";

/** Median throughput of one model at each concurrency level; null where the run has no number. */
export interface ThroughputSeries {
  title: string;
  levels: number[];
  baseline?: (number | null)[];
  current: (number | null)[];
}

/**
 * A Mermaid `xychart-beta` block (GitHub renders it in comments and summaries): baseline as bars,
 * current as a line, so the shape of scaling and where it changed read at a glance. The chart has
 * no legend, so the caption the caller writes names the series.
 */
export function throughputChart(series: ThroughputSeries): string {
  const lines = [
    "```mermaid",
    "xychart-beta",
    `  title "${mermaidLabel(series.title)}"`,
    `  x-axis "concurrency" [${series.levels.map((l) => String(Math.trunc(l))).join(", ")}]`,
    `  y-axis "ops/s"`,
  ];
  if (series.baseline && series.baseline.some((v) => v !== null)) lines.push(`  bar [${series.baseline.map(value).join(", ")}]`);
  lines.push(`  line [${series.current.map(value).join(", ")}]`);
  lines.push("```");
  return lines.join("\n");
}

/** xychart has no gaps: a missing number is drawn at 0, which is also what a broken cell delivered. */
function value(v: number | null): string {
  if (v === null || !Number.isFinite(v) || v < 0) return "0";
  return v >= 100 ? String(Math.round(v)) : String(Number(v.toPrecision(3)));
}
