// Covers the history's reports (src/report/history-chart.ts, history-markdown.ts, history-text.ts) and the analysis they word (src/compare/change-points.ts): the chart pinned, hostile cell names inert, the body fitted, a drift told from a step.
import { describe, expect, it } from "vitest";
import { analyseHistory, DEFAULT_HISTORY_SETTINGS } from "../src/compare/change-points.js";
import type { HistoryResult } from "../src/compare/history-result.js";
import type { Series } from "../src/compare/history-series.js";
import { historyChart } from "../src/report/history-chart.js";
import { fitHistoryMarkdown, renderHistoryMarkdown } from "../src/report/history-markdown.js";
import { historyText } from "../src/report/history-text.js";
import { seeded } from "./support/results-fixture.js";

const sha = (i: number) => `${(i + 1).toString(16).padStart(2, "0")}${"a".repeat(38)}`;

function series(cell: string, levels: number[], noise = 0.01, seed = 1): Series {
  const rnd = seeded(seed);
  return {
    key: `fp ${cell} throughput`,
    fingerprint: "fp",
    cell,
    metric: "throughput",
    unit: "/s",
    better: "higher",
    points: levels.map((level, i) => ({ sha: sha(i), createdAt: "2026-01-01T00:00:00Z", values: Array.from({ length: 5 }, () => level * (1 + (rnd() - 0.5) * noise)) })),
  };
}

function result(all: Series[]): HistoryResult {
  const analysis = analyseHistory(all, DEFAULT_HISTORY_SETTINGS);
  return { store: "branch:b", order: { by: "commits", revision: "origin/HEAD" }, baselines: all[0]!.points.length, skipped: [], machines: [{ fingerprint: "fp", machine: "2 x cpu", baselines: all[0]!.points.length, needed: 8 }], analysis };
}

describe("history reports", () => {
  it("pins the trend chart: medians, then the level of each segment", () => {
    const s = series("c/async/1", [100, 100, 100, 100, 100, 100, 80, 80, 80, 80, 80, 80], 0);
    const a = analyseHistory([s], DEFAULT_HISTORY_SETTINGS).series[0]!;
    expect(a.changePoints.map((c) => c.index)).toEqual([6]);
    expect(historyChart(a)).toBe(
      [
        "```mermaid",
        "xychart-beta",
        `  title "c/async/1 throughput (changed at ${sha(6).slice(0, 7)})"`,
        `  x-axis [${Array.from({ length: 12 }, (_, i) => `"${sha(i).slice(0, 7)}"`).join(", ")}]`,
        '  y-axis "/s"',
        "  line [100, 100, 100, 100, 100, 100, 80, 80, 80, 80, 80, 80]",
        "  line [100, 100, 100, 100, 100, 100, 80, 80, 80, 80, 80, 80]",
        "```",
      ].join("\n"),
    );
  });

  it("keeps a hostile cell name inert in the table, the chart and the terminal", () => {
    const name = "x|y</table>@admin\n# head";
    const r = result([series(name, [100, 100, 100, 100, 100, 100, 70, 70, 70, 70, 70, 70])]);
    const md = renderHistoryMarkdown(r, { repoUrl: "https://github.com/o/r" });
    // In a code span nothing renders: no HTML, no mention, no heading; the line break is gone, `|` escaped.
    expect(md).not.toContain("\n# head");
    expect(md).toContain("| `x\\|y</table>@admin # head` | throughput |");
    expect(md).toContain('title "x_y_/table__admin _ head throughput (changed at');
    expect(md).toContain(`[${sha(5).slice(0, 7)}...${sha(6).slice(0, 7)}](https://github.com/o/r/compare/${sha(5)}...${sha(6)})`);
    expect(historyText(r)).toContain(`change point: ${name} throughput: regression -30%`);
  });

  it("fits a body under the limit by dropping charts", () => {
    // 4 series, 8 tests at 0.01: 8 baselines a side (2 / C(16, 8) = 0.00016) leave room.
    const r = result(Array.from({ length: 4 }, (_, k) => series(`c/async/${k}`, [...Array(8).fill(100), ...Array(8).fill(70)], 0.01, k + 1)));
    const full = renderHistoryMarkdown(r, {});
    expect(full.match(/```mermaid/g)).toHaveLength(4);
    const fitted = fitHistoryMarkdown(r, {}, full.length - 10);
    expect(fitted.length).toBeLessThanOrEqual(full.length - 10);
    expect(fitted.match(/```mermaid/g)).toHaveLength(3);
    expect(fitted).toContain("1 more changed series not charted");
  });

  it("tells a slow drift (a line fits better than a step) from a step, and claims neither on flat noise", () => {
    const ramp = Array.from({ length: 16 }, (_, i) => 100 * (1 - 0.01 * i));
    const r = result([series("ramp/async/1", ramp, 0.002), series("flat/async/1", Array(16).fill(100), 0.02, 9)]);
    const [rampA, flatA] = r.analysis.series;
    expect(rampA!.drift).toMatchObject({ direction: "regression", baselines: 12 });
    expect(rampA!.drift!.total).toBeCloseTo(0.99 ** 11 - 1, 1);
    expect(flatA!.drift).toBeUndefined();
    expect(flatA!.changePoints).toEqual([]);
    expect(renderHistoryMarkdown(r)).toContain("### Slow drifts");
  });
});
