import { markdownTable } from "markdown-table";
import { HEADER, markdownRow, shortSha, verdictRows } from "./table-rows.js";
import type { Comparison } from "../compare/types.js";
import { comparisonNotes } from "./comparison-notes.js";
import { errorSectionVariants } from "./error-section.js";
import { costComparisonLine } from "./cost-text.js";
import { hotspotMarkdownBlocks } from "./hotspot-markdown.js";
import { blockingMessage, budgetMessage, failureReasons } from "./finding-text.js";
import { escapeText, inlineCode } from "./markdown-escape.js";
import { teethCallout } from "./teeth-text.js";
import { adviceMarkdown, comparisonAdvice, type RunAdvice } from "./advice.js";

/**
 * A plain markdown report of one comparison (for `compare --markdown`). The
 * PR comment has its own renderer; this one stays self-contained so a user
 * can paste it anywhere. Names, paths and messages come from the code under
 * test and go through the PR comment's one escaper (`markdown-escape.ts`). `advice` (the current
 * run's, from `runAdvice`) adds what to write instead under each blocking site, and a scenario's
 * advice from its own numbers.
 */
export function renderMarkdown(c: Comparison, advice?: RunAdvice): string {
  const out: string[] = [];
  const icon = c.verdict === "pass" ? "✅" : "❌";
  out.push(`### ${icon} concurrency-guard: ${c.verdict}`);
  out.push("");
  out.push(`Baseline ${inlineCode(shortSha(c.baseline.git?.sha))} vs current ${inlineCode(shortSha(c.current.git?.sha))}.`);
  const teeth = teethCallout(c);
  if (teeth) out.push("", teeth);
  if (!c.environment.match) {
    out.push("");
    out.push(
      `> **Environment mismatch:** ${escapeText(c.environment.differences.join("; "))}. ` +
        (c.environment.timingGated ? "Timing is still gated." : "Throughput and p99 are reported but not gated."),
    );
  }
  const reasons = failureReasons(c);
  if (reasons.length > 0) {
    out.push("", "**Gate failed because:**", "");
    for (const r of reasons) out.push(`- ${escapeText(r)}`);
  }
  const { rows, hidden } = verdictRows(c);
  out.push("");
  out.push(
    markdownTable(
      [HEADER, ...rows.map((r) => markdownRow(r).map((cell, i) => (i === 7 && r[7] === "REGRESSION" ? "**regression**" : cell)))],
      { align: ["l", "l", "r", "r", "r", "r", "r", "l", "r"] },
    ),
  );
  if (hidden > 0) out.push("", `_${hidden} reported metrics unchanged or inconclusive (see the JSON)._`);
  if (c.costs && c.costs.length > 0) {
    out.push("", "**CPU cost** (instructions per operation)", "");
    for (const cost of c.costs) out.push(`- ${escapeText(costComparisonLine(cost, c.cells))}`);
  }
  for (const [scenario, block] of hotspotMarkdownBlocks(c.hotspots, { configDir: "" })) out.push("", `**${escapeText(scenario)}**`, "", block);
  const shown = comparisonAdvice(c, advice);
  if (c.blocking.length > 0) {
    out.push("", "**Blocking sites**", "");
    for (const b of c.blocking) {
      out.push(`- ${b.gated ? "new: " : ""}${escapeText(blockingMessage(b, c.settings.alpha))}`);
      const line = shown.siteOnce(b.site.file, b.site.line);
      if (line) out.push(`  - 💡 ${adviceMarkdown(line)}`);
    }
  }
  const scenarioAdvice = shown.scenarios;
  if (scenarioAdvice.length > 0) {
    out.push("", "**Advice** (from the current run's own measurements; never part of the verdict)", "");
    for (const [name, lines] of scenarioAdvice) for (const line of lines) out.push(`- ${inlineCode(name)}: ${adviceMarkdown(line)}`);
  }
  const errors = errorSectionVariants({ comparison: c, configDir: "" })[0]!;
  if (errors !== "") out.push("", errors);
  if (c.budgets.length > 0) {
    out.push("");
    out.push(
      markdownTable([
        ["cell", "budget", "status", "detail"],
        ...c.budgets.map((b) => [inlineCode(b.cell, { inTable: true }), `${escapeText(b.budget)} ${inlineCode(b.spec, { inTable: true })}`, b.status, escapeText(budgetMessage(b))]),
      ]),
    );
  }
  const notes = comparisonNotes(c);
  if (notes.length > 0) {
    out.push("");
    for (const n of notes) out.push(`- ${escapeText(n)}`);
  }
  out.push(
    "",
    `<sub>Mann-Whitney U per metric, Holm at alpha ${c.settings.alpha} over ${c.gatedComparisons} gated comparisons, ` +
      `Hodges-Lehmann ${+(c.settings.confidence * 100).toFixed(2)}% intervals.</sub>`,
  );
  return out.join("\n") + "\n";
}
