import type { HistoryResult } from "../compare/history-result.js";
import { changeLine, driftLine, historyNotes } from "./history-words.js";

/** The history for a terminal: notes, then one line per change point and per drift. */
export function historyText(r: HistoryResult): string {
  const lines = [`${r.store}: performance history`, ...historyNotes(r).map((n) => `  ${n}`)];
  const points = r.analysis.series.flatMap((s) => s.changePoints);
  const drifts = r.analysis.series.flatMap((s) => (s.drift ? [s.drift] : []));
  if (points.length === 0 && drifts.length === 0) lines.push("no change point and no slow drift found");
  for (const c of points) lines.push(`change point: ${changeLine(c)}`);
  for (const d of drifts) lines.push(`drift: ${driftLine(d)}`);
  return lines.join("\n") + "\n";
}
