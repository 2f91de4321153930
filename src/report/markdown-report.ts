import { comparisonStops } from "./comparison-text.js";
import { adaptiveHeadline, cellStopLines, type CellStop, type RoundsSummary } from "./sequential-text.js";
import { markdownTable } from "markdown-table";
import { markdownRow, verdictRows, HEADER as METRIC_HEADER } from "./table-rows.js";
import { summarizeCell } from "../results/summarize.js";
import type { CellResult } from "../results/types.js";
import type { CellComparison } from "../compare/types.js";
import { blockingVariants } from "./blocking-section.js";
import { COMMENT_LIMIT, fitSections, type FitOptions, type Section } from "./fit-size.js";
import { escapeText, inlineCode, link } from "./markdown-escape.js";
import { coverageNotes, modeNote } from "./comparison-notes.js";
import { errorSectionVariants } from "./error-section.js";
import { costMarkdownLines, costRegressionCount, withCostLine } from "./cost-markdown.js";
import { hotspotMarkdownBlocks, withHotspots } from "./hotspot-markdown.js";
import { budgetMessage, findingLine } from "./finding-text.js";
import { throughputChart } from "./mermaid-chart.js";
import { teethCallout } from "./teeth-text.js";
import { commitUrl, isSha, type CommitRef, type ReportContext } from "./report-context.js";
import { comparisonScenarioVariants, currentScenarioVariants, LEGEND, unique } from "./scenario-tables.js";
import { groupBy } from "./group-by.js";
import { runAdvice } from "./advice.js";

export type { ReportContext } from "./report-context.js";

/** Importance of each part when the report must shrink: lower gives way first. */
const PRIORITY = { details: 0, charts: 1, passingBudgets: 2, reasons: 2.5, scenarios: 3, blocking: 4, notes: 6, headline: 9 } as const;

/**
 * The report a reviewer reads in the PR comment and the job summary: the verdict and its counts
 * first, then a table per scenario, the blocking sites linked to their lines, budgets, a chart of
 * throughput against concurrency, and the full metric table folded away. Every piece of text that
 * came from the code under test is escaped; the whole stays under `limit` by shortening detail,
 * never the headline.
 */
export function renderMarkdownReport(ctx: ReportContext, fit: FitOptions = { limit: COMMENT_LIMIT }): string {
  const sections: Section[] = [];
  sections.push({ priority: PRIORITY.headline, variants: [headline(ctx)] });
  const reasons = reasonVariants(ctx);
  if (reasons) sections.push({ priority: PRIORITY.reasons, variants: reasons });
  const notes = noteLines(ctx);
  if (notes.length > 0) sections.push({ priority: PRIORITY.notes, variants: [notes.join("\n"), notes.slice(0, 5).join("\n")] });

  const advice = runAdvice(ctx.current);
  const scenarios = ctx.comparison ? comparisonScenarioVariants(ctx.comparison, ctx.current, advice) : currentScenarioVariants(ctx.current, advice);
  const costs = costMarkdownLines(ctx);
  const hotspots = hotspotMarkdownBlocks(ctx.comparison?.hotspots, ctx);
  scenarios.forEach((s, i) => {
    const cost = costs.get(s.scenario);
    const hot = hotspots.get(s.scenario);
    // The shortest variant of a scenario stays short: where the cost changed is detail.
    const variants = s.variants.map((v, k) => withHotspots(withCostLine(v, cost), k === s.variants.length - 1 && k > 0 ? undefined : hot));
    const withLegend = ctx.comparison && i === scenarios.length - 1 ? variants.map((v) => `${v}\n\n<sub>${LEGEND}</sub>`) : variants;
    sections.push({ priority: PRIORITY.scenarios, variants: withLegend });
  });
  sections.push({ priority: PRIORITY.blocking, variants: blockingVariants(ctx, advice) });
  sections.push({ priority: PRIORITY.blocking, variants: errorSectionVariants(ctx) });
  const budgets = budgetVariants(ctx);
  if (budgets) sections.push({ priority: PRIORITY.passingBudgets, variants: budgets });
  sections.push({ priority: PRIORITY.charts, variants: [charts(ctx), ""] });
  sections.push({ priority: PRIORITY.details, variants: [details(ctx), ""] });
  sections.push({ priority: PRIORITY.headline, variants: [footer(ctx)] });
  return fitSections(sections, fit).text;
}

function headline(ctx: ReportContext): string {
  const g = ctx.gate;
  const title =
    g.verdict === "error"
      ? "### ⛔ concurrency-guard: error: the baseline could not be read"
      : ctx.mode === "update-baseline"
      ? `### 📌 concurrency-guard: baseline run${ctx.comparison ? `, ${g.verdict === "fail" ? "worse than" : "compared with"} the previous baseline` : ""}`
      : ctx.mode === "run" && !ctx.comparison
        ? "### 📊 concurrency-guard: measured, not compared"
        : g.verdict === "fail"
          ? "### ❌ concurrency-guard: failed"
          : g.verdict === "no-baseline"
            ? "### ⚪ concurrency-guard: no baseline yet"
            : g.ignored.length > 0
              ? "### ⚠️ concurrency-guard: passed, with findings outside `fail-on`"
              : "### ✅ concurrency-guard: passed";
  const counts = [
    count(g.regressions, "regression", "regressions") + (costRegressionCount(g) > 0 ? ` (${costRegressionCount(g)} in CPU cost)` : ""),
    count(g.blocking, "new blocking site", "new blocking sites"),
    count(g.budgets, "budget broken", "budgets broken"),
  ].join(" · ");
  const lines = [title, "", ctx.comparison ? counts : g.budgets > 0 ? count(g.budgets, "budget broken", "budgets broken") : ""];
  lines.push(commitsLine(ctx));
  const teeth = ctx.comparison && teethCallout(ctx.comparison);
  if (teeth) lines.push("", teeth);
  const rounds = adaptiveStops(ctx);
  if (rounds) lines.push("", escapeText(adaptiveHeadline(rounds.stops, rounds.run)));
  const env = ctx.comparison?.environment;
  if (g.verdict === "error") lines.push("", storeErrorText(ctx));
  else if (!ctx.comparison && ctx.mode === "check") lines.push("", noBaselineText(ctx));
  else if (!ctx.comparison && ctx.mode === "update-baseline") {
    lines.push("", `No earlier baseline in ${inlineCode(ctx.store)} to compare with: this run starts the history that pull requests are compared with.`);
  } else if (env && !env.match) {
    lines.push(
      "",
      `> ${env.timingGated ? "⚠️" : "⚠️ **Not gated on timing:**"} the baseline ran on different hardware (${escapeText(env.differences.join("; "))}). ` +
        (env.timingGated ? "Timing is gated anyway (`gateAcrossEnvironments: true`)." : "Throughput and p99 are shown but cannot fail the check."),
    );
  }
  return lines.filter((l, i, all) => !(l === "" && all[i - 1] === "")).join("\n").trim();
}

function count(n: number, one: string, many: string): string {
  const text = `${n} ${n === 1 ? one : many}`;
  return n > 0 ? `**${text}**` : text;
}

function commitsLine(ctx: ReportContext): string {
  const current = ctx.commits.current;
  const baseline = ctx.commits.baseline;
  const cells = ctx.current.cells.length;
  const trials = unique(ctx.current.cells.map((c) => c.trials.length));
  const trialText = trials.length === 1 ? `${trials[0]} trials each` : `${Math.min(...trials)}-${Math.max(...trials)} trials each`;
  const measured = `${cells} cell(s), ${trialText}`;
  if (ctx.comparison) {
    const when = ctx.baseline?.createdAt ? `, ${escapeText(ctx.baseline.createdAt.slice(0, 10))}` : "";
    return `${commitText(ctx, current)} compared with baseline ${commitText(ctx, baseline)}${when} · ${measured}`;
  }
  return `Measured ${commitText(ctx, current)} · ${measured}`;
}

function commitText(ctx: ReportContext, ref: CommitRef | undefined): string {
  if (!ref) return "an unknown commit";
  const short = isSha(ref.sha) ? ref.sha.slice(0, 7) : "unknown";
  const url = commitUrl(ctx.links, ref.sha);
  const code = inlineCode(short);
  return `${url ? link(code, url) : code} (${escapeText(ref.label)})`;
}

function storeErrorText(ctx: ReportContext): string {
  return (
    `> ${escapeText(ctx.gate.error ?? "the baseline store could not be read")}\n>\n` +
    `> Nothing was compared, so the check cannot pass: the step fails. This is not "no baseline yet": the store ${inlineCode(ctx.store)} exists but could not be read. ` +
    "Repair it (or remove the broken baseline branch to start over), or set `store-errors: warn` to go on without a baseline."
  );
}

function noBaselineText(ctx: ReportContext): string {
  const branch = ctx.defaultBranch ? inlineCode(ctx.defaultBranch) : "the default branch";
  return (
    `No baseline was found in ${inlineCode(ctx.store)} for this comparison, so nothing was compared and nothing can fail except absolute budgets. ` +
    `The numbers below are this run's. A baseline is written when this workflow runs with \`mode: auto\` on a push to ${branch}, ` +
    `on \`schedule\` or on \`workflow_dispatch\` there (or with \`mode: update-baseline\`); pull requests read it and never write it.`
  );
}

function reasonVariants(ctx: ReportContext): string[] | undefined {
  const g = ctx.gate;
  const blocks: string[][] = [];
  if (g.failedBecause.length > 0) blocks.push(["**The check failed because:**", ...g.failedBecause.map((f) => `- ${escapeText(findingLine(f))}`)]);
  if (g.ignored.length > 0) {
    blocks.push([`**Found, but not in \`fail-on\` (${g.failOn.join(", ") || "none"}):**`, ...g.ignored.map((f) => `- ${escapeText(findingLine(f))}`)]);
  }
  if (blocks.length === 0) return undefined;
  const cap = (n: number) =>
    blocks
      .map(([head, ...items]) => [head, ...items.slice(0, n), ...(items.length > n ? [`- …and ${items.length - n} more (job summary)`] : [])].join("\n"))
      .join("\n\n");
  return [cap(Infinity), cap(20), cap(5)];
}

function noteLines(ctx: ReportContext): string[] {
  const notes = [...ctx.notes];
  // The environment mismatch has its own line under the headline.
  if (ctx.comparison) {
    notes.push(...coverageNotes(ctx.comparison));
    const mode = modeNote(ctx.comparison);
    if (mode) notes.push(mode);
  }
  return notes.map((n) => `> ${escapeText(n)}`).flatMap((n, i) => (i === 0 ? [n] : [">", n]));
}

function budgetVariants(ctx: ReportContext): string[] | undefined {
  if (ctx.budgets.length === 0) return undefined;
  const row = (b: ReportContext["budgets"][number]) => [
    inlineCode(b.cell, { inTable: true }),
    `${escapeText(b.budget)} ${inlineCode(b.spec, { inTable: true })}`,
    b.status === "fail" ? "❌" : b.status === "pass" ? "✅" : "❔",
    escapeText(budgetMessage(b)),
  ];
  const header = ["cell", "budget", "", "detail"];
  const failed = ctx.budgets.filter((b) => b.status !== "pass");
  const heading = "#### Budgets";
  const full = [heading, markdownTable([header, ...ctx.budgets.map(row)])].join("\n\n");
  if (failed.length === 0) return [full, `${heading}\n\n${ctx.budgets.length} budget(s) held.`];
  return [full, [heading, markdownTable([header, ...failed.map(row)]), `_${ctx.budgets.length - failed.length} budget(s) held._`].join("\n\n")];
}

/** One chart per scenario and model with more than one level: bars are the baseline, the line this run. */
function charts(ctx: ReportContext): string {
  const blocks: string[] = [];
  // Every lookup by cell id, built once: the charts stay linear in the cells.
  const comparedCells = new Map((ctx.comparison?.cells ?? []).filter((c) => c.status === "compared").map((c) => [c.id, c]));
  const currentCells = new Map(ctx.current.cells.map((c) => [c.id, c]));
  const baselineCells = new Map((ctx.baseline?.cells ?? []).map((c) => [c.id, c]));
  for (const [scenario, cells] of groupBy(ctx.current.cells, (c) => c.scenario)) {
    for (const [model, own] of groupBy(cells, (c) => c.model)) {
      const levels = unique(own.map((c) => c.concurrency)).sort((a, b) => a - b);
      if (levels.length < 2) continue;
      const id = (level: number) => `${scenario}/${model}/${level}`;
      blocks.push(
        throughputChart({
          title: `${scenario} / ${model}`,
          levels,
          current: levels.map((l) => compared(comparedCells.get(id(l)), "current") ?? median(currentCells.get(id(l)))),
          ...(ctx.baseline && { baseline: levels.map((l) => compared(comparedCells.get(id(l)), "baseline") ?? median(baselineCells.get(id(l)))) }),
        }),
      );
    }
  }
  if (blocks.length === 0) return "";
  const caption = ctx.baseline ? "bars: baseline, line: this run" : "this run";
  return `<details><summary>Throughput against concurrency (${caption})</summary>\n\n${blocks.join("\n\n")}\n\n</details>`;
}

/** The median the table shows for a compared cell, so chart and table never disagree. */
function compared(cell: CellComparison | undefined, side: "baseline" | "current"): number | null {
  return cell?.metrics.find((m) => m.metric === "throughput")?.[side].median ?? null;
}

function median(cell: CellResult | undefined): number | null {
  if (!cell) return null;
  return (cell.summary ?? summarizeCell(cell))?.throughput ?? null;
}

function details(ctx: ReportContext): string {
  const parts: string[] = [];
  if (ctx.comparison) {
    const { rows, hidden } = verdictRows(ctx.comparison);
    const table = markdownTable([METRIC_HEADER, ...rows.map(markdownRow)], { align: ["l", "l", "r", "r", "r", "r", "r", "l", "r"] });
    parts.push(table);
    if (hidden > 0) parts.push(`_${hidden} reported (not gated) metric(s) unchanged or inconclusive are in the comparison JSON._`);
  }
  const rounds = adaptiveStops(ctx);
  if (rounds) parts.push(`Trials per cell (adaptive, ${rounds.run.rounds} round(s)):\n\n${cellStopLines(rounds.stops).map((l) => `- ${escapeText(l)}`).join("\n")}`);
  const env = ctx.current.env;
  parts.push(
    `Current run: Node ${inlineCode(env.node)}, ${env.cpus} × ${inlineCode(env.cpuModel)}, ${inlineCode(`${env.os} ${env.arch}`)}` +
      (ctx.baseline ? ` · baseline: Node ${inlineCode(ctx.baseline.env.node)}, ${ctx.baseline.env.cpus} × ${inlineCode(ctx.baseline.env.cpuModel)}` : ""),
  );
  return `<details><summary>All metrics and the environment</summary>\n\n${parts.join("\n\n")}\n\n</details>`;
}

/** An adaptive run's cells and rounds: from the comparison (ok trials compared), else from the results. */
function adaptiveStops(ctx: ReportContext): { stops: CellStop[]; run: RoundsSummary } | undefined {
  if (ctx.comparison?.sequential) return { stops: comparisonStops(ctx.comparison), run: ctx.comparison.sequential };
  const run = ctx.current.sequential;
  if (!run) return undefined;
  return { stops: ctx.current.cells.map((c) => ({ id: c.id, trials: c.trials.filter((t) => t.status === "ok").length, ...(c.stop && { stop: c.stop }) })), run };
}

function footer(ctx: ReportContext): string {
  const bits: string[] = [];
  if (ctx.comparison) {
    const s = ctx.comparison.settings;
    bits.push(
      `Mann-Whitney U per metric, Holm at α ${s.alpha} over ${ctx.comparison.gatedComparisons} gated comparison(s), ` +
        `Hodges-Lehmann ${+(s.confidence * 100).toFixed(2)}% intervals, thresholds ${Math.round(s.thresholds.throughput * 100)}% throughput / ${Math.round(s.thresholds.p99 * 100)}% p99` +
        (ctx.comparison.costs?.length ? ` / ${+(s.thresholds.instructions * 100).toFixed(2)}% instructions per op` : "") +
        (ctx.comparison.sequential ? `, adaptive: each look at its share of α (O'Brien-Fleming spending over ${ctx.comparison.sequential.looks} looks)` : ""),
    );
  }
  bits.push(`fails on: ${ctx.gate.failOn.join(", ") || "nothing"}`);
  if (ctx.runUrl && /^https?:\/\/[^\s()<>]+$/.test(ctx.runUrl)) bits.push(link("workflow run", ctx.runUrl));
  return `<sub>${bits.join(" · ")}</sub>`;
}
